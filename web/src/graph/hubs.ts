/**
 * Hubs: the most connected nodes of the view, which "Hide hubs" takes out of the drawing so that
 * what hangs off them can be read. Degree is counted in the graph drawn, not the whole dataset.
 */
import type { ExplorerGraph } from './model';

/** The `count` nodes of highest degree, ties broken by id so the choice is stable; never `keep`. */
export function mostConnected(graph: ExplorerGraph, count: number, keep: string | null): Set<string> {
  if (count <= 0) return new Set();
  const ranked = graph
    .filterNodes((node) => node !== keep)
    .map((node) => ({ node, degree: graph.degree(node) }))
    .filter(({ degree }) => degree > 1)
    .sort((a, b) => b.degree - a.degree || a.node.localeCompare(b.node));
  return new Set(ranked.slice(0, count).map(({ node }) => node));
}
