import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AtMost } from '../limits/at-most.decorator';
import { IsCursor } from './id.validators';

export const DEFAULT_PAGE_SIZE = 20;

/** Forward Relay paging; `first` above the configured maximum is refused, not clamped. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: 'How many items to return (at most the server\'s maximum page size, 100 by default).' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxPageSize')
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor.' })
  @IsCursor()
  after?: string;
}
