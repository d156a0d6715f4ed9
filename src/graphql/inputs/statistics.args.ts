import { ArgsType, Field, ID } from 'type-graphql';
import type { Metric } from '../../model';
import { MetricEnum } from '../enums/metric.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { IsEntityId } from './id.validators';

@ArgsType()
export class StatisticsArgs {
  @Field(() => MetricEnum, { nullable: true, description: 'Only figures of this metric.' })
  metric?: Metric;

  @Field(() => ID, { nullable: true, description: 'Only figures about this entity.' })
  @IsEntityId()
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: 'Only figures this person, organization or report claims.' })
  @IsEntityId()
  claimedBy?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Figures as of this date or later.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Figures as of this date or earlier.' })
  to?: string;
}
