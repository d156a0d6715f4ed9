import { Field, ObjectType } from 'type-graphql';
import type { Assertion, DateBasis as Basis, DateBound as Bound, RelationType as Type } from '../../model';
import { AssertionEnum, DateBasis, DateBound } from '../enums/kind.enums';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Node } from './node.interface';

/** `from`, `to`, `sources`, `citations`, `claimedBy` and `dateAnchor` are resolved by RelationResolver, batched per request. */
@ObjectType('Relation', {
  implements: Node,
  description: 'A sourced, typed link from one entity to another.',
  simpleResolvers: true,
})
export class Relation extends Node {
  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: Type;

  @Field(() => String, { nullable: true, description: 'How the relation holds, e.g. the post held or the part played.' })
  role?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the relation began, as precisely as the source says.' })
  startDate?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended, if the sources say.' })
  endDate?: string;

  @Field(() => DateBasis, { nullable: true, description: 'How the dates were obtained; STATED when absent.' })
  dateBasis?: Basis;

  @Field(() => String, { nullable: true, description: 'How an inferred date was worked out, in our words.' })
  dateReasoning?: string;

  @Field(() => DateBound, { nullable: true, description: 'Whether startDate is the day itself or a bound; ON when absent.' })
  dateBound?: Bound;

  /** STATED when the record says nothing; see the resolver. */
  assertion?: Assertion;
}
