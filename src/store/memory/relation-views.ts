/**
 * Undirected projections of the graph restricted to some relation types. Neighbourhoods and
 * shortest paths both ignore direction and may be limited to relation types, and the library
 * traversals (graphology-traversal's BFS, graphology-shortest-path's bidirectional search)
 * take a graph, not an edge predicate: so each is handed the projection for its types.
 * The all-types projection is built at load; others are built on first use and memoized,
 * since API callers reuse a handful of type sets.
 */
import { UndirectedGraph } from 'graphology';
import { RELATION_TYPE_NAMES, type RelationType } from '../../model';
import type { EntityGraph } from './entity-graph';

export interface ViewEdge {
  /** The relations this undirected edge stands for, sorted by id. */
  readonly relationIds: string[];
}

export type RelationView = UndirectedGraph<Record<string, never>, ViewEdge>;

const ALL_TYPES = [...RELATION_TYPE_NAMES].sort().join(',');
/** Enough for the type sets a client tends to use; each view costs about one graph's memory. */
const MAX_CACHED_VIEWS = 8;

export class RelationViews {
  private readonly cache = new Map<string, RelationView>();
  private readonly all: RelationView;

  constructor(private readonly graph: EntityGraph) {
    this.all = projectRelations(graph, null);
  }

  /** The projection for these types; undefined means every type, an empty list means none. */
  of(types: readonly RelationType[] | undefined): RelationView {
    if (types === undefined) return this.all;
    const key = [...new Set(types)].sort().join(',');
    if (key === ALL_TYPES) return this.all;
    const cached = this.cache.get(key);
    if (cached) {
      // Re-insert so the Map's insertion order doubles as least-recently-used order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const view = projectRelations(this.graph, new Set(types));
    this.cache.set(key, view);
    if (this.cache.size > MAX_CACHED_VIEWS) this.cache.delete(this.cache.keys().next().value!);
    return view;
  }
}

function projectRelations(graph: EntityGraph, types: ReadonlySet<string> | null): RelationView {
  const view: RelationView = new UndirectedGraph<Record<string, never>, ViewEdge>();
  graph.forEachNode((id) => view.addNode(id));
  graph.forEachEdge((relationId, { relation }, from, to) => {
    if (types !== null && !types.has(relation.type)) return;
    const existing = view.edge(from, to);
    if (existing === undefined) view.addEdge(from, to, { relationIds: [relationId] });
    else view.getEdgeAttribute(existing, 'relationIds').push(relationId);
  });
  view.forEachEdge((_edge, { relationIds }) => {
    if (relationIds.length > 1) relationIds.sort();
  });
  return view;
}
