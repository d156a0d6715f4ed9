import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../model';
import { Entity } from './entity.interface';
import { Relation } from './relation.type';

@ObjectType('Path', { description: 'A shortest chain of relations between two entities, in either direction.', simpleResolvers: true })
export class Path {
  @Field(() => Int, { description: 'The number of relations in the path.' })
  length!: number;

  @Field(() => [Entity], { description: 'From the start entity to the end entity.' })
  nodes!: EntityRecord[];

  @Field(() => [Relation], { description: 'The relations along the path: the i-th joins the i-th and the next node, in either direction.' })
  edges!: RelationRecord[];
}
