/**
 * The embedded GraphStore: the whole graph in process, on graphology and MiniSearch.
 * Queries read an immutable snapshot; load() builds a new one and swaps it in.
 */
import { datasetVersion } from '../../model';
import type { Dataset, EntityRecord, EventRecord, RelationRecord, StatisticRecord } from '../../model';
import { StoreUnavailableError } from '../errors';
import type {
  EntityFilter,
  EntitySort,
  GraphCounts,
  GraphStore,
  LoadSummary,
  NeighborhoodOptions,
  Page,
  PageArgs,
  Path,
  PathOptions,
  PathsOptions,
  RelationQuery,
  SearchHit,
  SearchOptions,
  StatisticFilter,
  Subgraph,
  TimelineQuery,
} from '../port';
import { entityOf, relationOf } from './entity-graph';
import { selectEntities } from './entity-selection';
import { buildSnapshot, EMPTY_DATASET, type GraphSnapshot } from './graph-snapshot';
import { neighborhoodOf } from './neighborhood';
import { entityPage, relationPage } from './paging';
import { relationsAt } from './relations-of';
import { shortestPathsBetween } from './shortest-paths';

/** The timeline is the DATE ASC order of dated events. */
const TIMELINE_ORDER = { field: 'DATE', direction: 'ASC' } as const;

export class MemoryStore implements GraphStore {
  readonly name = 'memory';
  private snapshot: GraphSnapshot | null = buildSnapshot(EMPTY_DATASET);
  /** The dataset of the snapshot and its version, hashed on first ask (a 100k graph takes a moment). */
  private loaded: { readonly dataset: Dataset; version?: string } | null = null;

  /** A store already holding the dataset. */
  static async withDataset(dataset: Dataset): Promise<MemoryStore> {
    const store = new MemoryStore();
    await store.load(dataset);
    return store;
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const { graph } = this.current();
    return ids.map((id) => entityOf(graph, id));
  }

  async getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]> {
    const { graph } = this.current();
    return ids.map((id) => relationOf(graph, id));
  }

  async relationsClaimedBy(claimantIds: readonly string[]): Promise<RelationRecord[][]> {
    const { claims } = this.current();
    return claimantIds.map((id) => [...(claims.get(id) ?? [])]);
  }

  async getStatistics(ids: readonly string[]): Promise<(StatisticRecord | null)[]> {
    const { statistics } = this.current();
    return ids.map((id) => statistics.byId.get(id) ?? null);
  }

  async listEntities(filter: EntityFilter, sort: EntitySort, page: PageArgs): Promise<Page<EntityRecord>> {
    return entityPage(selectEntities(this.current(), filter, sort), sort, page);
  }

  async relationsOf(queries: readonly RelationQuery[]): Promise<Page<RelationRecord>[]> {
    const { graph } = this.current();
    return queries.map((query) => relationPage(relationsAt(graph, query), query.page));
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    return this.current().search.search(query, options.types, options.first);
  }

  async neighborhood(centerId: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    const { graph, views } = this.current();
    return neighborhoodOf(graph, views.of(options.relationTypes), centerId, options);
  }

  async shortestPath(fromId: string, toId: string, options: PathOptions): Promise<Path | null> {
    const [first] = await this.shortestPaths(fromId, toId, { ...options, limit: 1 });
    return first ?? null;
  }

  async shortestPaths(fromId: string, toId: string, options: PathsOptions): Promise<Path[]> {
    const { graph, views } = this.current();
    return shortestPathsBetween(graph, views.of(options.relationTypes), fromId, toId, options);
  }

  async timeline(query: TimelineQuery): Promise<Page<EventRecord>> {
    const snapshot = this.current();
    if (query.kinds === undefined && query.from === undefined && query.to === undefined) {
      return entityPage(snapshot.orders.datedEvents, TIMELINE_ORDER, query.page);
    }
    const { kinds, from, to } = query;
    const filter: EntityFilter = { type: 'Event', kinds, from, to };
    const events = selectEntities(snapshot, filter, { field: 'DATE', direction: 'ASC' }) as readonly EventRecord[];
    // A date window already excludes undated events; a kinds filter alone does not.
    return entityPage(events.filter((e) => e.startDate !== undefined || e.endDate !== undefined), TIMELINE_ORDER, query.page);
  }

  async statistics(filter: StatisticFilter): Promise<StatisticRecord[]> {
    return this.current().statistics.select(filter);
  }

  async counts(mostConnected: number): Promise<GraphCounts> {
    return this.current().census.counts(mostConnected);
  }

  async load(dataset: Dataset): Promise<LoadSummary> {
    this.current();
    // Built aside and swapped in only when complete, so a failure leaves the old graph answering.
    this.snapshot = buildSnapshot(dataset);
    this.loaded = { dataset };
    return { entities: dataset.entities.length, relations: dataset.relations.length, statistics: dataset.statistics.length };
  }

  async clear(): Promise<void> {
    this.current();
    this.snapshot = buildSnapshot(EMPTY_DATASET);
    this.loaded = { dataset: EMPTY_DATASET };
  }

  async version(): Promise<string | null> {
    this.current();
    if (this.loaded === null) return null;
    return (this.loaded.version ??= datasetVersion(this.loaded.dataset));
  }

  async ping(): Promise<void> {
    this.current();
  }

  async close(): Promise<void> {
    this.snapshot = null;
  }

  private current(): GraphSnapshot {
    if (this.snapshot === null) throw new StoreUnavailableError('memory store: closed; create a new store to query again.');
    return this.snapshot;
  }
}
