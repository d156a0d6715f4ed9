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

/**
 * Each loader is made on first use: most requests touch one or two of them. The getters live on
 * the prototype (cheaper to make per request than an object literal of getters), and this object
 * is shared, not copied, by Apollo's per-operation copy of the context.
 */
class LazyLoaders implements GraphLoaders {
  private entityLoader?: GraphLoaders['entity'];
  private relationLoader?: GraphLoaders['relation'];
  private statisticLoader?: GraphLoaders['statistic'];
  private relationsOfLoader?: GraphLoaders['relationsOf'];
  private claimsLoader?: GraphLoaders['claims'];

  constructor(private readonly store: GraphStore) {}

  get entity(): GraphLoaders['entity'] {
    return (this.entityLoader ??= new DataLoader((ids) => this.store.getEntities(ids)));
  }
  get relation(): GraphLoaders['relation'] {
    return (this.relationLoader ??= new DataLoader((ids) => this.store.getRelations(ids)));
  }
  get statistic(): GraphLoaders['statistic'] {
    return (this.statisticLoader ??= new DataLoader((ids) => this.store.getStatistics(ids)));
  }
  get relationsOf(): GraphLoaders['relationsOf'] {
    return (this.relationsOfLoader ??= new DataLoader((queries) => this.store.relationsOf(queries), { cacheKeyFn: relationQueryKey }));
  }
  get claims(): GraphLoaders['claims'] {
    return (this.claimsLoader ??= new DataLoader((ids) => this.store.relationsClaimedBy(ids)));
  }
}

export function createLoaders(store: GraphStore): GraphLoaders {
  return new LazyLoaders(store);
}
