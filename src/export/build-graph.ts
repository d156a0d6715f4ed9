/**
 * One graphology graph built from the store's answer; every format is serialized from it.
 * Multi and directed: relations have a direction, and two entities can be related more than once.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityRecord, RelationRecord } from '../model';
import { nonEmpty, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from './attributes';
import type { GraphSource } from './graph-source';

export type ExportGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Drops undefined values so absent attributes stay absent in every format (not "undefined" or ""). */
function defined<T extends object>(attributes: T): T {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as T;
}

export function nodeAttributes(entity: EntityRecord): NodeAttributes {
  return defined({
    label: entity.name,
    type: entity.type,
    kind: entity.type === 'Person' ? undefined : entity.kind,
    description: entity.description || undefined,
    startDate: entity.type === 'Event' ? entity.startDate : undefined,
    endDate: entity.type === 'Event' ? entity.endDate : undefined,
    publishedOn: entity.type === 'Report' ? entity.publishedOn : undefined,
    dateBasis: entity.type === 'Event' || entity.type === 'Report' ? entity.dateBasis : undefined,
    sourceFile: entity.type === 'Report' ? entity.sourceFile : undefined,
    aliases: nonEmpty(entity.aliases),
    sources: nonEmpty(entity.sources),
  });
}

export function edgeAttributes(relation: RelationRecord): EdgeAttributes {
  return defined({
    label: relation.type,
    type: relation.type,
    role: relation.role,
    startDate: relation.startDate,
    endDate: relation.endDate,
    dateBasis: relation.dateBasis,
    sources: nonEmpty(relation.sources),
    assertion: relation.assertion,
    claimedBy: relation.claimedBy,
  });
}

function graphAttributes(source: GraphSource): GraphAttributes {
  const { scope, truncated } = source;
  if (scope.kind === 'whole') return { description: 'The whole Tuidang knowledge graph.', truncated };
  const centre = source.nodes[0];
  const named = centre ? `${centre.name} (${scope.center})` : scope.center;
  const cut = truncated ? `; truncated at ${scope.limit} entities` : '';
  const hops = scope.depth === 1 ? '1 relation' : `${scope.depth} relations`;
  return defined({
    description: `Entities within ${hops} of ${named}${cut}.`,
    center: scope.center,
    depth: scope.depth,
    truncated,
  });
}

export function buildExportGraph(source: GraphSource): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph();
  graph.replaceAttributes(graphAttributes(source));
  for (const entity of source.nodes) graph.addNode(entity.id, nodeAttributes(entity));
  // Relation ids are the edge keys, so a tool's edge table links back to `node(id: ...)`.
  for (const relation of source.edges) {
    graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, edgeAttributes(relation));
  }
  return graph;
}
