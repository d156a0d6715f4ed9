import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { EventRecord } from '../../model';
import type { GraphContext } from '../context';
import { TimelineArgs } from '../inputs/timeline.args';
import { primeEntities } from '../loaders/related';
import { cursorScope } from '../cursors';
import { storePage, toConnection, type ConnectionShape } from '../types/connection.factory';
import { EventConnection } from '../types/connections';

@Resolver()
export class TimelineResolver {
  @Query(() => EventConnection, { description: 'Dated events in date order (earliest day of the start, then id).' })
  async timeline(@Args() args: TimelineArgs, @Ctx() ctx: GraphContext): Promise<ConnectionShape<EventRecord>> {
    const { from, to, kinds } = args;
    const scope = cursorScope('timeline', from ?? null, to ?? null, kinds ? [...kinds].sort() : null);
    const page = await ctx.store.timeline({ from, to, kinds, page: storePage(args, scope) });
    primeEntities(ctx, page.items);
    return toConnection(page, scope);
  }
}
