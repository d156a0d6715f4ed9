/**
 * Offset cursors, opaque to clients. The dataset is curated and changes only on reload,
 * so an offset into a stable sort order is enough and both stores can honour it in their own query.
 */
import { BadCursorError } from './errors';

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset of the first item after `cursor`; 0 without one. */
export function offsetAfter(cursor: string | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) throw new BadCursorError(cursor);
  const offset = Number(text.slice(PREFIX.length));
  if (!Number.isInteger(offset) || offset < 0) throw new BadCursorError(cursor);
  return offset + 1;
}

/** Builds a page from the items at [start, start + first] (one extra to tell if more follow). */
export function pageFrom<T>(window: readonly T[], start: number, first: number, totalCount: number) {
  const items = window.slice(0, first);
  return {
    items,
    cursors: items.map((_, i) => encodeCursor(start + i)),
    totalCount,
    hasNextPage: start + items.length < totalCount,
    hasPreviousPage: start > 0,
  };
}
