/**
 * The graph every memory-store query reads: entities are nodes keyed by id, relations are
 * directed edges keyed by relation id. Records are wrapped because graphology attributes must
 * be plain indexable objects, which our readonly record interfaces are not.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityRecord, RelationRecord } from '../../model';
import { GraphIntegrityError } from './graph-integrity-error';

export interface EntityNode {
  readonly entity: EntityRecord;
}

export interface RelationEdge {
  readonly relation: RelationRecord;
}

export type EntityGraph = MultiDirectedGraph<EntityNode, RelationEdge>;

/** Builds the graph, naming the first record that cannot be placed in it. */
export function buildEntityGraph(entities: readonly EntityRecord[], relations: readonly RelationRecord[]): EntityGraph {
  const graph: EntityGraph = new MultiDirectedGraph<EntityNode, RelationEdge>();
  for (const entity of entities) {
    if (graph.hasNode(entity.id)) throw GraphIntegrityError.duplicateId(entity.id);
    graph.addNode(entity.id, { entity });
  }
  for (const relation of relations) {
    if (graph.hasEdge(relation.id)) throw GraphIntegrityError.duplicateId(relation.id);
    if (!graph.hasNode(relation.from)) throw GraphIntegrityError.danglingRelation(relation.id, 'from', relation.from);
    if (!graph.hasNode(relation.to)) throw GraphIntegrityError.danglingRelation(relation.id, 'to', relation.to);
    graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, { relation });
  }
  return graph;
}

export function entityOf(graph: EntityGraph, id: string): EntityRecord | null {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'entity') : null;
}

export function relationOf(graph: EntityGraph, id: string): RelationRecord | null {
  return graph.hasEdge(id) ? graph.getEdgeAttribute(id, 'relation') : null;
}
