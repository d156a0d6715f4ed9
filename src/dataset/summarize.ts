/**
 * Counts of what a dataset holds, for `npm run seed:check` and for a quick look in tests and logs.
 * Keys are sorted so two summaries of the same data print and compare the same.
 */
import type { Dataset } from '../model';

export interface DatasetSummary {
  readonly entities: number;
  readonly relations: number;
  readonly statistics: number;
  /** `Person: 12` */
  readonly entitiesByType: Readonly<Record<string, number>>;
  /** `Organization:MEDIA_OUTLET: 3`; people have no kind and do not appear. */
  readonly entitiesByKind: Readonly<Record<string, number>>;
  readonly relationsByType: Readonly<Record<string, number>>;
  readonly statisticsByMetric: Readonly<Record<string, number>>;
}

export function summarize(dataset: Dataset): DatasetSummary {
  return {
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    statistics: dataset.statistics.length,
    entitiesByType: countBy(dataset.entities.map((entity) => entity.type)),
    entitiesByKind: countBy(dataset.entities.flatMap((entity) => ('kind' in entity ? [`${entity.type}:${entity.kind}`] : []))),
    relationsByType: countBy(dataset.relations.map((relation) => relation.type)),
    statisticsByMetric: countBy(dataset.statistics.map((statistic) => statistic.metric)),
  };
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
