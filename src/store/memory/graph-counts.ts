/**
 * The census counts() reports, taken once per load: totals, tallies by type, kind and relation
 * type, and entities ranked by degree (most relations first, ties by id).
 */
import type { Dataset, EntityRecord } from '../../model';
import type { ConnectedEntity, CountBy, GraphCounts } from '../port';
import type { EntityGraph } from './entity-graph';
import { kindKey } from './entity-selection';

export class GraphCensus {
  private readonly totals: Omit<GraphCounts, 'mostConnected'>;
  private readonly byDegree: DegreeRanking;

  constructor(dataset: Dataset, graph: EntityGraph) {
    this.totals = {
      entities: dataset.entities.length,
      relations: dataset.relations.length,
      statistics: dataset.statistics.length,
      byType: tally(dataset.entities.map((e) => e.type)),
      byKind: tally(dataset.entities.flatMap((e) => (hasKind(e) ? [kindKey(e.type, e.kind)] : []))),
      byRelationType: tally(dataset.relations.map((r) => r.type)),
    };
    this.byDegree = new DegreeRanking(dataset.entities, (id) => graph.degree(id));
  }

  counts(mostConnected: number): GraphCounts {
    return { ...this.totals, mostConnected: this.byDegree.top(mostConnected) };
  }
}

/**
 * Entities grouped by degree at load (linear), each group put in id order only once a caller
 * reads that far down: callers ask for the top few, and sorting the long tail of entities with
 * one or two relations would be most of the work of ranking them all.
 */
class DegreeRanking {
  /** groups[d] holds the entities of degree d; sorted[d] says whether it is in id order yet. */
  private readonly groups: EntityRecord[][] = [];
  private readonly sorted: boolean[] = [];

  constructor(entities: readonly EntityRecord[], degreeOf: (id: string) => number) {
    for (const entity of entities) (this.groups[degreeOf(entity.id)] ??= []).push(entity);
  }

  top(count: number): ConnectedEntity[] {
    const found: ConnectedEntity[] = [];
    for (let degree = this.groups.length - 1; degree >= 0 && found.length < count; degree--) {
      const group = this.groups[degree];
      if (group === undefined) continue;
      if (!this.sorted[degree]) group.sort((a, b) => (a.id < b.id ? -1 : 1));
      this.sorted[degree] = true;
      for (const entity of group.slice(0, count - found.length)) found.push({ entity, degree });
    }
    return found;
  }
}

function hasKind(entity: EntityRecord): entity is Exclude<EntityRecord, { type: 'Person' }> {
  return entity.type !== 'Person';
}

/** Counts per key, largest first, then by key. */
function tally(keys: readonly string[]): CountBy[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}
