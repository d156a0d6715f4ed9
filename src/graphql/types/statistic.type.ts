import { Field, Float, ObjectType } from 'type-graphql';
import type { DateBasis as Basis, Metric, Qualifier, Unit } from '../../model';
import { DateBasis } from '../enums/kind.enums';
import { MetricEnum, QualifierEnum, UnitEnum } from '../enums/metric.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Node } from './node.interface';

/**
 * A figure as a claim. Floats, not Ints, because counts in the sources pass 2^31.
 * `subject`, `context`, `claimedBy` and `source` are resolved by StatisticResolver.
 */
@ObjectType('Statistic', {
  implements: Node,
  description: 'A figure as a claim: what it measures, who claims it, in which report, as of when.',
  simpleResolvers: true,
})
export class Statistic extends Node {
  @Field(() => MetricEnum, { description: 'What the figure measures.' })
  metric!: Metric;

  @Field(() => Float, { nullable: true, description: 'The figure; absent when only a range is given.' })
  value?: number;

  @Field(() => Float, { nullable: true, description: 'The lower end, for a figure given as a range.' })
  low?: number;

  @Field(() => Float, { nullable: true, description: 'The upper end, for a figure given as a range.' })
  high?: number;

  @Field(() => UnitEnum, { description: 'What the figure counts in.' })
  unit!: Unit;

  @Field(() => QualifierEnum, { description: 'How the source hedges the figure (exact, about, more than...).' })
  qualifier!: Qualifier;

  @Field(() => PartialDateScalar, { description: 'The date the figure holds as of, as precisely as the source says.' })
  asOf!: string;

  @Field(() => DateBasis, { nullable: true, description: 'How asOf was obtained; STATED when absent.' })
  asOfBasis?: Basis;

  @Field(() => String, { nullable: true, description: 'How an inferred asOf was worked out, in our words.' })
  dateReasoning?: string;



  @Field(() => PartialDateScalar, { nullable: true, description: 'Start of the period a rate or toll covers.' })
  periodStart?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'End of the period a rate or toll covers.' })
  periodEnd?: string;

  @Field(() => String, { nullable: true, description: 'Our own note on how to read the figure.' })
  note?: string;
}
