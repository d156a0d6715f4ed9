/** A relation's ends and sources: ids in the record, entities in the schema. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../model';
import type { GraphContext } from '../context';
import { loadEntities } from '../loaders/related';
import { Entity } from '../types/entity.interface';
import { Relation } from '../types/relation.type';
import { Report } from '../types/report.type';

/** A store that returns a relation whose end it does not hold is broken; say which. */
async function end(ctx: GraphContext, relation: RelationRecord, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`relation "${relation.id}" points at unknown entity "${id}"`);
  return entity;
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity)
  from(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return end(ctx, relation, relation.from);
  }

  @FieldResolver(() => Entity)
  to(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return end(ctx, relation, relation.to);
  }

  @FieldResolver(() => [Report], { description: 'The reports that state this relation.' })
  sources(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(ctx, relation.sources);
  }
}
