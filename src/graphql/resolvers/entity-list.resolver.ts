/** The five root lists as Relay connections over store.listEntities. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityRecord } from '../../model';
import type { EntityFilter, EntitySort, Page } from '../../store/port';
import type { GraphContext } from '../context';
import { BY_DATE, BY_NAME, EventsArgs, OrganizationsArgs, PeopleArgs, PlacesArgs, ReportsArgs } from '../inputs/entity-list.args';
import type { PageArgs } from '../inputs/page.args';
import { primeEntities } from '../loaders/related';
import { toConnection, type ConnectionShape } from '../types/connection.factory';
import { EventConnection, OrganizationConnection, PersonConnection, PlaceConnection, ReportConnection } from '../types/connections';

async function list(
  ctx: GraphContext,
  filter: EntityFilter,
  sort: EntitySort,
  { first, after }: PageArgs,
): Promise<ConnectionShape<EntityRecord>> {
  const page: Page<EntityRecord> = await ctx.store.listEntities(filter, sort, { first, after });
  primeEntities(ctx, page.items);
  return toConnection(page);
}

@Resolver()
export class EntityListResolver {
  @Query(() => PersonConnection)
  people(@Args() args: PeopleArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Person' }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Organization', ...args.filter }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => PlaceConnection)
  places(@Args() args: PlacesArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Place', ...args.filter }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => EventConnection, { description: 'Events, filtered by kind, date, place or participant.' })
  events(@Args() args: EventsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Event', ...args.filter }, args.orderBy ?? BY_DATE, args);
  }

  @Query(() => ReportConnection)
  reports(@Args() args: ReportsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Report', ...args.filter }, args.orderBy ?? BY_DATE, args);
  }
}
