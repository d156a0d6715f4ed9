/**
 * The fidelity check: every paragraph a record cites says what the record says. An entity's
 * paragraphs mention it by name or alias, a relation's paragraphs mention both its ends, a
 * statistic's paragraphs give its figure; and each article's paragraphCount matches its text.
 *
 * Events alone may be mentioned another way, since most bear names of our own making ("Chen Yonglin
 * publicly leaves the party") that no article writes: a paragraph mentions an event when it names the
 * event or one of the entities the event involves (event-involvement.ts) by a relation that cites the
 * same article. In a relation's own check the event is not vouched for by that relation itself, so
 * "X PARTICIPATED_IN E" needs a paragraph naming X and E, or X and another participant, target, place...
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { foldForMatching, mentions, readArticle } from './article-text';
import { eventInvolvements } from './event-involvement';

import { givesFigure } from './figures-in-text';
import type { Dataset, EntityRecord, ReportRecord } from '../model';

export interface FidelityReport {
  /** One line per failing citation, naming the record, the report and the paragraph. */
  readonly failures: readonly string[];
  /** How many (record, report, paragraph) citations were checked. */
  readonly checked: number;
}

/** The failures of one dataset, as lines naming the record, the report and the paragraph. */
export function checkFidelity(dataset: Dataset, articlesDir: string): FidelityReport {
  let checked = 0;
  const failures: string[] = [];
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const articles = new Map<string, string[]>();
  const articleReports = dataset.entities.filter((entity) => entity.type === 'Report' && entity.sourceFile !== undefined) as ReportRecord[];
  // A dataset none of whose articles is in the directory belongs to another corpus (a test fixture): nothing to read.
  const present = articleReports.filter((report) => existsSync(path.join(articlesDir, report.sourceFile!)));
  if (present.length === 0) return { failures: [], checked: 0 };
  for (const report of articleReports) {
    if (!present.includes(report)) {
      failures.push(`${report.id}: its file ${report.sourceFile} is not among the article texts in ${articlesDir}`);
      continue;
    }
    const paragraphs = readArticle(articlesDir, report.sourceFile!).map(foldForMatching);
    articles.set(report.id, paragraphs);
    if (report.paragraphCount !== paragraphs.length) {
      failures.push(`${report.id}: paragraphCount is ${report.paragraphCount}, but ${report.sourceFile} has ${paragraphs.length} paragraphs`);
    }
  }
  const paragraphText = (report: string, n: number) => articles.get(report)?.[n - 1];
  const mentioned = mentionTest(dataset);

  for (const entity of dataset.entities) {
    for (const [report, numbers] of Object.entries(entity.evidence ?? {})) {
      for (const n of numbers) {
        const text = paragraphText(report, n);
        checked++;
        if (text !== undefined && !mentioned(text, entity.id, report)) {
          const involved = entity.type === 'Event' ? ' nor an entity the event involves' : '';
          failures.push(`${entity.id}: paragraph ${n} of ${report} mentions neither "${entity.name}" nor an alias${involved}`);
        }
      }
    }
  }
  for (const relation of dataset.relations) {
    for (const [report, numbers] of Object.entries(relation.evidence ?? {})) {
      checked += numbers.length;
      const texts = numbers.map((n) => paragraphText(report, n)).filter((text): text is string => text !== undefined);
      for (const end of [relation.from, relation.to]) {
        const entity = entities.get(end)!;
        if (!texts.some((text) => mentioned(text, end, report, relation.id))) {
          failures.push(`${relation.id}: paragraphs ${numbers.join(', ')} of ${report} never mention ${end} ("${entity.name}" or an alias${entity.type === 'Event' ? ', nor an entity the event involves' : ''})`);
        }
      }
    }
  }
  for (const statistic of dataset.statistics) {
    const figures = [statistic.value, statistic.low, statistic.high].filter((figure): figure is number => figure !== undefined);
    for (const n of statistic.paragraphs ?? []) {
      const text = paragraphText(statistic.source, n);
      checked++;
      if (text === undefined) continue;
      for (const figure of figures) {
        if (!givesFigure(text, figure)) failures.push(`${statistic.id}: paragraph ${n} of ${statistic.source} does not give the figure ${figure}`);
      }
    }
  }
  return { failures, checked };
}


/**
 * Whether a folded paragraph of `report` mentions entity `id` by name or alias; an event also through
 * an entity it involves by a relation citing `report`, other than `except` (the relation being checked).
 */
export function mentionTest(dataset: Dataset): (text: string, id: string, report: string, except?: string) => boolean {
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const involvements = eventInvolvements(dataset.relations);
  const named = (text: string, id: string) => {
    const entity = entities.get(id);
    return entity !== undefined && [entity.name, ...entity.aliases].some((name) => mentions(text, name));
  };
  return (text, id, report, except) =>
    named(text, id) ||
    (involvements.get(id) ?? []).some((link) => link.relation !== except && link.sources.includes(report) && named(text, link.entity));
}
