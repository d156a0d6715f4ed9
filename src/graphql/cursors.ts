/**
 * Cursors as clients see them: opaque strings holding the item's sort key (see
 * src/store/sort-keys.ts) and the scope they were issued in: the list, its order and its filter. A
 * cursor is valid across reloads (it names a position by key, not by offset), and refused, with a
 * clear error, in another scope: paging on under another orderBy or filter would skip or repeat items.
 */
import { createHash } from 'node:crypto';
import type { SortKey } from '../store/port';
import { BadUserInputError } from './errors/api-errors';

const VERSION = 1;

/** A scope: what list, in what order, filtered how; hashed so cursors stay short. */
export function cursorScope(...parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

export function encodeCursor(scope: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([VERSION, scope, key.value, key.id]), 'utf8').toString('base64url');
}

/** The parts of a cursor this API issued, or undefined for one it did not. */
export function readCursor(cursor: string): { scope: string; key: SortKey } | undefined {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 4 || parts[0] !== VERSION) return undefined;
    const [, scope, value, id] = parts;
    if (typeof scope !== 'string' || typeof id !== 'string' || !(value === null || typeof value === 'string' || typeof value === 'number')) return undefined;
    return { scope, key: { value, id } };
  } catch {
    return undefined;
  }
}

/** The sort key of `cursor`, checked against the scope of the list it is used with. */
export function decodeCursor(cursor: string | undefined, scope: string, argument: 'after' | 'before'): SortKey | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  const read = readCursor(cursor);
  if (read === undefined) {
    throw new BadUserInputError(argument, 'this is not a cursor this API issued; use an edge\'s cursor or a pageInfo cursor');
  }
  if (read.scope !== scope) {
    throw new BadUserInputError(
      argument,
      'this cursor was issued for another list, order or filter; it is valid only with the orderBy and filter it came from, so start again without it',
    );
  }
  return read.key;
}
