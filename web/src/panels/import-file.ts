/**
 * Opens a graphology JSON file (such as one exported here) in place of the current view. Nodes
 * keep their attributes; missing positions, colours and shapes are filled in from the entity
 * type so any graphology export can be looked at.
 */
import type { SerializedGraph } from 'graphology-types';
import { createGraph, type ExplorerGraph, LARGE_GRAPH_ORDER, resizeByDegree } from '../graph/model';
import { styleOf } from '../graph/styles';

export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

export function graphFromJson(text: string, name = 'the file'): ExplorerGraph {
  let data: SerializedGraph;
  try {
    data = JSON.parse(text) as SerializedGraph;
  } catch {
    throw new GraphFileError(`${name} is not JSON.`);
  }
  if (!data || !Array.isArray(data.nodes)) throw new GraphFileError(`${name} is not a graphology JSON export: it has no "nodes" list.`);
  const graph = createGraph();
  for (const node of data.nodes) {
    const attributes = (node.attributes ?? {}) as Record<string, unknown>;
    const type = String(attributes['entityType'] ?? attributes['type'] ?? '');
    const style = styleOf(type);
    graph.mergeNode(String(node.key), {
      label: String(attributes['label'] ?? node.key),
      entityType: type || style.label,
      color: typeof attributes['color'] === 'string' ? attributes['color'] : style.color,
      shape: style.shape,
      size: 4,
      x: typeof attributes['x'] === 'number' ? attributes['x'] : NaN, // NaN: laid out on load
      y: typeof attributes['y'] === 'number' ? attributes['y'] : NaN,
      startDate: (attributes['startDate'] as string | undefined) ?? null,
      endDate: (attributes['endDate'] as string | undefined) ?? null,
    });
  }
  for (const edge of data.edges ?? []) {
    const attributes = (edge.attributes ?? {}) as Record<string, unknown>;
    if (!graph.hasNode(String(edge.source)) || !graph.hasNode(String(edge.target))) continue;
    const relationType = String(attributes['relationType'] ?? attributes['label'] ?? 'RELATED');
    const props = { label: String(attributes['label'] ?? relationType), relationType, size: 1, color: '#b6bdc6', type: 'arrow' };
    if (edge.key !== undefined && !graph.hasEdge(String(edge.key))) graph.addDirectedEdgeWithKey(String(edge.key), String(edge.source), String(edge.target), props);
    else graph.addDirectedEdge(String(edge.source), String(edge.target), props);
  }
  if (graph.order < LARGE_GRAPH_ORDER) resizeByDegree(graph);
  return graph;
}
