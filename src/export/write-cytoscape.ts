/**
 * Cytoscape.js elements JSON, which Cytoscape desktop also imports: graph attributes under the
 * top-level `data`, each node's and edge's attributes in its `data` beside id, source and target.
 */
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './attributes';
import type { ExportGraph } from './build-graph';

export interface CytoscapeJson {
  readonly data: GraphAttributes;
  readonly elements: {
    readonly nodes: { readonly data: NodeAttributes & { readonly id: string } }[];
    readonly edges: { readonly data: EdgeAttributes & { readonly id: string; readonly source: string; readonly target: string } }[];
  };
}

export function toCytoscapeJson(graph: ExportGraph): CytoscapeJson {
  return {
    data: graph.getAttributes(),
    elements: {
      nodes: graph.mapNodes((id, attributes) => ({ data: { id, ...attributes } })),
      edges: graph.mapEdges((id, attributes, source, target) => ({ data: { id, source, target, ...attributes } })),
    },
  };
}

export function writeCytoscape(graph: ExportGraph): string {
  return JSON.stringify(toCytoscapeJson(graph), null, 2);
}
