/** `searchEntities` (a Relay connection of hits) and the older list `search`, kept for the clients that use it. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { keysetPage } from '../../store/keyset-page';
import type { SearchHit as Hit, SortKey } from '../../store/port';
import type { GraphContext } from '../context';
import { cursorScope, encodeCursor } from '../cursors';
import { SearchArgs, SearchConnectionArgs } from '../inputs/search.args';
import { primeEntities } from '../loaders/related';
import { storePage } from '../types/connection.factory';
import { SearchConnection } from '../types/search-connection.type';
import { SearchHit } from '../types/search-hit.type';

/** The most hits a search pages through: past the best 200, a search needs better words, not more pages. */
export const SEARCH_WINDOW = 200;

/** Best first: by score, then id; a hit's key is its score and id. */
const compareHits = (a: SortKey, b: SortKey) => (b.value as number) - (a.value as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Entities whose name or alias matches, best first.',
    deprecationReason: 'Use searchEntities: the same hits as a Relay connection, with scores on the edges and paging both ways.',
  })
  async search(@Args() { query, types, first }: SearchArgs, @Ctx() ctx: GraphContext): Promise<Hit[]> {
    const hits = await ctx.store.search(query.trim(), { types, first });
    primeEntities(ctx, hits.map((hit) => hit.entity));
    return hits;
  }

  @Query(() => SearchConnection, { description: 'Entities whose name or alias matches, best first, as a Relay connection with each hit\'s score.' })
  async searchEntities(@Args() args: SearchConnectionArgs, @Ctx() ctx: GraphContext): Promise<SearchConnection> {
    const query = args.query.trim();
    const scope = cursorScope('search', query, args.types ? [...args.types].sort() : null);
    const hits = await ctx.store.search(query, { types: args.types, first: SEARCH_WINDOW });
    const page = keysetPage(hits, (hit) => ({ value: hit.score, id: hit.entity.id }), compareHits, storePage(args, scope));
    primeEntities(ctx, page.items.map((hit) => hit.entity));
    const cursors = page.keys.map((key) => encodeCursor(scope, key));
    return {
      edges: page.items.map((hit, i) => ({ cursor: cursors[i]!, score: hit.score, node: hit.entity })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: cursors[0] ?? null, endCursor: cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }
}
