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
  private readonly byDegree: readonly ConnectedEntity[];

  constructor(dataset: Dataset, graph: EntityGraph) {
    this.totals = {
      entities: dataset.entities.length,
      relations: dataset.relations.length,
      statistics: dataset.statistics.length,
      byType: tally(dataset.entities.map((e) => e.type)),
      byKind: tally(dataset.entities.flatMap((e) => (hasKind(e) ? [kindKey(e.type, e.kind)] : []))),
      byRelationType: tally(dataset.relations.map((r) => r.type)),
    };
    this.byDegree = dataset.entities
      .map((entity) => ({ entity, degree: graph.degree(entity.id) }))
      .sort((a, b) => b.degree - a.degree || (a.entity.id < b.entity.id ? -1 : 1));
  }

  counts(mostConnected: number): GraphCounts {
    return { ...this.totals, mostConnected: this.byDegree.slice(0, Math.max(0, mostConnected)) };
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
