/**
 * The explorer's graph: a graphology multigraph keyed by API ids (entities are nodes, relations
 * are edges), and the one function that merges API answers into it. Keeping merging here means
 * search, expansion and path results all land in the graph the same way.
 */
import Graph from 'graphology';
import type { EntityRef, RelationRef } from '../api/types';
import type { Shape } from './shape-program';
import { EDGE_COLOR, styleOf } from './styles';
import { unitHash } from './seeded';

export interface NodeAttributes {
  label: string;
  entityType: string;
  x: number;
  y: number;
  size: number;
  color: string;
  shape: Shape;
  startDate?: string | null;
  endDate?: string | null;
  /** The entity's kind (MOVEMENT, NEWSPAPER...), for the kind filter; null for people. */
  kind?: string | null;
  /** Dragged into place by the user: the layout leaves it there (ForceAtlas2 reads `fixed`). */
  fixed?: boolean;
  /** The node whose expansion brought this one in (see collapse.ts); absent for a centre's own view. */
  expandedFrom?: string;
  /** Other names and the ids of the reports that mention it, when the API sent them (for exports). */
  aliases?: readonly string[];
  sources?: readonly string[];
}

export interface EdgeAttributes {
  label: string;
  relationType: string;
  size: number;
  color: string;
  type?: string;
  /** The ids of the reports that state the relation, when the API sent them (for exports). */
  sources?: readonly string[];
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** From this many nodes a graph is large: laid out in a worker (layout.ts), drawn light (view.ts). */
export const LARGE_GRAPH_ORDER = 500;

export const createGraph = (): ExplorerGraph => new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed' });

export interface MergeResult {
  readonly addedNodes: string[];
  /** Entities the answer held that were left out because the view was full. */
  readonly skipped: number;
}

/**
 * Adds entities and relations not yet in the graph, placing new nodes on a ring around `anchor`
 * (or the origin) so the layout starts from a sensible spot. At most `capacity` nodes are added,
 * in the API's order (nearest the centre first); relations to left-out nodes are dropped.
 */
export function mergeSubgraph(
  graph: ExplorerGraph,
  nodes: readonly EntityRef[],
  edges: readonly RelationRef[],
  capacity: number,
  anchor?: string,
): MergeResult {
  const origin = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const fresh = nodes.filter((node) => !graph.hasNode(node.id));
  const kept = fresh.slice(0, Math.max(0, capacity));
  const radius = 1 + Math.sqrt(graph.order + 1);
  kept.forEach((node, i) => {
    // A jitter fixed by the id, so the same expansion lands the same way on every load.
    const angle = (2 * Math.PI * i) / kept.length + unitHash(node.id) * 0.2;
    graph.addNode(node.id, nodeAttributes(node, origin.x + radius * Math.cos(angle), origin.y + radius * Math.sin(angle)));
  });
  for (const edge of edges) addRelation(graph, edge);
  resizeByDegree(graph);
  return { addedNodes: kept.map((node) => node.id), skipped: fresh.length - kept.length };
}

export function addRelation(graph: ExplorerGraph, edge: RelationRef): void {
  if (graph.hasEdge(edge.id) || !graph.hasNode(edge.from.id) || !graph.hasNode(edge.to.id)) return;
  graph.addDirectedEdgeWithKey(edge.id, edge.from.id, edge.to.id, {
    label: edge.type.replace(/_/g, ' ').toLowerCase(),
    relationType: edge.type,
    size: 1.5,
    color: EDGE_COLOR,
    type: 'arrow',
    ...(edge.sources && { sources: edge.sources.map((source) => source.id) }),
  });
}

export function nodeAttributes(node: EntityRef, x: number, y: number): NodeAttributes {
  const style = styleOf(node.__typename);
  return {
    label: node.name,
    entityType: node.__typename,
    x,
    y,
    size: 7,
    color: style.color,
    shape: style.shape,
    startDate: node.startDate ?? null,
    endDate: node.endDate ?? null,
    kind: node.kind ?? null,
    ...(node.aliases && { aliases: node.aliases }),
    ...(node.sources && { sources: node.sources.map((source) => source.id) }),
  };
}

/** Bigger nodes for hubs, within bounds that keep labels readable. */
export function resizeByDegree(graph: ExplorerGraph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.min(18, 6 + 1.6 * Math.sqrt(graph.degree(node)))));
}
