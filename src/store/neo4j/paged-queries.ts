/**
 * The paged reads: entity lists, timelines and relations of entities, keyset-paged (see
 * src/store/sort-keys.ts). Filtering, ordering, counting and cutting the page happen in Cypher;
 * this module turns port arguments into parameters and rows into pages.
 */
import { dayRange, RELATION_TYPE_NAMES, type EntityRecord, type EventRecord, type RelationRecord } from '../../model';
import { DEFAULT_PAGE_SIZE, type Direction, type EntityFilter, type EntitySort, type Page, type PageArgs, type RelationQuery, type SortKey, type TimelineQuery } from '../port';
import { entitySortKey } from '../sort-keys';
import { LIST_ENTITIES, LISTS, TIMELINE, type PagingDirection } from './cypher';
import { cypherInt, type CypherExecutor, type Row } from './executor';
import { entityFromProps, relationFromProps, type RelationQueryRow } from './rows';

/** The first ISO day of `from` and the last of `to`; null leaves that side open. */
export function dayWindow(from: string | undefined, to: string | undefined): { fromDay: string | null; toDay: string | null } {
  return {
    fromDay: from === undefined ? null : dayRange(from).earliest,
    toDay: to === undefined ? null : dayRange(to).latest,
  };
}

interface Window {
  readonly reading: PagingDirection;
  /** Items wanted. */
  readonly size: number;
}

function windowOf(page: PageArgs): Window {
  if (page.last !== undefined && page.first === undefined) return { reading: 'BACKWARD', size: Math.max(0, Math.floor(page.last)) };
  return { reading: 'FORWARD', size: Math.max(0, Math.floor(page.first ?? DEFAULT_PAGE_SIZE)) };
}

/** The key parameters; one more item than wanted is read, to tell whether more lie beyond. */
function keyParams(page: PageArgs, window: Window) {
  const value = (key: SortKey | undefined) => (key === undefined || key.value === null ? null : key.value);
  return {
    afterValue: value(page.after),
    afterId: page.after?.id ?? null,
    beforeValue: value(page.before),
    beforeId: page.before?.id ?? null,
    limit: cypherInt(window.size + 1),
  };
}

/** Only the parameters a statement declares: an ID order takes no sort values. */
function declared<P extends string>(params: readonly P[], values: Record<string, unknown>): Record<P, unknown> {
  return Object.fromEntries(params.map((name) => [name, values[name]])) as Record<P, unknown>;
}

/** A page from a keyset row: items in the order read (reversed back when read backwards). */
function pageFromRow<T>(row: Row | undefined, read: (props: Row) => T, keyOf: (item: T) => SortKey, window: Window): Page<T> {
  const read_ = ((row?.['items'] as Row[] | undefined) ?? []).map(read);
  const more = read_.length > window.size;
  const kept = read_.slice(0, window.size);
  const items = window.reading === 'FORWARD' ? kept : kept.reverse();
  const notAfter = Number(row?.['notAfter'] ?? 0);
  const notBefore = Number(row?.['notBefore'] ?? 0);
  return {
    items,
    keys: items.map(keyOf),
    totalCount: Number(row?.['totalCount'] ?? 0),
    hasNextPage: window.reading === 'FORWARD' ? more || notBefore > 0 : notBefore > 0,
    hasPreviousPage: window.reading === 'FORWARD' ? notAfter > 0 : more || notAfter > 0,
  };
}

export async function listEntities(executor: CypherExecutor, filter: EntityFilter, sort: EntitySort, page: PageArgs): Promise<Page<EntityRecord>> {
  const window = windowOf(page);
  const statement = LIST_ENTITIES[`${sort.field}_${sort.direction}_${window.reading}`];
  const [row] = await executor.readOne(
    statement,
    declared(statement.params, {
      type: filter.type,
      kinds: filter.kinds ?? null,
      ...dayWindow(filter.from, filter.to),
      placeId: filter.placeId ?? null,
      participantId: filter.participantId ?? null,
      ...keyParams(page, window),
    }),
  );
  return pageFromRow(row, entityFromProps, (entity) => entitySortKey(entity, sort), window);
}

const TIMELINE_ORDER = { field: 'DATE', direction: 'ASC' } as const;

export async function timeline(executor: CypherExecutor, query: TimelineQuery): Promise<Page<EventRecord>> {
  const window = windowOf(query.page);
  const [row] = await executor.readOne(TIMELINE[window.reading], {
    kinds: query.kinds ?? null,
    ...dayWindow(query.from, query.to),
    ...keyParams(query.page, window),
  });
  return pageFromRow(row, (props) => entityFromProps(props) as EventRecord, (event) => entitySortKey(event, TIMELINE_ORDER), window);
}

const DIRECTIONS: Readonly<Record<Direction, { outgoing: boolean; incoming: boolean }>> = {
  OUT: { outgoing: true, incoming: false },
  IN: { outgoing: false, incoming: true },
  BOTH: { outgoing: true, incoming: true },
};

/** All queries in one statement; relations within a page come in id order. */
export async function relationsOf(executor: CypherExecutor, queries: readonly RelationQuery[]): Promise<Page<RelationRecord>[]> {
  if (queries.length === 0) return [];
  const windows = queries.map((query) => windowOf(query.page));
  const rows: RelationQueryRow[] = queries.map((query, index) => ({
    index,
    entityId: query.entityId,
    types: query.types ?? RELATION_TYPE_NAMES,
    ...DIRECTIONS[query.direction],
    afterId: query.page.after?.id ?? null,
    beforeId: query.page.before?.id ?? null,
    forward: windows[index]!.reading === 'FORWARD',
    limit: cypherInt(windows[index]!.size + 1),
  }));
  const answers = await executor.readOne(LISTS.RELATIONS_OF, { queries: rows });
  const byIndex = new Map(answers.map((row) => [row['index'] as number, row]));
  return windows.map((window, index) => {
    const row = byIndex.get(index);
    // Read backwards, the range's tail came in id order: the page logic expects it read from its end.
    const ordered = row && window.reading === 'BACKWARD' ? { ...row, items: [...((row['items'] as Row[]) ?? [])].reverse() } : row;
    return pageFromRow(ordered, relationFromProps, (relation) => ({ value: null, id: relation.id }), window);
  });
}
