/** Walks a paged answer to its end, one request per page, forwards or backwards. */
import type { Page, PageArgs, SortKey } from '../../../src/store/port';

export async function collectPages<T>(fetch: (page: PageArgs) => Promise<Page<T>>, first: number): Promise<{ items: T[]; pages: Page<T>[] }> {
  const items: T[] = [];
  const pages: Page<T>[] = [];
  let after: SortKey | undefined;
  for (;;) {
    const page = await fetch(after === undefined ? { first } : { first, after });
    pages.push(page);
    items.push(...page.items);
    if (!page.hasNextPage) return { items, pages };
    if (page.keys.length === 0) throw new Error('a page claims more follow but returned no key to continue from');
    after = page.keys[page.keys.length - 1];
  }
}

/** The same walk from the end: `last` items before the first key of the previous page; items come back in order. */
export async function collectPagesBackwards<T>(fetch: (page: PageArgs) => Promise<Page<T>>, last: number): Promise<{ items: T[]; pages: Page<T>[] }> {
  const pages: Page<T>[] = [];
  let before: SortKey | undefined;
  for (;;) {
    const page = await fetch(before === undefined ? { last } : { last, before });
    pages.unshift(page);
    if (!page.hasPreviousPage) return { items: pages.flatMap((p) => [...p.items]), pages };
    if (page.keys.length === 0) throw new Error('a page claims more precede but returned no key to go back from');
    before = page.keys[0];
  }
}

/** Enough to hold any answer of the seed dataset in one page. */
export const ONE_PAGE: PageArgs = { first: 100_000 };
