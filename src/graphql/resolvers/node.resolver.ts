/** `node` and `entity`: fetch anything by its global id; an unknown id gives null, not an error. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { isEntityId, isStatisticId, type EntityRecord } from '../../model';
import type { GraphContext } from '../context';
import { EntityArgs, NodeArgs, NodesArgs } from '../inputs/node.args';
import { Entity } from '../types/entity.interface';
import { Node, type NodeRecord } from '../types/node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'An entity, relation or statistic by id.' })
  node(@Args() { id }: NodeArgs, @Ctx() ctx: GraphContext): Promise<NodeRecord | null> {
    if (isEntityId(id)) return ctx.loaders.entity.load(id);
    if (isStatisticId(id)) return ctx.loaders.statistic.load(id);
    return ctx.loaders.relation.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Entities, relations and statistics by id, in the order asked; null where an id is unknown (Relay).' })
  nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: GraphContext): Promise<(NodeRecord | null)[]> {
    return Promise.all(ids.map((id) => this.node({ id }, ctx)));
  }

  @Query(() => Entity, { nullable: true, description: 'A person, organization, event, place or report by id.' })
  entity(@Args() { id }: EntityArgs, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return ctx.loaders.entity.load(id);
  }
}
