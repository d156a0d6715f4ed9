/** The relations at one entity, by direction and type, ordered by id for stable paging. */
import type { RelationRecord } from '../../model';
import type { RelationQuery } from '../port';
import { forEachRelationAt, type EntityGraph } from './entity-graph';

export function relationsAt(graph: EntityGraph, query: RelationQuery): RelationRecord[] {
  const { entityId, direction } = query;
  const types = query.types === undefined ? null : new Set<string>(query.types);
  const found: RelationRecord[] = [];
  // The graph is undirected; the record says which way the relation points.
  forEachRelationAt(graph, entityId, (relation) => {
    if (types !== null && !types.has(relation.type)) return;
    const outgoing = relation.from === entityId;
    const incoming = relation.to === entityId;
    if (direction === 'BOTH' || (direction === 'OUT' && outgoing) || (direction === 'IN' && incoming)) found.push(relation);
  });
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
