/**
 * Collapse: which nodes go when a node's expansion is taken back. Every node an expansion adds
 * records the node expanded (`expandedFrom`); collapsing X removes what grew out of X, directly or
 * through nodes expanded from those, unless a removed node still touches something that stays.
 */
import type { ExplorerGraph } from './model';

/**
 * The nodes that collapsing `node` removes: those brought in by expanding it (or, in turn, by
 * expanding them), never `node` itself nor `keep` (the centre), and only those whose every
 * neighbour is `node` or goes with them. A node that a search, a path or another expansion also
 * joined to the rest of the view stays.
 */
export function collapsibleNodes(graph: ExplorerGraph, node: string, keep: string | null): string[] {
  if (!graph.hasNode(node)) return [];
  const grown = new Set<string>();
  let frontier = [node];
  while (frontier.length > 0) {
    const parents = new Set(frontier);
    frontier = graph.filterNodes((other, attributes) => attributes.expandedFrom !== undefined && parents.has(attributes.expandedFrom) && !grown.has(other));
    for (const other of frontier) grown.add(other);
  }
  grown.delete(node);
  if (keep !== null) grown.delete(keep);
  // Drop, until nothing changes, every candidate still tied to a node that stays.
  let changed = true;
  while (changed) {
    changed = false;
    for (const candidate of grown) {
      if (graph.someNeighbor(candidate, (neighbour) => neighbour !== node && !grown.has(neighbour))) {
        grown.delete(candidate);
        changed = true;
      }
    }
  }
  return [...grown];
}
