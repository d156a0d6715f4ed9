/**
 * Per-request DataLoaders over the storage port. Every nested field goes through these, so a
 * request costs a handful of batch calls to the store however many entities it touches.
 */
import DataLoader from 'dataloader';
import type { EntityRecord, RelationRecord, StatisticRecord } from '../../model';
import type { GraphStore, Page, RelationQuery } from '../../store/port';

export interface GraphLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  readonly relation: DataLoader<string, RelationRecord | null>;
  readonly statistic: DataLoader<string, StatisticRecord | null>;
  readonly relationsOf: DataLoader<RelationQuery, Page<RelationRecord>, string>;
  /** The relations each claimant asserts. */
  readonly claims: DataLoader<string, RelationRecord[]>;
}

/** Two queries that differ only in the order of their types are the same query; any other difference, paging included, makes them two. */
function relationQueryKey(query: RelationQuery): string {
  const types = query.types ? [...query.types].sort().join(',') : '*';
  const { first, after, last, before } = query.page;
  return JSON.stringify([query.entityId, query.direction, types, first ?? null, after ?? null, last ?? null, before ?? null]);
}

export function createLoaders(store: GraphStore): GraphLoaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    relation: new DataLoader((ids) => store.getRelations(ids)),
    statistic: new DataLoader((ids) => store.getStatistics(ids)),
    relationsOf: new DataLoader((queries) => store.relationsOf(queries), { cacheKeyFn: relationQueryKey }),
    claims: new DataLoader((ids) => store.relationsClaimedBy(ids)),
  };
}
