/**
 * Everything one loaded dataset answers from: the graph and every index over it. A snapshot is
 * built completely before the store swaps to it, which is what makes load() all or nothing.
 */
import type { Dataset, EntityRecord, RelationRecord, StatisticRecord } from '../../model';
import { buildEntityGraph, type EntityGraph } from './entity-graph';
import { EntityOrders } from './entity-orders';
import { EntitySearch } from './entity-search';
import { kindKey, type SelectionIndexes } from './entity-selection';
import { GraphCensus } from './graph-counts';
import { GraphIntegrityError } from '../graph-integrity-error';
import { PlaceContainment } from './place-containment';
import { RelationViews } from './relation-views';
import { StatisticIndex } from './statistic-index';

export interface GraphSnapshot extends SelectionIndexes {
  readonly graph: EntityGraph;
  readonly views: RelationViews;
  readonly search: EntitySearch;
  readonly statistics: StatisticIndex;
  readonly census: GraphCensus;
  /** Relations by the one who claims them, in id order. */
  readonly claims: ReadonlyMap<string, readonly RelationRecord[]>;
}

export function buildSnapshot(dataset: Dataset): GraphSnapshot {
  const graph = buildEntityGraph(dataset.entities, dataset.relations);
  return {
    graph,
    views: new RelationViews(graph),
    search: new EntitySearch(dataset.entities),
    orders: new EntityOrders(dataset.entities),
    places: new PlaceContainment(graph),
    byKind: groupByKind(dataset.entities),
    statistics: new StatisticIndex(dataset.statistics, uniqueStatistics(dataset.statistics)),
    census: new GraphCensus(dataset, graph),
    claims: claimsOf(dataset.relations),
  };
}

function claimsOf(relations: readonly RelationRecord[]): Map<string, RelationRecord[]> {
  const claims = new Map<string, RelationRecord[]>();
  for (const relation of [...relations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (relation.claimedBy === undefined) continue;
    const list = claims.get(relation.claimedBy);
    if (list) list.push(relation);
    else claims.set(relation.claimedBy, [relation]);
  }
  return claims;
}

export const EMPTY_DATASET: Dataset = { entities: [], relations: [], statistics: [] };

function groupByKind(entities: readonly EntityRecord[]): Map<string, EntityRecord[]> {
  const groups = new Map<string, EntityRecord[]>();
  for (const entity of entities) {
    if (entity.type === 'Person') continue;
    const key = kindKey(entity.type, entity.kind);
    const group = groups.get(key);
    if (group) group.push(entity);
    else groups.set(key, [entity]);
  }
  return groups;
}

function uniqueStatistics(statistics: readonly StatisticRecord[]): Map<string, StatisticRecord> {
  const byId = new Map<string, StatisticRecord>();
  for (const statistic of statistics) {
    if (byId.has(statistic.id)) throw GraphIntegrityError.duplicateId(statistic.id);
    byId.set(statistic.id, statistic);
  }
  return byId;
}
