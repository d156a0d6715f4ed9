/** `export`: the graph, or a neighbourhood, as a file for Gephi, Cytoscape or Sigma.js. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { exportGraph, type GraphExportFile } from '../../export/export-graph';
import type { GraphContext } from '../context';
import { ExportArgs } from '../inputs/export.args';
import { GraphExport } from '../types/graph-export.type';

@Resolver()
export class ExportResolver {
  @Query(() => GraphExport, {
    name: 'export',
    nullable: true,
    description: 'The whole graph, or the neighbourhood of `center` (at most the neighbourhood node limit), as a file; null for an unknown centre.',
  })
  graphExport(@Args() { format, center, depth }: ExportArgs, @Ctx() ctx: GraphContext): Promise<GraphExportFile | null> {
    return exportGraph(ctx.store, { format, center: center ?? undefined, depth: depth ?? undefined }, ctx.limits.maxNeighborhoodNodes);
  }
}
