/** A relation's ends and sources: ids in the record, entities in the schema. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Assertion, EntityRecord, RelationRecord } from '../../model';
import type { GraphContext } from '../context';
import { AssertionEnum } from '../enums/kind.enums';
import { loadEntities } from '../loaders/related';
import { Citation } from '../types/citation.type';
import { Entity } from '../types/entity.interface';
import { citationsOf } from './citation.resolver';
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
  @FieldResolver(() => Entity, { description: 'The entity the relation starts at (the member, the organizer...).' })
  from(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return end(ctx, relation, relation.from);
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation points to (the organization, the event...).' })
  to(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return end(ctx, relation, relation.to);
  }

  @FieldResolver(() => [Report], { description: 'The reports that state this relation.' })
  sources(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(ctx, relation.sources);
  }

  @FieldResolver(() => [Citation], { description: 'The reports that state this relation, with the paragraphs where they do.' })
  citations(@Root() relation: RelationRecord): Citation[] {
    return citationsOf(relation.sources, relation.evidence);
  }

  @FieldResolver(() => AssertionEnum, { description: 'How firmly the sources assert it: STATED, ALLEGED (see claimedBy) or INTENDED.' })
  assertion(@Root() relation: RelationRecord): Assertion {
    return relation.assertion ?? 'STATED';
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who asserts this relation, when the sources attribute it to someone; always given for ALLEGED.' })
  claimedBy(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return relation.claimedBy ? ctx.loaders.entity.load(relation.claimedBy) : Promise.resolve(null);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'For a RELATIVE date: the record whose date it was resolved from.' })
  dateAnchor(@Root() relation: RelationRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return relation.dateAnchor ? ctx.loaders.entity.load(relation.dateAnchor) : Promise.resolve(null);
  }
}
