/**
 * The typed client for the public GraphQL API: one POST per call with `content-type:
 * application/json` (Apollo's CSRF prevention refuses requests without it), and one error type
 * that tells "the API is unreachable" apart from "the API refused the request".
 */
import * as Q from './queries';
import type { EntityDetails, EntityRef, EventRow, Hub, Path, Relation, SearchHit, Statistic, Subgraph } from './types';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(readonly kind: ApiErrorKind, message: string, readonly code?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  search(query: string, first?: number): Promise<SearchHit[]>;
  neighborhood(id: string, depth: number, limit: number): Promise<Subgraph | null>;
  entity(id: string, first: number, after?: string | null): Promise<EntityDetails | null>;
  relation(id: string): Promise<Relation | null>;
  /** The entities with these ids, in the order asked, in one request; null where an id is unknown. */
  entityRefs(ids: readonly string[]): Promise<(EntityRef | null)[]>;
  /** Figures about an entity (`about`) and figures it claims (`claimed`). */
  statisticsAbout(subjectId: string): Promise<{ about: Statistic[]; claimed: Statistic[] }>;
  withdrawals(): Promise<{ cumulative: Statistic[]; daily: Statistic[] }>;
  /** Up to `first` shortest paths in the API's order, none passing through an entity in `avoid`. */
  shortestPaths(fromId: string, toId: string, maxLength: number, avoid: readonly string[], first: number): Promise<Path[]>;
  /** The `first` most connected entities, most connected first. */
  hubs(first: number): Promise<Hub[]>;
  /** Every event, a page of 100 at a time. */
  allEvents(): Promise<EventRow[]>;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createApiClient(endpoint = '/graphql', fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new ApiError('network', `Cannot reach the API at ${endpoint} (${(error as Error).message}).`);
    }
    let body: GraphQLBody<T>;
    try {
      body = (await response.json()) as GraphQLBody<T>;
    } catch {
      throw new ApiError('http', `The API answered ${response.status} without a GraphQL response.`);
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError('graphql', first.message, first.extensions?.code);
    if (!response.ok || !body.data) throw new ApiError('http', `The API answered ${response.status}.`);
    return body.data;
  }

  return {
    allEvents: async () => {
      const rows: EventRow[] = [];
      let after: string | null = null;
      for (;;) {
        type Page = { events: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: EventRow }[] } };
        const { events }: Page = await request<Page>(Q.EVENTS_PAGE, { first: 100, after });
        rows.push(...events.edges.map(({ node }) => node));
        if (!events.pageInfo.hasNextPage || events.pageInfo.endCursor === null) return rows;
        after = events.pageInfo.endCursor;
      }
    },
    search: async (query, first = 8) => {
      const { searchEntities } = await request<{ searchEntities: { edges: { score: number; node: SearchHit['entity'] }[] } }>(Q.SEARCH, { query, first });
      return searchEntities.edges.map(({ score, node }) => ({ score, entity: node }));
    },
    neighborhood: async (id, depth, limit) =>
      (await request<{ neighborhood: Subgraph | null }>(Q.NEIGHBORHOOD, { id, depth, limit })).neighborhood,
    entity: async (id, first, after = null) => (await request<{ entity: EntityDetails | null }>(Q.ENTITY_DETAILS, { id, first, after })).entity,
    relation: async (id) => {
      const { node } = await request<{ node: Relation | Record<string, never> | null }>(Q.RELATION, { id });
      // node() answers any id; a non-relation comes back as an empty object.
      return node && 'type' in node ? (node as Relation) : null;
    },
    statisticsAbout: async (subjectId) => {
      const { statistics, claimed } = await request<{ statistics: Statistic[]; claimed: Statistic[] }>(Q.STATISTICS_ABOUT, { subjectId });
      return { about: statistics, claimed };
    },
    withdrawals: () => request<{ cumulative: Statistic[]; daily: Statistic[] }>(Q.WITHDRAWALS),
    shortestPaths: async (fromId, toId, maxLength, avoid, first) =>
      (await request<{ shortestPaths: Path[] }>(Q.SHORTEST_PATHS, { fromId, toId, maxLength, avoid, first })).shortestPaths,
    entityRefs: async (ids) => (await request<{ nodes: (EntityRef | null)[] }>(Q.ENTITY_REFS, { ids })).nodes,
    hubs: async (first) => (await request<{ graphStats: { mostConnected: Hub[] } }>(Q.HUBS, { first })).graphStats.mostConnected,
  };
}
