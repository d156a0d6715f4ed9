import { Field, ObjectType } from 'type-graphql';
import type { RelationType as Type } from '../../model';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Node } from './node.interface';

/** `from`, `to` and `sources` are resolved by RelationResolver, batched per request. */
@ObjectType('Relation', {
  implements: Node,
  description: 'A sourced, typed link from one entity to another.',
  simpleResolvers: true,
})
export class Relation extends Node {
  @Field(() => RelationTypeEnum)
  type!: Type;

  @Field(() => String, { nullable: true, description: 'How the relation holds, e.g. the post held or the part played.' })
  role?: string;

  @Field(() => PartialDateScalar, { nullable: true })
  startDate?: string;

  @Field(() => PartialDateScalar, { nullable: true })
  endDate?: string;
}
