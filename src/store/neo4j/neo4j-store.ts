/**
 * The GraphStore port on Neo4j 5 (neo4j-driver 6). Statements live in cypher.ts, driver access in
 * executor.ts; this class maps port calls onto them and rows back onto records.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { METRICS, RELATION_TYPE_NAMES, type Dataset, type EntityRecord, type EventRecord, type RelationRecord, type StatisticRecord } from '../../model';
import type { Neo4jConfig } from '../config';
import type {
  CountBy, EntityFilter, EntitySort, GraphCounts, GraphStore, LoadSummary, NeighborhoodOptions,
  Page, PageArgs, Path, PathOptions, PathsOptions, RelationQuery, SearchHit, SearchOptions, StatisticFilter, Subgraph, TimelineQuery,
} from '../port';
import { FULLTEXT_INDEX, GRAPH, LISTS, LOOKUPS } from './cypher';
import { CypherExecutor, cypherInt, type ExecutorOptions, type Row } from './executor';
import { replaceGraph, type LoadOptions } from './graph-load';
import { buildLuceneQuery } from './lucene';
import { EXTRA_CANDIDATES, rankHits } from './search-ranking';
import { toStoreError } from './neo4j-errors';
import { dayWindow, listEntities, relationsOf, timeline } from './paged-queries';
import { entityFromProps, relationFromProps, statisticFromProps } from './rows';
import { neighborhood, shortestPaths } from './traversal';

export type { Neo4jConfig };

export type Neo4jStoreOptions = ExecutorOptions & LoadOptions;

const METRIC_NAMES = Object.keys(METRICS);

/**
 * An API answers people waiting on a page: when Neo4j is gone, a request should fail within
 * seconds with STORE_UNAVAILABLE rather than retry for the driver's default 30 s.
 */
const DRIVER_CONFIG = {
  userAgent: 'tuidang-knowledge-graph',
  maxTransactionRetryTime: 5_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
} as const;

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';

  private constructor(
    private readonly driver: Driver,
    private readonly executor: CypherExecutor,
    private readonly loadOptions: LoadOptions,
  ) {}

  /** Connects and checks that the database answers; rejects with StoreUnavailableError otherwise. */
  static async connect(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), DRIVER_CONFIG);
    const target = { uri: config.uri, database: config.database };
    try {
      await driver.verifyConnectivity({ database: config.database });
    } catch (error) {
      await driver.close();
      throw toStoreError(error, target);
    }
    return new Neo4jStore(driver, new CypherExecutor(driver, target, options), { swapLeaseSeconds: options.swapLeaseSeconds });
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = ids.length === 0 ? [] : await this.executor.readOne(LOOKUPS.GET_ENTITIES, { ids });
    return inOrder(ids, rows.map((row) => entityFromProps(row['entity'] as Row)));
  }

  async getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]> {
    const rows = ids.length === 0 ? [] : await this.executor.readOne(LOOKUPS.GET_RELATIONS, { ids });
    return inOrder(ids, rows.map((row) => relationFromProps(row['relation'] as Row)));
  }

  async relationsClaimedBy(claimantIds: readonly string[]): Promise<RelationRecord[][]> {
    const rows = claimantIds.length === 0 ? [] : await this.executor.readOne(LOOKUPS.RELATIONS_CLAIMED_BY, { claimants: [...new Set(claimantIds)] });
    const byClaimant = new Map(rows.map((row) => [row['claimant'] as string, (row['relations'] as Row[]).map(relationFromProps)]));
    return claimantIds.map((id) => byClaimant.get(id) ?? []);
  }

  async getStatistics(ids: readonly string[]): Promise<(StatisticRecord | null)[]> {
    const rows = ids.length === 0 ? [] : await this.executor.readOne(LOOKUPS.GET_STATISTICS, { ids });
    return inOrder(ids, rows.map((row) => statisticFromProps(row['statistic'] as Row)));
  }

  listEntities(filter: EntityFilter, sort: EntitySort, page: PageArgs): Promise<Page<EntityRecord>> {
    return listEntities(this.executor, filter, sort, page);
  }

  relationsOf(queries: readonly RelationQuery[]): Promise<Page<RelationRecord>[]> {
    return relationsOf(this.executor, queries);
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const lucene = buildLuceneQuery(query, options.types);
    const first = Math.floor(options.first);
    if (lucene === null || first <= 0) return [];
    const rows = await this.executor.readOne(GRAPH.SEARCH, {
      index: FULLTEXT_INDEX,
      lucene,
      candidates: cypherInt(first + EXTRA_CANDIDATES),
    });
    const candidates = rows.map((row) => ({ entity: entityFromProps(row['entity'] as Row), score: row['score'] as number }));
    return rankHits(query, candidates, first);
  }

  neighborhood(centerId: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    return neighborhood(this.executor, centerId, options);
  }

  async shortestPath(fromId: string, toId: string, options: PathOptions): Promise<Path | null> {
    const [first] = await shortestPaths(this.executor, fromId, toId, { ...options, limit: 1 });
    return first ?? null;
  }

  shortestPaths(fromId: string, toId: string, options: PathsOptions): Promise<Path[]> {
    return shortestPaths(this.executor, fromId, toId, options);
  }

  timeline(query: TimelineQuery): Promise<Page<EventRecord>> {
    return timeline(this.executor, query);
  }

  async statistics(filter: StatisticFilter): Promise<StatisticRecord[]> {
    const rows = await this.executor.readOne(LISTS.STATISTICS, {
      metrics: filter.metric === undefined ? METRIC_NAMES : [filter.metric],
      subjectId: filter.subjectId ?? null,
      claimedBy: filter.claimedBy ?? null,
      ...dayWindow(filter.from, filter.to),
    });
    return rows.map((row) => statisticFromProps(row['statistic'] as Row));
  }

  async counts(mostConnected: number): Promise<GraphCounts> {
    const [row] = await this.executor.readOne(GRAPH.COUNTS, {
      types: RELATION_TYPE_NAMES,
      mostConnected: cypherInt(Math.max(0, Math.floor(mostConnected))),
    });
    if (row === undefined) throw new Error('Neo4jStore.counts: COUNTS returned no row, which an aggregation cannot do');
    const byKind = row['byKind'] as { type: string; kind: string; count: number }[];
    return {
      entities: row['entities'] as number,
      relations: row['relations'] as number,
      statistics: row['statistics'] as number,
      byType: row['byType'] as CountBy[],
      byKind: byKind.map(({ type, kind, count }) => ({ key: `${type}:${kind}`, count })),
      byRelationType: row['byRelationType'] as CountBy[],
      mostConnected: (row['mostConnected'] as { entity: Row; degree: number }[]).map(({ entity, degree }) => ({
        entity: entityFromProps(entity),
        degree,
      })),
    };
  }

  async version(): Promise<string | null> {
    const [row] = await this.executor.probe(LOOKUPS.GRAPH_VERSION);
    const version = row?.['version'];
    return typeof version === 'string' ? version : null;
  }

  load(dataset: Dataset): Promise<LoadSummary> {
    return replaceGraph(this.executor, dataset, this.loadOptions);
  }

  async clear(): Promise<void> {
    await replaceGraph(this.executor, { entities: [], relations: [], statistics: [] }, this.loadOptions);
  }

  async ping(): Promise<void> {
    await this.executor.probe(LOOKUPS.PING);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Records in the order their ids were asked, null where none came back. */
function inOrder<T extends { id: string }>(ids: readonly string[], records: readonly T[]): (T | null)[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id) ?? null);
}
