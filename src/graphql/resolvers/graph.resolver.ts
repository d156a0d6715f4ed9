/** Graph-shaped questions: the neighbourhood of an entity, shortest paths, and counts. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../model';
import type { GraphCounts, Path as StorePath, Subgraph as StoreSubgraph } from '../../store/port';
import type { GraphContext } from '../context';
import { GraphStatsArgs, NeighborhoodArgs, ShortestPathArgs, ShortestPathsArgs } from '../inputs/graph.args';
import { primeEntities } from '../loaders/related';
import { GraphStats } from '../types/graph-stats.type';
import { Path } from '../types/path.type';
import { Subgraph } from '../types/subgraph.type';

/** `Event:PARADE` -> { type: Event, kind: PARADE }; keys of types the model does not know are dropped. */
function splitKindKeys(byKind: GraphCounts['byKind']) {
  return byKind.flatMap(({ key, count }) => {
    const [type, kind] = key.split(':');
    return ENTITY_TYPES.includes(type as EntityType) && kind ? [{ type: type as EntityType, kind, count }] : [];
  });
}

function pathOf(ctx: GraphContext, path: StorePath) {
  primeEntities(ctx, path.nodes);
  return { length: path.edges.length, nodes: path.nodes, edges: path.edges };
}

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, { nullable: true, description: 'Entities within `depth` relations of an entity; null for an unknown id.' })
  async neighborhood(@Args() { id, depth, relationTypes, limit }: NeighborhoodArgs, @Ctx() ctx: GraphContext): Promise<StoreSubgraph | null> {
    const subgraph = await ctx.store.neighborhood(id, { depth, relationTypes, limit });
    if (subgraph) primeEntities(ctx, subgraph.nodes);
    return subgraph;
  }

  @Query(() => Path, {
    nullable: true,
    description: 'A shortest path ignoring direction, avoiding the entities in `avoid`; null when there is none within maxLength. The first of `shortestPaths`.',
  })
  async shortestPath(@Args() { fromId, toId, maxLength, relationTypes, avoid }: ShortestPathArgs, @Ctx() ctx: GraphContext) {
    const path: StorePath | null = await ctx.store.shortestPath(fromId, toId, { maxLength, relationTypes, avoid });
    return path && pathOf(ctx, path);
  }

  @Query(() => [Path], {
    description:
      'The shortest paths ignoring direction, avoiding the entities in `avoid`: all of the least length, one per chain of entities, ' +
      'ordered by their entity ids read from the start, the first `first` of them; empty when there is none within maxLength.',
  })
  async shortestPaths(@Args() { fromId, toId, maxLength, relationTypes, avoid, first }: ShortestPathsArgs, @Ctx() ctx: GraphContext) {
    const paths = await ctx.store.shortestPaths(fromId, toId, { maxLength, relationTypes, avoid, limit: first });
    return paths.map((path) => pathOf(ctx, path));
  }

  @Query(() => GraphStats, { description: 'Counts by type, kind and relation type, and the most connected entities.' })
  async graphStats(@Args() { mostConnected }: GraphStatsArgs, @Ctx() ctx: GraphContext) {
    const [counts, version] = await Promise.all([ctx.store.counts(mostConnected), ctx.store.version()]);
    return {
      ...counts,
      version,
      byType: counts.byType.map(({ key, count }) => ({ type: key as EntityType, count })),
      byKind: splitKindKeys(counts.byKind),
      byRelationType: counts.byRelationType.map(({ key, count }) => ({ type: key as RelationType, count })),
    };
  }
}
