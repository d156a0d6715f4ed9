/**
 * The nodes around a centre, nearest first, on graphology-traversal's BFS over the (undirected)
 * relation view, so direction is ignored and only the allowed relation types are walked.
 */
import { bfsFromNode } from 'graphology-traversal';
import type { RelationRecord } from '../../model';
import type { NeighborhoodOptions, Subgraph } from '../port';
import { entityOf, relationOf, type EntityGraph } from './entity-graph';
import type { RelationView } from './relation-views';

interface Reached {
  readonly id: string;
  readonly depth: number;
}

const byDepthThenId = (a: Reached, b: Reached) => a.depth - b.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function neighborhoodOf(graph: EntityGraph, view: RelationView, centerId: string, options: NeighborhoodOptions): Subgraph | null {
  if (!graph.hasNode(centerId)) return null;
  // The centre is always part of the answer, whatever the limit.
  const limit = Math.max(1, options.limit);
  const reached: Reached[] = [];
  bfsFromNode(view, centerId, (id, _attributes, depth) => {
    reached.push({ id, depth });
    // BFS hands out nodes by depth, so once more than `limit` are in hand every node still
    // to come lies at least as deep as the cut: expanding further cannot change the answer.
    return depth >= options.depth || reached.length > limit;
  });
  reached.sort(byDepthThenId);
  const kept = reached.slice(0, limit).map((node) => node.id);
  return {
    nodes: kept.map((id) => entityOf(graph, id)!),
    edges: relationsAmong(graph, view, kept),
    truncated: reached.length > limit,
  };
}

/** Every relation of the view between two of the nodes, each once, by id. */
function relationsAmong(graph: EntityGraph, view: RelationView, nodes: readonly string[]): RelationRecord[] {
  const members = new Set(nodes);
  const relationIds: string[] = [];
  for (const node of nodes) {
    view.forEachEdge(node, (relationId, _attributes, source, target) => {
      const other = source === node ? target : source;
      // An undirected edge is met from both ends; take it from the smaller id (or a self-loop once).
      if (members.has(other) && node <= other) relationIds.push(relationId);
    });
  }
  return relationIds.sort().map((id) => relationOf(graph, id)!);
}
