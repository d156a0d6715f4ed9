/** The fields every entity shares, resolved once for the Entity interface and batched per request. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../model';
import type { GraphContext } from '../context';
import { RelationsArgs } from '../inputs/relations.args';
import { loadEntities } from '../loaders/related';
import { cursorScope } from '../cursors';
import { storePage, toConnection, type ConnectionShape } from '../types/connection.factory';
import { RelationConnection } from '../types/connections';
import { Relation } from '../types/relation.type';
import { Citation } from '../types/citation.type';
import { Entity } from '../types/entity.interface';
import { Report } from '../types/report.type';
import { citationsOf } from './citation.resolver';

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Report], { description: 'The reports this entity is drawn from.' })
  sources(@Root() entity: EntityRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(ctx, entity.sources);
  }

  @FieldResolver(() => [Citation], { description: 'The reports this entity is drawn from, with the paragraphs where the articles mention it.' })
  citations(@Root() entity: EntityRecord): Citation[] {
    return citationsOf(entity.sources, entity.evidence);
  }

  @FieldResolver(() => [Relation], { description: 'The relations this entity asserts as claimant (its claims), by id; see also statistics(claimedBy:).' })
  async claims(@Root() entity: EntityRecord, @Ctx() ctx: GraphContext): Promise<RelationRecord[]> {
    return ctx.loaders.claims.load(entity.id);
  }

  @FieldResolver(() => RelationConnection, { description: 'This entity\'s relations, by type then id.' })
  async relations(
    @Root() entity: EntityRecord,
    @Args() args: RelationsArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<ConnectionShape<RelationRecord>> {
    const { types, direction } = args;
    const scope = cursorScope('relations', entity.id, direction, types ? [...types].sort() : null);
    const page = await ctx.loaders.relationsOf.load({ entityId: entity.id, types, direction, page: storePage(args, scope) });
    return toConnection(page, scope);
  }
}
