/** The five root lists as Relay connections over store.listEntities. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityRecord } from '../../model';
import type { EntityFilter, EntitySort, Page } from '../../store/port';
import type { GraphContext } from '../context';
import { BY_DATE, BY_NAME, EventsArgs, OrganizationsArgs, PeopleArgs, PlacesArgs, ReportsArgs } from '../inputs/entity-list.args';
import type { PageArgs } from '../inputs/page.args';
import { primeEntities } from '../loaders/related';
import { cursorScope } from '../cursors';
import { storePage, toConnection, type ConnectionShape } from '../types/connection.factory';
import { EventConnection, OrganizationConnection, PersonConnection, PlaceConnection, ReportConnection } from '../types/connections';

async function list(ctx: GraphContext, filter: EntityFilter, sort: EntitySort, args: PageArgs): Promise<ConnectionShape<EntityRecord>> {
  // A cursor holds its item's key in this order, so it is good only in this order, over this filter.
  const scope = cursorScope('entities', filter, sort.field, sort.direction);
  const page: Page<EntityRecord> = await ctx.store.listEntities(filter, sort, storePage(args, scope));
  primeEntities(ctx, page.items);
  return toConnection(page, scope);
}

@Resolver()
export class EntityListResolver {
  @Query(() => PersonConnection, { description: 'People, by name unless ordered otherwise.' })
  people(@Args() args: PeopleArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Person' }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, filtered by kind, by name unless ordered otherwise.' })
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Organization', ...args.filter }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => PlaceConnection, { description: 'Places, filtered by kind, by name unless ordered otherwise.' })
  places(@Args() args: PlacesArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Place', ...args.filter }, args.orderBy ?? BY_NAME, args);
  }

  @Query(() => EventConnection, { description: 'Events, filtered by kind, date, place or participant.' })
  events(@Args() args: EventsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Event', ...args.filter }, args.orderBy ?? BY_DATE, args);
  }

  @Query(() => ReportConnection, { description: 'Reports, filtered by kind and publication date, by date unless ordered otherwise.' })
  reports(@Args() args: ReportsArgs, @Ctx() ctx: GraphContext) {
    return list(ctx, { type: 'Report', ...args.filter }, args.orderBy ?? BY_DATE, args);
  }
}
