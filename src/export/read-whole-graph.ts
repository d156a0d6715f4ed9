/**
 * Reads every entity and relation through the storage port, which has no "everything" read.
 * Store calls: one listEntities per type per EXPORT_PAGE_SIZE entities of that type, then one
 * relationsOf per EXPORT_PAGE_SIZE entities (each relation is read once, at its `from` end),
 * plus a further round per further page only for entities with over EXPORT_PAGE_SIZE outgoing relations.
 * On the curated dataset that is 5 + 1 calls.
 */
import { ENTITY_TYPES, type EntityRecord, type EntityType, type RelationRecord } from '../model';
import type { GraphStore, RelationQuery, SortKey } from '../store/port';
import type { GraphSource } from './graph-source';

export const EXPORT_PAGE_SIZE = 500;

async function entitiesOf(store: GraphStore, type: EntityType, pageSize: number): Promise<EntityRecord[]> {
  const entities: EntityRecord[] = [];
  let after: SortKey | undefined;
  for (;;) {
    const page = await store.listEntities({ type }, { field: 'ID', direction: 'ASC' }, after === undefined ? { first: pageSize } : { first: pageSize, after });
    entities.push(...page.items);
    if (!page.hasNextPage) return entities;
    after = page.keys[page.keys.length - 1];
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Outgoing relations of each entity; queries whose page was full are asked again from their last key. */
async function relationsFrom(store: GraphStore, entityIds: readonly string[], pageSize: number): Promise<RelationRecord[]> {
  const relations: RelationRecord[] = [];
  let pending: RelationQuery[] = entityIds.map((entityId) => ({ entityId, direction: 'OUT', page: { first: pageSize } }));
  while (pending.length > 0) {
    const next: RelationQuery[] = [];
    for (const batch of chunks(pending, pageSize)) {
      const pages = await store.relationsOf(batch);
      pages.forEach((page, i) => {
        relations.push(...page.items);
        const after = page.keys[page.keys.length - 1];
        if (page.hasNextPage && after !== undefined) next.push({ ...batch[i]!, page: { first: pageSize, after } });
      });
    }
    pending = next;
  }
  return relations;
}

/** `pageSize` is both the page of entities or relations and the number of queries per relationsOf call. */
export async function readWholeGraph(store: GraphStore, pageSize = EXPORT_PAGE_SIZE): Promise<GraphSource> {
  const byType = await Promise.all(ENTITY_TYPES.map((type) => entitiesOf(store, type, pageSize)));
  const nodes = byType.flat();
  const edges = await relationsFrom(store, nodes.map((entity) => entity.id), pageSize);
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { scope: { kind: 'whole' }, nodes, edges, truncated: false };
}
