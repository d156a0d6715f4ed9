/**
 * The paged reads: entity lists, timelines and relations of entities. Filtering, ordering, counting
 * and paging all happen in Cypher; this module turns port arguments into parameters and rows into pages.
 */
import { dayRange, RELATION_TYPE_NAMES, type EntityRecord, type EventRecord, type RelationRecord } from '../../model';
import { offsetAfter, pageFrom } from '../cursor';
import type { Direction, EntityFilter, EntitySort, Page, PageArgs, RelationQuery, TimelineQuery } from '../port';
import { LIST_ENTITIES, LISTS } from './cypher';
import { cypherInt, type CypherExecutor, type Row } from './executor';
import { entityFromProps, relationFromProps, type RelationQueryRow } from './rows';

/** The first ISO day of `from` and the last of `to`; null leaves that side open. */
export function dayWindow(from: string | undefined, to: string | undefined): { fromDay: string | null; toDay: string | null } {
  return {
    fromDay: from === undefined ? null : dayRange(from).earliest,
    toDay: to === undefined ? null : dayRange(to).latest,
  };
}

/** Offset and size of the page asked for; throws BadCursorError for a cursor we did not issue. */
function window(page: PageArgs): { skip: number; first: number } {
  return { skip: offsetAfter(page.after), first: Math.max(0, Math.floor(page.first)) };
}

export async function listEntities(executor: CypherExecutor, filter: EntityFilter, sort: EntitySort, page: PageArgs): Promise<Page<EntityRecord>> {
  const { skip, first } = window(page);
  const [row] = await executor.readOne(LIST_ENTITIES[`${sort.field}_${sort.direction}`], {
    type: filter.type,
    kinds: filter.kinds ?? null,
    ...dayWindow(filter.from, filter.to),
    placeId: filter.placeId ?? null,
    participantId: filter.participantId ?? null,
    skip: cypherInt(skip),
    first: cypherInt(first),
  });
  return pageFrom(itemsOf(row, entityFromProps), skip, first, Number(row?.['totalCount'] ?? 0));
}

export async function timeline(executor: CypherExecutor, query: TimelineQuery): Promise<Page<EventRecord>> {
  const { skip, first } = window(query.page);
  const [row] = await executor.readOne(LISTS.TIMELINE, {
    kinds: query.kinds ?? null,
    ...dayWindow(query.from, query.to),
    skip: cypherInt(skip),
    first: cypherInt(first),
  });
  const items = itemsOf(row, entityFromProps) as EventRecord[];
  return pageFrom(items, skip, first, Number(row?.['totalCount'] ?? 0));
}

const DIRECTIONS: Readonly<Record<Direction, { outgoing: boolean; incoming: boolean }>> = {
  OUT: { outgoing: true, incoming: false },
  IN: { outgoing: false, incoming: true },
  BOTH: { outgoing: true, incoming: true },
};

/** All queries in one statement; relations within a page come in id order. */
export async function relationsOf(executor: CypherExecutor, queries: readonly RelationQuery[]): Promise<Page<RelationRecord>[]> {
  if (queries.length === 0) return [];
  const windows = queries.map((query) => window(query.page));
  const rows: RelationQueryRow[] = queries.map((query, index) => ({
    index,
    entityId: query.entityId,
    types: query.types ?? RELATION_TYPE_NAMES,
    ...DIRECTIONS[query.direction],
    skip: cypherInt(windows[index]!.skip),
    first: cypherInt(windows[index]!.first),
  }));
  const answers = await executor.readOne(LISTS.RELATIONS_OF, { queries: rows });
  const byIndex = new Map(answers.map((row) => [row['index'] as number, row]));
  return windows.map(({ skip, first }, index) => {
    const row = byIndex.get(index);
    return pageFrom(itemsOf(row, relationFromProps), skip, first, Number(row?.['totalCount'] ?? 0));
  });
}

function itemsOf<T>(row: Row | undefined, read: (props: Row) => T): T[] {
  return ((row?.['items'] as Row[] | undefined) ?? []).map(read);
}
