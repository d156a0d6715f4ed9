import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { SearchHit as Hit } from '../../store/port';
import type { GraphContext } from '../context';
import { SearchArgs } from '../inputs/search.args';
import { primeEntities } from '../loaders/related';
import { SearchHit } from '../types/search-hit.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Entities whose name or alias matches, best first.' })
  async search(@Args() { query, types, first }: SearchArgs, @Ctx() ctx: GraphContext): Promise<Hit[]> {
    const hits = await ctx.store.search(query.trim(), { types, first });
    primeEntities(ctx, hits.map((hit) => hit.entity));
    return hits;
  }
}
