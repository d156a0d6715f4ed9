/**
 * The graph every memory-store query reads: entities are nodes keyed by id, relations are
 * undirected edges keyed by relation id. Undirected because neighbourhoods and shortest paths
 * ignore direction, and the library traversals they run on follow the graph's own edges: a
 * directed graph would need an undirected copy of itself. A relation's direction is kept where
 * the port's directed questions read it, in the record's `from` and `to`.
 * Records are wrapped because graphology attributes must be plain indexable objects, which our
 * readonly record interfaces are not.
 */
import { MultiUndirectedGraph } from 'graphology';
import type { EntityRecord, RelationRecord } from '../../model';
import { GraphIntegrityError } from '../graph-integrity-error';

export interface EntityNode {
  readonly entity: EntityRecord;
}

export interface RelationEdge {
  readonly relation: RelationRecord;
}

export type EntityGraph = MultiUndirectedGraph<EntityNode, RelationEdge>;

/** Builds the graph, naming the first record that cannot be placed in it. */
export function buildEntityGraph(entities: readonly EntityRecord[], relations: readonly RelationRecord[]): EntityGraph {
  const graph: EntityGraph = new MultiUndirectedGraph<EntityNode, RelationEdge>();
  for (const entity of entities) {
    if (graph.hasNode(entity.id)) throw GraphIntegrityError.duplicateId(entity.id);
    graph.addNode(entity.id, { entity });
  }
  for (const relation of relations) {
    if (graph.hasEdge(relation.id)) throw GraphIntegrityError.duplicateId(relation.id);
    if (!graph.hasNode(relation.from)) throw GraphIntegrityError.danglingRelation(relation.id, 'from', relation.from);
    if (!graph.hasNode(relation.to)) throw GraphIntegrityError.danglingRelation(relation.id, 'to', relation.to);
    graph.addEdgeWithKey(relation.id, relation.from, relation.to, { relation });
  }
  return graph;
}

export function entityOf(graph: EntityGraph, id: string): EntityRecord | null {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'entity') : null;
}

export function relationOf(graph: EntityGraph, id: string): RelationRecord | null {
  return graph.hasEdge(id) ? graph.getEdgeAttribute(id, 'relation') : null;
}

/** The relations at an entity, each once (a self-loop included); none for an unknown id. */
export function forEachRelationAt(graph: EntityGraph, id: string, callback: (relation: RelationRecord) => void): void {
  if (graph.hasNode(id)) graph.forEachEdge(id, (_key, { relation }) => callback(relation));
}
