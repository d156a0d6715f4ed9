/**
 * The graph restricted to some relation types, for neighbourhoods and shortest paths limited to
 * them. The traversals (graphology-traversal's BFS, our shortest-path search) take a graph, not
 * an edge predicate, so each is handed the view for its types. Every type at once is the entity graph itself; other views are built on first use and
 * memoized, since API callers reuse a handful of type sets.
 */
import { RELATION_TYPE_NAMES, type RelationType } from '../../model';
import type { EntityGraph } from './entity-graph';

/** The entity graph or a copy of it holding only some relations; edges keep their relation ids. */
export type RelationView = EntityGraph;

const ALL_TYPES = [...RELATION_TYPE_NAMES].sort().join(',');
/** Enough for the type sets a client tends to use; each view costs about one graph's memory. */
const MAX_CACHED_VIEWS = 8;

export class RelationViews {
  private readonly cache = new Map<string, RelationView>();

  constructor(private readonly graph: EntityGraph) {}

  /** The view for these types; undefined means every type, an empty list means none. */
  of(types: readonly RelationType[] | undefined): RelationView {
    if (types === undefined) return this.graph;
    const key = [...new Set(types)].sort().join(',');
    if (key === ALL_TYPES) return this.graph;
    const cached = this.cache.get(key);
    if (cached) {
      // Re-insert so the Map's insertion order doubles as least-recently-used order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const view = restrictToTypes(this.graph, new Set(types));
    this.cache.set(key, view);
    if (this.cache.size > MAX_CACHED_VIEWS) this.cache.delete(this.cache.keys().next().value!);
    return view;
  }
}

function restrictToTypes(graph: EntityGraph, types: ReadonlySet<string>): RelationView {
  const view = graph.emptyCopy();
  graph.forEachEdge((relationId, attributes, from, to) => {
    if (types.has(attributes.relation.type)) view.addEdgeWithKey(relationId, from, to, attributes);
  });
  return view;
}
