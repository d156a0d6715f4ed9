import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, ReportRecord } from '../../model';
import type { GraphContext } from '../context';
import { loadRelated } from '../loaders/related';
import { Entity } from '../types/entity.interface';
import { Organization } from '../types/organization.type';
import { Report } from '../types/report.type';

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'For a RELATIVE date: the record whose date it was resolved from.' })
  dateAnchor(@Root() record: ReportRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return record.dateAnchor ? ctx.loaders.entity.load(record.dateAnchor) : Promise.resolve(null);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that published the report.' })
  async publisher(@Root() report: ReportRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    const [publisher] = await loadRelated(ctx, report.id, ['PUBLISHED'], 'IN');
    return publisher ?? null;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The first author (a person or an organization).' })
  async author(@Root() report: ReportRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    const [author] = await loadRelated(ctx, report.id, ['AUTHORED'], 'IN');
    return author ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'Every author, people and organizations.' })
  authors(@Root() report: ReportRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadRelated(ctx, report.id, ['AUTHORED'], 'IN');
  }

  @FieldResolver(() => [Report], { description: 'The reports this report cites.' })
  cites(@Root() report: ReportRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    return loadRelated(ctx, report.id, ['CITES'], 'OUT');
  }
}
