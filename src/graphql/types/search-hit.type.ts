import { Field, Float, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../model';
import { Entity } from './entity.interface';

@ObjectType('SearchHit', { description: 'An entity matching a search, with how well it matches.', simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; comparable only within one answer.' })
  score!: number;

  @Field(() => Entity, { description: 'The matching entity.' })
  entity!: EntityRecord;
}
