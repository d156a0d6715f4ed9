import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../model';
import { Entity } from './entity.interface';
import { Relation } from './relation.type';

@ObjectType('Subgraph', { description: 'Entities around a centre and the relations between them.', simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity], { description: 'The centre first, then by distance from it, then by id.' })
  nodes!: EntityRecord[];

  @Field(() => [Relation], { description: 'Every relation (of the allowed types) between two returned nodes.' })
  edges!: RelationRecord[];

  @Field(() => Boolean, { description: 'True when more entities lay within the depth than the limit let through.' })
  truncated!: boolean;
}
