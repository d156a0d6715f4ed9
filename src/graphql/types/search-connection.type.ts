import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../model';
import { Entity } from './entity.interface';
import { PageInfo } from './page-info.type';

@ObjectType('SearchEdge', { description: 'An entity matching a search, with its cursor and how well it matches.', simpleResolvers: true })
export class SearchEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` or `before` to page on from this hit.' })
  cursor!: string;

  @Field(() => Float, { description: 'How well the entity matches; higher is better, comparable only within one search.' })
  score!: number;

  @Field(() => Entity, { description: 'The matching entity.' })
  node!: EntityRecord;
}

@ObjectType('SearchConnection', { description: 'A page of search hits, best first (Relay).', simpleResolvers: true })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits of the page, best first.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Where the page starts and ends, and whether hits lie beyond it.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many hits the search has; only the best 200 are paged through.' })
  totalCount!: number;
}
