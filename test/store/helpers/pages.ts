/** Walks a paged answer to its end, one request per page. */
import type { Page, PageArgs } from '../../../src/store/port';

export async function collectPages<T>(fetch: (page: PageArgs) => Promise<Page<T>>, first: number): Promise<{ items: T[]; pages: Page<T>[] }> {
  const items: T[] = [];
  const pages: Page<T>[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after === undefined ? { first } : { first, after });
    pages.push(page);
    items.push(...page.items);
    if (!page.hasNextPage) return { items, pages };
    if (page.cursors.length === 0) throw new Error('a page claims more follow but returned no cursor to continue from');
    after = page.cursors[page.cursors.length - 1];
  }
}

/** Enough to hold any answer of the seed dataset in one page. */
export const ONE_PAGE: PageArgs = { first: 100_000 };
