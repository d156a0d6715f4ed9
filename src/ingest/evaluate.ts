/**
 * Leave-one-article-out evaluation of the ingest assistant. For each article of the dataset, the graph
 * loses what only that article contributes (see withoutArticle), the article is ingested against
 * what remains, and the draft is compared with the curated records that cite the article:
 * - entities: a draft entity matches a curated one with the same id, or sharing a name or alias
 *   (case, accents, a leading "the" and a title such as "Mr." aside);
 * - figures: the same value (or the same low and high), one to one; of those, how many have the
 *   curated as-of date;
 * - dates: the distinct dates the draft reads from the text against the distinct dates of the curated
 *   records drawn from the article (event and relation dates, figures' as-of dates, report dates).
 * The ingest never sees the held-out article's curated records: only the reduced graph.
 */
import * as path from 'node:path';
import type { Dataset, EntityRecord, StatisticRecord } from '../model';
import { readFileSync } from 'node:fs';
import { validateSeedFiles } from '../dataset';
import { foldForMatching } from '../dataset/article-text';
import { ingestArticle } from './ingest-article';
import { knownGraphOf, withoutArticle } from './known-graph';
import { readArticleFile } from './read-article';

export interface Score {
  readonly found: number;
  readonly expected: number;
  readonly drafted: number;
  readonly correctDrafts: number;
}

export interface ArticleEvaluation {
  readonly reportId: string;
  readonly entities: Score;
  readonly figures: Score & { readonly asOfCorrect: number };
  readonly dates: Score;
  /** Problems seed:check would print for the draft (should be none). */
  readonly draftIssues: number;
  readonly missedEntities: readonly string[];
  readonly missedFigures: readonly string[];
  /** Draft entities that match no curated one, by name. */
  readonly unmatchedDrafts: readonly string[];
}

export function evaluateArticle(dataset: Dataset, articlesDir: string, reportId: string): ArticleEvaluation {
  const reports = dataset.entities.filter((e) => e.type === 'Report' && e.sourceFile !== undefined);
  const report = reports.find((r) => r.id === reportId);
  if (report === undefined || report.type !== 'Report') throw new Error(`${reportId} is not an article of the dataset`);
  const otherTexts = reports.filter((r) => r.id !== reportId).map((r) => readFileSync(path.join(articlesDir, (r as { sourceFile: string }).sourceFile), 'utf8'));
  const known = withoutArticle(knownGraphOf(dataset), reportId, otherTexts);
  const article = readArticleFile(path.join(articlesDir, report.sourceFile!));
  const draft = ingestArticle(article, known, { reportId });
  const validated = validateSeedFiles(draft.files, { draft: true, dir: path.join(articlesDir, '..', 'draft-of-' + reportId.slice(7)) });
  const drafted: Dataset = validated.ok ? validated.dataset : { entities: [], relations: [], statistics: [] };

  // Entities
  const gold = dataset.entities.filter((e) => e.id !== reportId && e.sources.includes(reportId));
  const draftEntities = drafted.entities.filter((e) => e.id !== reportId);
  const matches = (d: EntityRecord, g: EntityRecord) => d.id === g.id || namesOf(d).some((n) => namesOf(g).includes(n));
  const foundGold = gold.filter((g) => draftEntities.some((d) => matches(d, g)));
  const correctDrafts = draftEntities.filter((d) => gold.some((g) => matches(d, g)));

  // Figures, one to one
  const goldFigures = dataset.statistics.filter((s) => s.source === reportId);
  const draftFigures = [...drafted.statistics];
  let asOfCorrect = 0;
  const missedFigures: string[] = [];
  const used = new Set<StatisticRecord>();
  for (const g of goldFigures) {
    const candidates = draftFigures.filter((d) => !used.has(d) && sameFigure(d, g));
    const best = candidates.find((d) => d.asOf === g.asOf) ?? candidates[0];
    if (best === undefined) {
      missedFigures.push(`${g.id} (${g.value ?? `${g.low}-${g.high}`})`);
      continue;
    }
    used.add(best);
    if (best.asOf === g.asOf) asOfCorrect++;
  }

  // Dates
  const goldDates = new Set<string>();
  if (report.publishedOn) goldDates.add(report.publishedOn);
  for (const e of dataset.entities) {
    if (!e.sources.includes(reportId)) continue;
    if (e.type === 'Event') for (const d of [e.startDate, e.endDate]) if (d) goldDates.add(d);
    if (e.type === 'Report' && e.publishedOn) goldDates.add(e.publishedOn);
  }
  for (const r of dataset.relations) if (r.sources.includes(reportId)) for (const d of [r.startDate, r.endDate]) if (d) goldDates.add(d);
  for (const s of goldFigures) goldDates.add(s.asOf);
  const draftDates = new Set([draft.articleDate.date, ...draft.dates.map((d) => d.resolved)]);

  return {
    reportId,
    entities: { found: foundGold.length, expected: gold.length, drafted: draftEntities.length, correctDrafts: correctDrafts.length },
    figures: { found: used.size, expected: goldFigures.length, drafted: draftFigures.length, correctDrafts: used.size, asOfCorrect },
    dates: {
      found: [...goldDates].filter((d) => draftDates.has(d)).length,
      expected: goldDates.size,
      drafted: draftDates.size,
      correctDrafts: [...draftDates].filter((d) => goldDates.has(d)).length,
    },
    draftIssues: validated.ok ? 0 : validated.issues.length,
    missedEntities: gold.filter((g) => !foundGold.includes(g)).map((g) => g.id),
    missedFigures,
    unmatchedDrafts: draftEntities.filter((d) => !correctDrafts.includes(d)).map((d) => `${d.type} "${d.name}"`),
  };
}

/** Names as compared: folded, without a leading "the", a title, or a possessive. */
function namesOf(entity: EntityRecord): string[] {
  return [entity.name, ...entity.aliases].map((name) =>
    foldForMatching(name)
      .trim()
      .replace(/^the /, '')
      .replace(/^(?:mr|ms|mrs|dr)\.? /, '')
      .replace(/'s$/, ''),
  );
}

function sameFigure(a: StatisticRecord, b: StatisticRecord): boolean {
  const close = (x?: number, y?: number) => x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= Math.max(0.5, Math.abs(y) * 0.002));
  return a.value !== undefined ? close(a.value, b.value) : close(a.low, b.low) && close(a.high, b.high);
}

const percent = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

export function renderTable(rows: readonly ArticleEvaluation[]): string {
  const sum = (pick: (r: ArticleEvaluation) => number) => rows.reduce((t, r) => t + pick(r), 0);
  const total: ArticleEvaluation = {
    reportId: 'all five (pooled)',
    entities: { found: sum((r) => r.entities.found), expected: sum((r) => r.entities.expected), drafted: sum((r) => r.entities.drafted), correctDrafts: sum((r) => r.entities.correctDrafts) },
    figures: {
      found: sum((r) => r.figures.found), expected: sum((r) => r.figures.expected), drafted: sum((r) => r.figures.drafted), correctDrafts: sum((r) => r.figures.correctDrafts),
      asOfCorrect: sum((r) => r.figures.asOfCorrect),
    },
    dates: { found: sum((r) => r.dates.found), expected: sum((r) => r.dates.expected), drafted: sum((r) => r.dates.drafted), correctDrafts: sum((r) => r.dates.correctDrafts) },
    draftIssues: sum((r) => r.draftIssues),
    missedEntities: [],
    missedFigures: [],
    unmatchedDrafts: [],
  };
  const header = '| held-out article | entity recall | entity precision | figure recall | figure precision | as-of correct | date recall | date precision | draft issues |';
  const line = (r: ArticleEvaluation) =>
    `| ${r.reportId} | ${percent(r.entities.found, r.entities.expected)} (${r.entities.found}/${r.entities.expected}) | ${percent(r.entities.correctDrafts, r.entities.drafted)} (${r.entities.correctDrafts}/${r.entities.drafted}) ` +
    `| ${percent(r.figures.found, r.figures.expected)} (${r.figures.found}/${r.figures.expected}) | ${percent(r.figures.correctDrafts, r.figures.drafted)} (${r.figures.correctDrafts}/${r.figures.drafted}) ` +
    `| ${percent(r.figures.asOfCorrect, r.figures.found)} (${r.figures.asOfCorrect}/${r.figures.found}) | ${percent(r.dates.found, r.dates.expected)} (${r.dates.found}/${r.dates.expected}) ` +
    `| ${percent(r.dates.correctDrafts, r.dates.drafted)} (${r.dates.correctDrafts}/${r.dates.drafted}) | ${r.draftIssues} |`;
  return [header, '|---|---|---|---|---|---|---|---|---|', ...rows.map(line), line(total)].join('\n');
}
