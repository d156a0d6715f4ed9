import { Min, ValidateBy } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE as STORE_DEFAULT_PAGE_SIZE } from '../../store/port';
import { AtMost } from '../limits/at-most.decorator';
import { IsCursor } from './id.validators';

export const DEFAULT_PAGE_SIZE = STORE_DEFAULT_PAGE_SIZE;

/** `first` and `last` together have no single meaning in Relay's spec; one is asked for at a time. */
function NotWith(other: 'first' | 'last'): PropertyDecorator {
  return ValidateBy({
    name: 'notWith',
    validator: {
      validate: (value, args) => value == null || (args?.object as Record<string, unknown> | undefined)?.[other] == null,
      defaultMessage: () => `cannot be given with "${other}": page forwards with first/after or backwards with last/before`,
    },
  });
}

/**
 * Relay paging, forwards (`first` items after the cursor `after`) or backwards (`last` items before
 * `before`); 20 items from the start when neither is given. A page size above the configured
 * maximum is refused, not clamped; 0 is allowed (a client asking only for totalCount or pageInfo).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return from the start, or after `after` (0 to the server\'s maximum page size, 100 by default; 20 when neither first nor last is given).' })
  @Min(0, { message: 'must be 0 or more' })
  @AtMost('maxPageSize')
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an edge\'s cursor or pageInfo.endCursor).' })
  @IsCursor()
  after?: string;

  @Field(() => Int, { nullable: true, description: 'How many items to return from the end, or before `before` (0 to the maximum page size).' })
  @Min(0, { message: 'must be 0 or more' })
  @AtMost('maxPageSize')
  @NotWith('first')
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return the items before this cursor (an edge\'s cursor or pageInfo.startCursor).' })
  @IsCursor()
  before?: string;
}
