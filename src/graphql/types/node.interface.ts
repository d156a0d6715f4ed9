/**
 * Anything with a global id: entities, relations and statistics. The record's shape says which
 * GraphQL type it is, because the store returns plain records, not class instances.
 */
import { Field, ID, InterfaceType } from 'type-graphql';
import type { EntityRecord, RelationRecord, StatisticRecord } from '../../model';

export type NodeRecord = EntityRecord | RelationRecord | StatisticRecord;

export function nodeTypeName(record: NodeRecord): string {
  if ('metric' in record) return 'Statistic';
  if ('from' in record && 'to' in record) return 'Relation';
  return record.type;
}

@InterfaceType('Node', { description: 'An object with a stable, global id.', resolveType: nodeTypeName })
export abstract class Node {
  @Field(() => ID, { description: 'Stable and human-readable, e.g. "person/gao-zhisheng", "stat/...", "rel/...".' })
  id!: string;
}
