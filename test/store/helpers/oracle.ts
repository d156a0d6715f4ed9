/**
 * Reference answers computed straight from a Dataset by plain scans and a textbook BFS, so the
 * behaviour suite checks a store against the data rather than against itself.
 */
import {
  dayRange,
  spanOf,
  type Dataset,
  type DayRange,
  type EntityRecord,
  type RelationRecord,
  type RelationType,
} from '../../../src/model';
import type { EntitySort } from '../../../src/store/port';

export class Oracle {
  readonly entityById: ReadonlyMap<string, EntityRecord>;

  constructor(readonly dataset: Dataset) {
    this.entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  }

  entity(id: string): EntityRecord {
    const entity = this.entityById.get(id);
    if (entity === undefined) throw new Error(`the dataset has no entity "${id}"; the behaviour suite expects it`);
    return entity;
  }

  /** Distances from `startId`, ignoring direction, over relations of the given types, up to maxDepth. */
  distancesFrom(startId: string, maxDepth = Infinity, types?: readonly RelationType[]): Map<string, number> {
    const adjacent = new Map<string, string[]>();
    for (const r of this.relationsOfTypes(types)) {
      adjacent.set(r.from, [...(adjacent.get(r.from) ?? []), r.to]);
      adjacent.set(r.to, [...(adjacent.get(r.to) ?? []), r.from]);
    }
    const distance = new Map([[startId, 0]]);
    let frontier = [startId];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of adjacent.get(id) ?? []) {
          if (distance.has(neighbour)) continue;
          distance.set(neighbour, depth);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    return distance;
  }

  /**
   * The path the port documents: of all shortest paths, the one whose entity ids come first read in
   * order, with the smallest relation id between consecutive entities. Found the textbook way:
   * distances to the end over the whole graph, then a greedy walk from the start.
   */
  canonicalPath(fromId: string, toId: string, types?: readonly RelationType[]): { nodes: string[]; edges: string[] } | null {
    const toEnd = this.distancesFrom(toId, Infinity, types);
    const length = toEnd.get(fromId);
    if (length === undefined) return null;
    const relations = this.relationsOfTypes(types);
    const nodes = [fromId];
    const edges: string[] = [];
    for (let remaining = length - 1; remaining >= 0; remaining--) {
      const current = nodes[nodes.length - 1]!;
      const steps = relations
        .filter((r) => r.from === current || r.to === current)
        .map((r) => ({ relation: r.id, next: r.from === current ? r.to : r.from }))
        .filter((step) => toEnd.get(step.next) === remaining)
        .sort((a, b) => compare(a.next, b.next) || compare(a.relation, b.relation));
      nodes.push(steps[0]!.next);
      edges.push(steps[0]!.relation);
    }
    return { nodes, edges };
  }

  /**
   * Every shortest path the port documents for shortestPaths, all of them: the relations that
   * touch an avoided entity (other than an end) are dropped, every walk of the least length is
   * listed by brute force, walks through the same entities keep their smallest relation ids, and
   * the list is sorted by entity ids then.
   */
  allShortestPaths(fromId: string, toId: string, types?: readonly RelationType[], avoid: readonly string[] = []): { nodes: string[]; edges: string[] }[] {
    const blocked = new Set(avoid.filter((id) => id !== fromId && id !== toId));
    const relations = this.relationsOfTypes(types).filter((r) => !blocked.has(r.from) && !blocked.has(r.to));
    const toEnd = new Oracle({ ...this.dataset, relations }).distancesFrom(toId);
    const length = toEnd.get(fromId);
    if (length === undefined) return [];
    const walks: { nodes: string[]; edges: string[] }[] = [];
    const grow = (nodes: string[], edges: string[]) => {
      const current = nodes[nodes.length - 1]!;
      if (current === toId) return void walks.push({ nodes, edges });
      for (const r of relations) {
        if (r.from !== current && r.to !== current) continue;
        const next = r.from === current ? r.to : r.from;
        if (toEnd.get(next) === length - nodes.length) grow([...nodes, next], [...edges, r.id]);
      }
    };
    grow([fromId], []);
    const key = (walk: { nodes: string[] }) => walk.nodes.join(' ');
    const best = new Map<string, { nodes: string[]; edges: string[] }>();
    for (const walk of walks) {
      const kept = best.get(key(walk));
      if (kept === undefined || compareLists(walk.edges, kept.edges) < 0) best.set(key(walk), walk);
    }
    return [...best.values()].sort((a, b) => compareLists(a.nodes, b.nodes));
  }

  /** Ids of the relations of the given types with both ends among `ids`, sorted. */
  relationIdsAmong(ids: ReadonlySet<string>, types?: readonly RelationType[]): string[] {
    return this.relationsOfTypes(types)
      .filter((r) => ids.has(r.from) && ids.has(r.to))
      .map((r) => r.id)
      .sort();
  }

  /** The place and all places inside it through LOCATED_IN chains. */
  placesWithin(placeId: string): Set<string> {
    const within = new Set([placeId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of this.dataset.relations) {
        if (r.type === 'LOCATED_IN' && within.has(r.to) && !within.has(r.from) && this.entityById.get(r.from)?.type === 'Place') {
          within.add(r.from);
          grew = true;
        }
      }
    }
    return within;
  }

  /** Ids of events of these kinds that took place within the place. */
  eventsWithin(placeId: string, kinds: readonly string[]): string[] {
    const places = this.placesWithin(placeId);
    const events = this.dataset.relations.filter((r) => r.type === 'TOOK_PLACE_IN' && places.has(r.to)).map((r) => r.from);
    return [...new Set(events)].filter((id) => kinds.includes(kindOf(this.entity(id)) ?? '')).sort();
  }

  /** Ids of the events of one kind whose dates overlap [from, to]. */
  eventsOfKindBetween(kind: string, from: string, to: string): string[] {
    const window = { earliest: dayRange(from).earliest, latest: dayRange(to).latest };
    return this.dataset.entities
      .filter((e) => e.type === 'Event' && e.kind === kind && overlaps(datesOf(e), window))
      .map((e) => e.id)
      .sort();
  }

  /** Degree of every entity: the relations it is an end of (a self-loop counts twice). */
  degrees(): Map<string, number> {
    const degree = new Map(this.dataset.entities.map((e) => [e.id, 0]));
    for (const r of this.dataset.relations) {
      degree.set(r.from, degree.get(r.from)! + 1);
      degree.set(r.to, degree.get(r.to)! + 1);
    }
    return degree;
  }

  private relationsOfTypes(types?: readonly RelationType[]): readonly RelationRecord[] {
    return types === undefined ? this.dataset.relations : this.dataset.relations.filter((r) => types.includes(r.type));
  }
}

/** Lists of equal length, compared item by item. */
function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

export function kindOf(entity: EntityRecord): string | undefined {
  return entity.type === 'Person' ? undefined : entity.kind;
}

/** The days an entity's own dates cover: an event's start to end, a report's publication day(s). */
export function datesOf(entity: EntityRecord): DayRange | undefined {
  if (entity.type === 'Event') return spanOf(entity.startDate, entity.endDate);
  if (entity.type === 'Report' && entity.publishedOn !== undefined) return dayRange(entity.publishedOn);
  return undefined;
}

export function overlaps(span: DayRange | undefined, window: DayRange): boolean {
  return span !== undefined && span.latest >= window.earliest && span.earliest <= window.latest;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order listEntities documents: by name, date (undated last either way) or id; ties by id. */
export function sortedAsDocumented(entities: readonly EntityRecord[], sort: EntitySort): string[] {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const key = (e: EntityRecord) => (sort.field === 'NAME' ? e.name : sort.field === 'ID' ? e.id : datesOf(e)?.earliest);
  return [...entities]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === undefined || kb === undefined) {
        if (ka !== kb) return ka === undefined ? 1 : -1;
        return compare(a.id, b.id);
      }
      return sign * (compare(ka, kb) || compare(a.id, b.id));
    })
    .map((e) => e.id);
}

/** Counts per key as a plain object, for comparing tallies regardless of order. */
export function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
