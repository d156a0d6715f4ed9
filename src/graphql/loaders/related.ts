/**
 * Helpers the field resolvers share: load entities by id, and the entities at the far end of an
 * entity's relations of some types (an event's participants, a report's authors...).
 */
import type { EntityRecord, RelationType } from '../../model';
import type { Direction } from '../../store/port';
import type { GraphContext } from '../context';

/** The convenience lists (participants, authors) are not paged; the `relations` connection is. */
export const MAX_RELATED = 500;

/** The entities with these ids, unknown ids left out; a store failure is thrown, not read as "unknown". */
export async function loadEntities(ctx: GraphContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  const failure = found.find((e): e is Error => e instanceof Error);
  if (failure) throw failure;
  return found.filter((e): e is EntityRecord => e !== null);
}

export async function loadRelated(
  ctx: GraphContext,
  entityId: string,
  types: readonly RelationType[],
  direction: 'OUT' | 'IN',
): Promise<EntityRecord[]> {
  const query = { entityId, types, direction: direction as Direction, page: { first: MAX_RELATED } };
  const page = await ctx.loaders.relationsOf.load(query);
  const ends = page.items.map((relation) => (direction === 'OUT' ? relation.to : relation.from));
  return loadEntities(ctx, [...new Set(ends)]);
}

/** Lets later field resolvers reuse entities a list query already returned. */
export function primeEntities<T extends EntityRecord>(ctx: GraphContext, records: readonly T[]): readonly T[] {
  for (const record of records) ctx.loaders.entity.prime(record.id, record);
  return records;
}
