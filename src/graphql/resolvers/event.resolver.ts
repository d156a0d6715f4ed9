import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, EventRecord } from '../../model';
import type { GraphContext } from '../context';
import { loadRelated } from '../loaders/related';
import { Entity } from '../types/entity.interface';
import { Event } from '../types/event.type';
import { Place } from '../types/place.type';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'For a RELATIVE date: the record whose date it was resolved from.' })
  dateAnchor(@Root() record: EventRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return record.dateAnchor ? ctx.loaders.entity.load(record.dateAnchor) : Promise.resolve(null);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where the event took place (its first TOOK_PLACE_IN).' })
  async place(@Root() event: EventRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    const [place] = await loadRelated(ctx, event.id, ['TOOK_PLACE_IN'], 'OUT');
    return place ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'People and organizations that took part in or organized the event.' })
  participants(@Root() event: EventRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadRelated(ctx, event.id, ['PARTICIPATED_IN', 'ORGANIZED'], 'IN');
  }
}
