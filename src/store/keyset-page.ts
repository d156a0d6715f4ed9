/**
 * A keyset page cut from a list already in its order: the items after a key, or before one, as
 * many as asked. The embedded store pages every list this way; the Neo4j store pages search hits so.
 */
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs, type SortKey } from './port';

/** Index of the first item whose key comes after `key` (binary search over an ordered list). */
function firstAfter(keys: readonly SortKey[], key: SortKey, compare: (a: SortKey, b: SortKey) => number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(keys[middle]!, key) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first item whose key is not before `key`. */
function firstNotBefore(keys: readonly SortKey[], key: SortKey, compare: (a: SortKey, b: SortKey) => number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(keys[middle]!, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function keysetPage<T>(
  ordered: readonly T[],
  keyOf: (item: T) => SortKey,
  compare: (a: SortKey, b: SortKey) => number,
  page: PageArgs,
): Page<T> {
  const keys = ordered.map(keyOf);
  const total = ordered.length;
  const start = page.after === undefined ? 0 : firstAfter(keys, page.after, compare);
  const end = page.before === undefined ? total : Math.max(start, firstNotBefore(keys, page.before, compare));
  let from = start;
  let to = end;
  if (page.last !== undefined && page.first === undefined) from = Math.max(start, end - page.last);
  else to = Math.min(end, start + (page.first ?? DEFAULT_PAGE_SIZE));
  return {
    items: ordered.slice(from, to),
    keys: keys.slice(from, to),
    totalCount: total,
    hasNextPage: to < total,
    hasPreviousPage: from > 0,
  };
}
