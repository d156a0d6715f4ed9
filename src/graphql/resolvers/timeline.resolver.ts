import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { EventRecord } from '../../model';
import type { GraphContext } from '../context';
import { TimelineArgs } from '../inputs/timeline.args';
import { primeEntities } from '../loaders/related';
import { toConnection, type ConnectionShape } from '../types/connection.factory';
import { EventConnection } from '../types/connections';

@Resolver()
export class TimelineResolver {
  @Query(() => EventConnection, { description: 'Dated events in date order (earliest day of the start, then id).' })
  async timeline(@Args() { from, to, kinds, first, after }: TimelineArgs, @Ctx() ctx: GraphContext): Promise<ConnectionShape<EventRecord>> {
    const page = await ctx.store.timeline({ from, to, kinds, page: { first, after } });
    primeEntities(ctx, page.items);
    return toConnection(page);
  }
}
