/** The relations at one entity, by direction and type, ordered by id for stable paging. */
import type { RelationRecord } from '../../model';
import type { RelationQuery } from '../port';
import type { EntityGraph } from './entity-graph';

export function relationsAt(graph: EntityGraph, query: RelationQuery): RelationRecord[] {
  if (!graph.hasNode(query.entityId)) return [];
  const types = query.types === undefined ? null : new Set<string>(query.types);
  const found: RelationRecord[] = [];
  const keep = (relation: RelationRecord) => {
    if (types === null || types.has(relation.type)) found.push(relation);
  };
  if (query.direction !== 'IN') graph.forEachOutEdge(query.entityId, (_id, { relation }) => keep(relation));
  if (query.direction !== 'OUT') {
    graph.forEachInEdge(query.entityId, (_id, { relation }) => {
      // A self-loop was already met among the outgoing edges.
      if (query.direction === 'BOTH' && relation.from === relation.to) return;
      keep(relation);
    });
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
