/** Reads what an export asks for: the whole graph, or a neighbourhood within the node limit. */
import type { GraphStore } from '../store/port';
import type { ExportScope, GraphSource } from './graph-source';
import { readWholeGraph } from './read-whole-graph';

/** Null when the neighbourhood's centre is not in the graph. */
export async function readGraphSource(store: GraphStore, scope: ExportScope): Promise<GraphSource | null> {
  if (scope.kind === 'whole') return readWholeGraph(store);
  const subgraph = await store.neighborhood(scope.center, { depth: scope.depth, limit: scope.limit });
  if (!subgraph) return null;
  return { scope, nodes: subgraph.nodes, edges: subgraph.edges, truncated: subgraph.truncated };
}
