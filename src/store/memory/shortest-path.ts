/**
 * A shortest path ignoring direction, on graphology-shortest-path's bidirectional BFS over the
 * (undirected) relation view. Between two consecutive nodes the relation with the smallest id is
 * reported, so the same question always gets the same path's edges.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Path, PathOptions } from '../port';
import { entityOf, relationOf, type EntityGraph } from './entity-graph';
import type { RelationView } from './relation-views';

export function shortestPathBetween(graph: EntityGraph, view: RelationView, fromId: string, toId: string, options: PathOptions): Path | null {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId)) return null;
  // The library takes no length bound, so the bound is applied to the path it finds.
  const nodeIds = bidirectional(view, fromId, toId);
  if (nodeIds === null || nodeIds.length - 1 > options.maxLength) return null;
  const edges = nodeIds.slice(1).map((to, i) => relationOf(graph, smallest(view.edges(nodeIds[i]!, to)))!);
  return { nodes: nodeIds.map((id) => entityOf(graph, id)!), edges };
}

function smallest(ids: readonly string[]): string {
  return ids.reduce((least, id) => (id < least ? id : least));
}
