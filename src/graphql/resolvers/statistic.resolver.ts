/** Figures as claims: the root `statistics` list and each figure's subject, claimant and source. */
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Int } from 'type-graphql';
import type { EntityRecord, StatisticRecord } from '../../model';
import type { GraphContext } from '../context';
import { StatisticsArgs } from '../inputs/statistics.args';
import { Entity } from '../types/entity.interface';
import { Report } from '../types/report.type';
import { Statistic } from '../types/statistic.type';

/** A statistic's source must exist (the dataset checks it); a missing one is a store fault. */
async function required(ctx: GraphContext, stat: StatisticRecord, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`statistic "${stat.id}" points at unknown entity "${id}"`);
  return entity;
}

@Resolver(() => Statistic)
export class StatisticResolver {
  @Query(() => [Statistic], { description: 'Figures in asOf order (earliest first); from/to filter on asOf.' })
  statistics(@Args() filter: StatisticsArgs, @Ctx() ctx: GraphContext): Promise<StatisticRecord[]> {
    return ctx.store.statistics({ metric: filter.metric, subjectId: filter.subjectId, claimedBy: filter.claimedBy, from: filter.from, to: filter.to });
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'What the figure is about.' })
  subject(@Root() stat: StatisticRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return ctx.loaders.entity.load(stat.subject);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'What narrows the figure, e.g. the parade at which it was counted.' })
  context(@Root() stat: StatisticRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return stat.context ? ctx.loaders.entity.load(stat.context) : Promise.resolve(null);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who makes the claim; the report itself when no one is named.' })
  claimedBy(@Root() stat: StatisticRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return ctx.loaders.entity.load(stat.claimedBy);
  }

  @FieldResolver(() => Report, { description: 'The report that states the figure.' })
  source(@Root() stat: StatisticRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return required(ctx, stat, stat.source);
  }

  @FieldResolver(() => [Int], { description: 'The paragraphs of the source (an article) that give the figure; empty when not recorded.' })
  paragraphs(@Root() stat: StatisticRecord): number[] {
    return [...(stat.paragraphs ?? [])];
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'For a RELATIVE asOf: the record whose date it was resolved from.' })
  asOfAnchor(@Root() stat: StatisticRecord, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return stat.asOfAnchor ? ctx.loaders.entity.load(stat.asOfAnchor) : Promise.resolve(null);
  }
}
