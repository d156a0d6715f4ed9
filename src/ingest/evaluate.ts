/**
 * Leave-one-article-out evaluation of the ingest assistant. For each article of the dataset, the graph
 * loses what only that article contributes (see withoutArticle), the article is ingested against
 * what remains, and the draft is compared with the curated records that cite the article:
 * - entities: a draft entity matches a curated one with the same id, or sharing a name or alias
 *   (case, accents, a leading "the" and a title such as "Mr." aside). Described entities (events,
 *   statements, unnamed groups) rarely share a curated name word for word, so the drafts and curated
 *   entities that this leaves unmatched are then paired one to one (`describedMatches`, off with
 *   `{ described: false }`) when they have the same type and either
 *   (a) the draft's name has at least two content words and every one of them is in one curated name
 *       or alias ("police officers" and "Police officers in Guangzhou"; words folded, "the", "of"
 *       and the like left out, a plural "s" aside), or
 *   (b) they are about the same entity: an event of the same kind with the same participant, target
 *       or subject (PARTICIPATED_IN, ORGANIZED, CARRIED_OUT, TARGETED, ABOUT), or a report (not an
 *       article) with the same author; "the same" is the entity match of the first rule.
 *   Both rules are symmetric (one pairing counts once for recall and once for precision);
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

export interface EvaluateOptions {
  /** Pair described entities left unmatched by name (see the header); true by default. */
  readonly described?: boolean;
}

export function evaluateArticle(dataset: Dataset, articlesDir: string, reportId: string, options: EvaluateOptions = {}): ArticleEvaluation {
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
  const paired = options.described === false ? [] : describedMatches(drafted, dataset, draftEntities, gold, matches);
  const foundGold = gold.filter((g) => draftEntities.some((d) => matches(d, g)) || paired.some(([, pg]) => pg === g));
  const correctDrafts = draftEntities.filter((d) => gold.some((g) => matches(d, g)) || paired.some(([pd]) => pd === d));

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

/**
 * The second, one-to-one pairing of drafts and curated entities that share no name (see the header):
 * by content words, then by the entity they are about. Deterministic: curated entities in dataset
 * order, each taking the first free draft (in draft order) that qualifies, one of the same kind first.
 */
function describedMatches(
  drafted: Dataset,
  dataset: Dataset,
  drafts: readonly EntityRecord[],
  gold: readonly EntityRecord[],
  matches: (d: EntityRecord, g: EntityRecord) => boolean,
): [EntityRecord, EntityRecord][] {
  const freeDrafts = drafts.filter((d) => !gold.some((g) => matches(d, g)));
  const freeGold = gold.filter((g) => !drafts.some((d) => matches(d, g)));
  const draftById = new Map(drafted.entities.map((e) => [e.id, e]));
  const goldById = new Map(dataset.entities.map((e) => [e.id, e]));
  const same = (draftId: string, goldId: string) => {
    if (draftId === goldId) return true;
    const d = draftById.get(draftId);
    const g = goldById.get(goldId);
    return d !== undefined && g !== undefined && namesOf(d).some((n) => namesOf(g).includes(n));
  };
  const kindOf = (e: EntityRecord) => ('kind' in e ? e.kind : undefined);
  const byWords = (d: EntityRecord, g: EntityRecord) => {
    const words = contentWords(d.name);
    return words.length >= 2 && [g.name, ...g.aliases].some((name) => {
      const target = new Set(contentWords(name));
      return words.every((w) => target.has(w));
    });
  };
  const byAbout = (d: EntityRecord, g: EntityRecord) => {
    if (d.type === 'Event' && kindOf(d) !== kindOf(g)) return false;
    if (d.type === 'Report' && (('sourceFile' in d && d.sourceFile) || ('sourceFile' in g && g.sourceFile))) return false;
    if (d.type !== 'Event' && d.type !== 'Report') return false;
    const ours = aboutOf(d, drafted);
    const theirs = aboutOf(g, dataset);
    return ours.some((a) => theirs.some((b) => same(a, b)));
  };
  const pairs: [EntityRecord, EntityRecord][] = [];
  const taken = new Set<EntityRecord>();
  for (const rule of [byWords, byAbout]) {
    for (const g of freeGold) {
      if (pairs.some(([, pg]) => pg === g)) continue;
      const options = freeDrafts.filter((d) => !taken.has(d) && d.type === g.type && rule(d, g));
      const pick = options.find((d) => kindOf(d) === kindOf(g)) ?? options[0];
      if (pick === undefined) continue;
      taken.add(pick);
      pairs.push([pick, g]);
    }
  }
  return pairs;
}

/** What an event or report is about, as entity ids: participants, targets and subjects; a report's authors and publisher. */
function aboutOf(entity: EntityRecord, dataset: Dataset): string[] {
  const ids: string[] = [];
  for (const r of dataset.relations) {
    // A report's authors and publisher are AUTHORED and PUBLISHED relations once the dataset is read.
    if (r.to === entity.id && ['PARTICIPATED_IN', 'ORGANIZED', 'CARRIED_OUT', 'AUTHORED', 'PUBLISHED'].includes(r.type)) ids.push(r.from);
    if (r.from === entity.id && ['TARGETED', 'ABOUT'].includes(r.type) && entity.type === 'Event') ids.push(r.to);
  }
  return ids;
}

const MINOR_WORDS = new Set('the a an of in on at for to and by from with its his her their'.split(' '));

/** A name's content words: folded, possessives and a plural "s" aside, without minor words. */
function contentWords(name: string): string[] {
  return foldForMatching(name)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !MINOR_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
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
