/**
 * The graph an article is ingested against: the entities already curated, with the names and
 * aliases they are found by, and the figures already known (used to date an article that gives no
 * year). For the evaluation, `withoutArticle` removes what only one article contributes.
 */
import type { Dataset, EntityRecord, RelationRecord, StatisticRecord } from '../model';
import { mentions } from '../dataset/article-text';
import { foldForMatching } from '../dataset/article-text';

export interface KnownGraph {
  readonly entities: readonly EntityRecord[];
  readonly statistics: readonly StatisticRecord[];
  readonly relations: readonly RelationRecord[];
}

export function knownGraphOf(dataset: Dataset): KnownGraph {
  return { entities: dataset.entities, statistics: dataset.statistics, relations: dataset.relations };
}

/**
 * The graph as it would be had `reportId` never been curated: entities drawn only from it (or only
 * from reports drawn only from it) are gone, its citations are dropped, and an alias survives only
 * when one of the other articles (`otherArticleTexts`) uses it, since an alias is a spelling some
 * source uses and the held-out article's own spellings must be found afresh.
 */
export function withoutArticle(graph: KnownGraph, reportId: string, otherArticleTexts: readonly string[]): KnownGraph {
  const removed = new Set([reportId]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const entity of graph.entities) {
      if (removed.has(entity.id)) continue;
      if (entity.sources.length > 0 && entity.sources.every((source) => removed.has(source))) {
        removed.add(entity.id);
        changed = true;
      }
    }
  }
  const others = otherArticleTexts.map(foldForMatching);
  const entities = graph.entities
    .filter((entity) => !removed.has(entity.id))
    .map((entity): EntityRecord => {
      const evidence = Object.fromEntries(Object.entries(entity.evidence ?? {}).filter(([report]) => report !== reportId));
      return {
        ...entity,
        sources: entity.sources.filter((source) => source !== reportId),
        evidence,
        aliases: entity.aliases.filter((alias) => others.some((text) => mentions(text, alias))),
      };
    });
  const statistics = graph.statistics.filter(
    (statistic) => ![statistic.source, statistic.subject, statistic.claimedBy, statistic.context].some((id) => id !== undefined && removed.has(id)),
  );
  const relations = graph.relations.filter((relation) => !removed.has(relation.from) && !removed.has(relation.to) && relation.sources.some((source) => source !== reportId));
  return { entities, statistics, relations };
}
