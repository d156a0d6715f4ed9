import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, PlaceRecord } from '../../model';
import type { GraphContext } from '../context';
import { loadRelated } from '../loaders/related';
import { Place } from '../types/place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true, description: 'The place this one lies within.' })
  async parent(@Root() place: PlaceRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    const parents = await loadRelated(ctx, place.id, ['LOCATED_IN'], 'OUT');
    return parents.find((p) => p.type === 'Place') ?? null;
  }

  @FieldResolver(() => [Place], { description: 'The places that lie directly within this one.' })
  async children(@Root() place: PlaceRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    const inside = await loadRelated(ctx, place.id, ['LOCATED_IN'], 'IN');
    return inside.filter((p) => p.type === 'Place');
  }
}
