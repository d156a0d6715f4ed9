/**
 * Answers listEntities: narrows to candidates through the indexes a filter names (kinds, place,
 * participant), applies the date window, then orders by precomputed ranks. With no narrowing
 * filter the precomputed order of the whole type is used as is.
 */
import type { EntityRecord, EntityType } from '../../model';
import type { EntityFilter, EntitySort } from '../port';
import { dateSpanOf, dayWindow, overlaps } from './entity-dates';
import { forEachRelationAt, type EntityGraph } from './entity-graph';
import type { EntityOrders } from './entity-orders';
import type { PlaceContainment } from './place-containment';

const PARTICIPATION = new Set<string>(['PARTICIPATED_IN', 'ORGANIZED']);

export function kindKey(type: EntityType, kind: string): string {
  return `${type}:${kind}`;
}

export interface SelectionIndexes {
  readonly graph: EntityGraph;
  readonly orders: EntityOrders;
  readonly places: PlaceContainment;
  /** Entities by `<Type>:<KIND>`. */
  readonly byKind: ReadonlyMap<string, readonly EntityRecord[]>;
}

export function selectEntities(indexes: SelectionIndexes, filter: EntityFilter, sort: EntitySort): readonly EntityRecord[] {
  const window = dayWindow(filter.from, filter.to);
  const narrowed = narrowingSets(indexes, filter);
  if (narrowed.length === 0) {
    const all = indexes.orders.all(filter.type, sort);
    return window === null ? all : all.filter((e) => overlaps(dateSpanOf(e), window));
  }
  narrowed.sort((a, b) => a.length - b.length);
  const [smallest, ...others] = narrowed;
  const otherSets = others.map((ids) => new Set(ids));
  const selected: EntityRecord[] = [];
  for (const id of new Set(smallest)) {
    if (!otherSets.every((set) => set.has(id))) continue;
    const entity = indexes.graph.getNodeAttribute(id, 'entity');
    if (entity.type !== filter.type) continue;
    if (window !== null && !overlaps(dateSpanOf(entity), window)) continue;
    selected.push(entity);
  }
  return indexes.orders.sort(filter.type, selected, sort);
}

/** One id list per narrowing filter given; an entity must be in all of them. */
function narrowingSets(indexes: SelectionIndexes, filter: EntityFilter): string[][] {
  const sets: string[][] = [];
  if (filter.kinds !== undefined) {
    sets.push(filter.kinds.flatMap((kind) => (indexes.byKind.get(kindKey(filter.type, kind)) ?? []).map((e) => e.id)));
  }
  if (filter.placeId !== undefined) sets.push(eventsWithin(indexes, filter.placeId));
  if (filter.participantId !== undefined) sets.push(eventsOf(indexes.graph, filter.participantId));
  return sets;
}

function eventsWithin({ graph, places }: SelectionIndexes, placeId: string): string[] {
  const events: string[] = [];
  for (const place of places.placesWithin(placeId)) {
    forEachRelationAt(graph, place, (relation) => {
      if (relation.type === 'TOOK_PLACE_IN' && relation.to === place) events.push(relation.from);
    });
  }
  return events;
}

function eventsOf(graph: EntityGraph, participantId: string): string[] {
  const events: string[] = [];
  forEachRelationAt(graph, participantId, (relation) => {
    if (PARTICIPATION.has(relation.type) && relation.from === participantId) events.push(relation.to);
  });
  return events;
}
