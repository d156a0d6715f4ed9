/** A citation's report, loaded through the request's batching loader. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, Evidence } from '../../model';
import type { GraphContext } from '../context';
import { Citation } from '../types/citation.type';
import { Report } from '../types/report.type';

/** The citations of a record: one per source, with the paragraphs its evidence gives for it. */
export function citationsOf(sources: readonly string[], evidence: Evidence | undefined): Citation[] {
  return sources.map((reportId) => ({ reportId, paragraphs: [...(evidence?.[reportId] ?? [])] }));
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Report, { description: 'The report cited.' })
  async report(@Root() citation: Citation, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    const report = await ctx.loaders.entity.load(citation.reportId);
    if (!report) throw new Error(`a citation points at unknown report "${citation.reportId}"`);
    return report;
  }
}
