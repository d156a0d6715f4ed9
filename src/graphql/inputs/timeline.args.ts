import { ArgsType, Field } from 'type-graphql';
import type { EventKind as Kind } from '../../model';
import { EventKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { PageArgs } from './page.args';

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Events whose dates reach this date or later.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Events whose dates reach this date or earlier.' })
  to?: string;

  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  kinds?: Kind[];
}
