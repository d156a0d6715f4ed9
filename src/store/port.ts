/**
 * The storage port: every read the API needs and the two writes the seed loader needs.
 * Both adapters (embedded and Neo4j) implement it and pass the same behaviour suite;
 * resolvers only ever see this interface. Calls that take lists are batch calls so that
 * one GraphQL request becomes a handful of store calls, whatever its shape.
 */
import type {
  Dataset,
  EntityRecord,
  EntityType,
  EventRecord,
  Metric,
  RelationRecord,
  RelationType,
  StatisticRecord,
} from '../model';

/** Where an item stands in an order: the value it is ordered by (null where the order has none) and its id. */
export interface SortKey {
  readonly value: string | number | null;
  readonly id: string;
}

/**
 * Keyset paging (see sort-keys.ts): the `first` items after the key `after`, or the `last` items
 * before the key `before`, in the order of the list. Without first or last, 20 items from the start.
 */
export interface PageArgs {
  readonly first?: number;
  readonly after?: SortKey;
  readonly last?: number;
  readonly before?: SortKey;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** The sort key of each item, in order, for cursors to continue from. */
  readonly keys: readonly SortKey[];
  readonly totalCount: number;
  /** Items follow the page (paging forward: beyond it; paging backward: at or after `before`). */
  readonly hasNextPage: boolean;
  /** Items precede the page. */
  readonly hasPreviousPage: boolean;
}

/** The page size when neither first nor last is given. */
export const DEFAULT_PAGE_SIZE = 20;

export type SortDirection = 'ASC' | 'DESC';
/** NAME sorts by name; DATE by an event's start or a report's publication (undated last); ID by id. */
export type EntitySortField = 'NAME' | 'DATE' | 'ID';

export interface EntitySort {
  readonly field: EntitySortField;
  readonly direction: SortDirection;
}

export interface EntityFilter {
  readonly type: EntityType;
  readonly kinds?: readonly string[];
  /** Partial dates: keep entities whose date span overlaps [from, to] (events by start/end, reports by publication). */
  readonly from?: string;
  readonly to?: string;
  /** Events that took place in this place or in any place inside it. */
  readonly placeId?: string;
  /** Events this entity took part in or organized. */
  readonly participantId?: string;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationQuery {
  readonly entityId: string;
  readonly types?: readonly RelationType[];
  readonly direction: Direction;
  readonly page: PageArgs;
}

export interface SearchOptions {
  readonly types?: readonly EntityType[];
  readonly first: number;
}

export interface SearchHit {
  readonly entity: EntityRecord;
  /** Higher is better; comparable only within one answer. */
  readonly score: number;
}

export interface NeighborhoodOptions {
  readonly depth: number;
  readonly relationTypes?: readonly RelationType[];
  /** Most nodes to return, the centre included. */
  readonly limit: number;
}

export interface Subgraph {
  /** The centre first, then nodes by distance from it, then by id. */
  readonly nodes: readonly EntityRecord[];
  /** Every relation (of the allowed types) between two returned nodes. */
  readonly edges: readonly RelationRecord[];
  /** True when more nodes lay within the depth than the limit let through. */
  readonly truncated: boolean;
}

/**
 * The longest path any store searches. Neo4j needs a literal bound in a shortestPath pattern,
 * so the API's configurable maximum (MAX_PATH_LENGTH) may not exceed this.
 */
export const PATH_SEARCH_CEILING = 20;

export interface PathOptions {
  readonly maxLength: number;
  readonly relationTypes?: readonly RelationType[];
  /**
   * Entities no path may pass through. The two ends are never avoided: an end listed here is
   * ignored, so asking to avoid an end gives the same answer as not listing it. Unknown ids are ignored.
   */
  readonly avoid?: readonly string[];
}

export interface PathsOptions extends PathOptions {
  /** Most paths to return; below 1, none. */
  readonly limit: number;
}

export interface Path {
  /** From the start entity to the end entity. */
  readonly nodes: readonly EntityRecord[];
  /** edges[i] joins nodes[i] and nodes[i + 1], in either direction. */
  readonly edges: readonly RelationRecord[];
}

export interface TimelineQuery {
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly string[];
  readonly page: PageArgs;
}

export interface StatisticFilter {
  readonly metric?: Metric;
  readonly subjectId?: string;
  /** Figures this person, organization or report claims. */
  readonly claimedBy?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface CountBy {
  readonly key: string;
  readonly count: number;
}

export interface ConnectedEntity {
  readonly entity: EntityRecord;
  readonly degree: number;
}

export interface GraphCounts {
  readonly entities: number;
  readonly relations: number;
  readonly statistics: number;
  readonly byType: readonly CountBy[];
  /** Keys are `<Type>:<KIND>`, e.g. `Event:PARADE`. */
  readonly byKind: readonly CountBy[];
  readonly byRelationType: readonly CountBy[];
  readonly mostConnected: readonly ConnectedEntity[];
}

export interface LoadSummary {
  readonly entities: number;
  readonly relations: number;
  readonly statistics: number;
}

export interface GraphStore {
  /** A short name for logs and health output: "memory" or "neo4j". */
  readonly name: string;

  /** Entities by id, in the order asked, null where an id is unknown. */
  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]>;
  getStatistics(ids: readonly string[]): Promise<(StatisticRecord | null)[]>;

  listEntities(filter: EntityFilter, sort: EntitySort, page: PageArgs): Promise<Page<EntityRecord>>;
  /** One page per query, in the order asked. */
  relationsOf(queries: readonly RelationQuery[]): Promise<Page<RelationRecord>[]>;

  /** Ranked matches over names and aliases, tolerant of case, accents and small typos. */
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  neighborhood(centerId: string, options: NeighborhoodOptions): Promise<Subgraph | null>;
  /**
   * A shortest path, ignoring direction; null when none exists within maxLength or an end is unknown.
   * Of several shortest paths, the one whose entity ids come first read in order (compared id by
   * id), with the smallest relation id between consecutive entities: one answer on every store.
   * Always the first of shortestPaths with the same options.
   */
  shortestPath(fromId: string, toId: string, options: PathOptions): Promise<Path | null>;
  /**
   * The shortest paths, ignoring direction and passing through no avoided entity. A path is a
   * sequence of entities: two paths differing only in which of two parallel relations they take
   * are one path, which takes the relation with the smallest id. All paths of the least length
   * (at most maxLength) are put in order of their entity ids read in order, compared id by id,
   * and the first `limit` are returned: one answer on every store. From an entity to itself, the
   * entity alone. Empty when no path exists within maxLength or an end is unknown.
   */
  shortestPaths(fromId: string, toId: string, options: PathsOptions): Promise<Path[]>;
  /** Dated events in date order (earliest day of the start, then id). */
  timeline(query: TimelineQuery): Promise<Page<EventRecord>>;
  /** Statistics in asOf order (earliest day first, then id); from/to filter on asOf. */
  statistics(filter: StatisticFilter): Promise<StatisticRecord[]>;
  /** The relations each claimant asserts (their claimedBy), by id, one list per claimant asked. */
  relationsClaimedBy(claimantIds: readonly string[]): Promise<RelationRecord[][]>;
  counts(mostConnected: number): Promise<GraphCounts>;

  /**
   * The version of the graph held: a content hash of the dataset last loaded (the same data gives the
   * same version), or null before any load. It changes exactly when a load changes the graph.
   */
  version(): Promise<string | null>;

  /** Replaces the whole graph with the dataset, all or nothing. */
  load(dataset: Dataset): Promise<LoadSummary>;
  clear(): Promise<void>;
  /** Resolves when the store can answer; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
