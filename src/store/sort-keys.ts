/**
 * Keyset paging: where an item stands in an order is its sort key (the value it is ordered by, and
 * its id to break ties). A page after a key holds the items that come after it in that order,
 * wherever they now are: positions shift when the graph is reloaded, keys do not. Both stores order
 * by these comparators, and the API turns keys into opaque cursors.
 */
import { dayRange, spanOf, type EntityRecord } from '../model';
import type { EntitySort, SortKey } from './port';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The day an entity is ordered by in DATE orders (an event's first day, a report's), or null. */
export function dateKeyOf(entity: EntityRecord): string | null {
  if (entity.type === 'Event') return spanOf(entity.startDate, entity.endDate)?.earliest ?? null;
  if (entity.type === 'Report' && entity.publishedOn !== undefined) return dayRange(entity.publishedOn).earliest;
  return null;
}

export function entitySortKey(entity: EntityRecord, sort: EntitySort): SortKey {
  switch (sort.field) {
    case 'ID':
      return { value: null, id: entity.id };
    case 'NAME':
      return { value: entity.name, id: entity.id };
    case 'DATE':
      return { value: dateKeyOf(entity), id: entity.id };
  }
}

/**
 * The comparator of an entity order, on keys: ID and NAME reverse exactly under DESC; DATE keeps
 * undated entities last, by id ascending, in both directions (as the port documents).
 */
export function compareEntityKeys(sort: EntitySort): (a: SortKey, b: SortKey) => number {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  if (sort.field === 'ID') return (a, b) => sign * compareText(a.id, b.id);
  if (sort.field === 'NAME') return (a, b) => sign * (compareText(String(a.value), String(b.value)) || compareText(a.id, b.id));
  return (a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== null) return -1;
      if (b.value !== null) return 1;
      return compareText(a.id, b.id);
    }
    return sign * (compareText(String(a.value), String(b.value)) || compareText(a.id, b.id));
  };
}

/** Dated events by day then id: the timeline's order. */
export const compareTimelineKeys = compareEntityKeys({ field: 'DATE', direction: 'ASC' });

/** Relations of an entity, by id. */
export const compareIdKeys = (a: SortKey, b: SortKey): number => compareText(a.id, b.id);
