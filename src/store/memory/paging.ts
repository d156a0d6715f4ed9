/** Offset paging over an answer that is already in its final order. */
import { offsetAfter, pageFrom } from '../cursor';
import type { Page, PageArgs } from '../port';

export function pageOf<T>(ordered: readonly T[], page: PageArgs): Page<T> {
  const start = offsetAfter(page.after);
  const first = Math.max(0, page.first);
  return pageFrom(ordered.slice(start, start + first + 1), start, first, ordered.length);
}
