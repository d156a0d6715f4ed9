/**
 * Ingests one article against the known graph and returns the draft: the seven seed files (records
 * as seed/FORMAT.md has them, each unsure one with a `review` marker) and the dates found. Pure and
 * deterministic: the same article and graph give the same draft. No sentence of the article enters
 * it: names, dates, figures and paragraph numbers only; descriptions are left to the curator.
 */
import * as path from 'node:path';
import { ENTITY_ID_PREFIX, type EntityRecord } from '../model';
import { foldForMatching, mentions } from '../dataset/article-text';
import { foldName } from '../dataset/check-record-rules';
import { IngestError } from './errors';
import { findCandidates, type Candidate } from './find-candidates';
import { findDates } from './find-dates';
import { findMentions, type Mention } from './find-mentions';
import { findRelations } from './find-relations';
import { findStatements } from './find-statements';
import { findSpeakerStatements } from './find-speakers';
import { findActions } from './find-actions';
import { findEventVerbs, type VerbEvent } from './find-event-verbs';
import { placeNames } from './locate-names';
import { draftStatistics, figuresOf, type StatisticDraft } from './draft-statistics';
import { inferArticleDate, type ArticleDate } from './infer-article-date';
import type { KnownGraph } from './known-graph';
import type { NamedEntity } from './locate-names';
import type { Article } from './read-article';
import { resolvedDate, seedDate, type SeedDate } from './resolve-date';
import { sentencesOf } from './text-units';

export const PLACEHOLDER_DESCRIPTION = 'Draft record from the ingest assistant; the curator writes its description.';

export interface IngestOptions {
  readonly reportId?: string;
  /** The article's date when known (a partial date); otherwise it is inferred. */
  readonly published?: string;
}

export type SeedRecord = Record<string, unknown>;

export interface FoundDate {
  readonly paragraph: number;
  readonly date: SeedDate;
  /** The partial date it resolves to against the article's date. */
  readonly resolved: string;
  readonly basis: 'STATED' | 'RELATIVE';
}

export interface Draft {
  readonly reportId: string;
  readonly articleDate: ArticleDate;
  /** Records by seed file name (reports.json...). */
  readonly files: Readonly<Record<string, SeedRecord[]>>;
  readonly dates: readonly FoundDate[];
  readonly mentions: readonly Mention[];
  readonly candidates: readonly Candidate[];
}

export function ingestArticle(article: Article, known: KnownGraph, options: IngestOptions = {}): Draft {
  const reportId = options.reportId ?? `report/${slug(path.basename(article.file).replace(/\.[^.]*$/, ''))}`;
  const { paragraphs } = article;
  const sentences = sentencesOf(paragraphs);
  // Another article is a source in its own right (its sources stay empty), so it is never drafted as a mention.
  const entities = known.entities.filter((entity) => entity.id !== reportId && !(entity.type === 'Report' && entity.sourceFile !== undefined));

  const mentions = findMentions(paragraphs, entities);
  const nameKey = (name: string) => foldForMatching(name).trim();
  const knownNames = new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]).map(nameKey));
  const candidates = findCandidates(paragraphs, sentences, (name) => knownNames.has(nameKey(name)));

  const figures = figuresOf(sentences);
  const dateMentions = sentences.flatMap((sentence) => findDates(sentence.text).map((mention) => ({ sentence, mention })));
  const articleDate = inferArticleDate(
    {
      statedDates: dateMentions.flatMap(({ mention }) => (mention.value.kind === 'absolute' ? [mention.value.date] : [])),
      cumulativeFigures: figures.filter((f) => f.metric === 'CUMULATIVE_WITHDRAWALS' && f.figure.value !== undefined).map((f) => f.figure.value!),
    },
    known.statistics,
    options.published,
  );
  if (articleDate === undefined) {
    throw new IngestError('INGEST_UNDATED', article.file, 'gives no date the article can be dated from; give its date with --published YYYY[-MM[-DD]]');
  }
  const published = articleDate.date;

  const ids = new IdAllocator(known.entities.map((entity) => entity.id));
  const candidateIds = new Map(candidates.map((candidate) => [candidate, ids.allocate(candidate.type, candidate.name)]));
  const named: NamedEntity[] = [
    ...mentions.map((m) => ({ id: m.entity.id, type: m.entity.type, names: [m.entity.name, ...m.entity.aliases, ...m.newSpellings], ...('kind' in m.entity ? { kind: m.entity.kind } : {}) })),
    ...candidates.map((c) => ({ id: candidateIds.get(c)!, type: c.type, names: [c.name, ...c.aliases], ...(c.kind !== undefined ? { kind: c.kind } : {}) })),
  ];

  const files: Record<string, SeedRecord[]> = {
    'reports.json': [], 'people.json': [], 'organizations.json': [], 'places.json': [], 'events.json': [], 'relations.json': [], 'statistics.json': [],
  };
  const fileOf: Record<string, string> = { Report: 'reports.json', Person: 'people.json', Organization: 'organizations.json', Place: 'places.json', Event: 'events.json' };

  files['reports.json']!.push(articleRecord(article, reportId, articleDate));
  for (const mention of mentions) files[fileOf[mention.entity.type]!]!.push(mentionRecord(mention, reportId, speakersOf(mention.entity, known)));
  // A statement needs its speaker in the draft too: a speaker the article does not name comes without paragraphs.
  const mentioned = new Set(mentions.map((m) => m.entity.id));
  for (const speaker of [...new Set(mentions.flatMap((m) => speakersOf(m.entity, known)))].sort()) {
    const entity = known.entities.find((e) => e.id === speaker);
    if (entity === undefined || mentioned.has(speaker)) continue;
    mentioned.add(speaker);
    files[fileOf[entity.type]!]!.push(speakerRecord(entity, reportId));
  }
  const statementAuthors = new Map<Candidate, string[]>();
  for (const candidate of candidates) {
    const id = candidateIds.get(candidate)!;
    let authors: string[] = [];
    // A statement needs its speaker (seed/FORMAT.md): one the sentence does not name is left out.
    if (candidate.type === 'Report' && (candidate.kind === 'STATEMENT' || candidate.kind === 'DECLARATION')) {
      authors = speakerOfPhrase(candidate, sentences, named);
      if (authors.length === 0) continue;
      statementAuthors.set(candidate, authors);
    }
    files[fileOf[candidate.type]!]!.push({ ...candidateRecord(candidate, id, reportId, eventDate(candidate, sentences, reportId, published), paragraphs), ...(authors.length > 0 ? { authors } : {}) });
  }

  const knownKeys = new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]).map(nameKey));
  for (const statement of findStatements(sentences, named)) {
    if (knownKeys.has(nameKey(statement.name)) || candidates.some((c) => nameKey(c.name) === nameKey(statement.name))) continue;
    files['reports.json']!.push({
      id: ids.allocate('Report', statement.name),
      name: statement.name,
      description: PLACEHOLDER_DESCRIPTION,
      kind: statement.kind,
      ...(statement.authors.length > 0 ? { authors: statement.authors } : {}),
      sources: [{ report: reportId, paragraphs: statement.paragraphs }],
      review: `New ${statement.kind.toLowerCase()} candidate read from the phrase that reports it${statement.authors.length > 0 ? ', its speaker from the name before it' : ''}; give it a fuller name, its date and its speaker.`,
    });
  }

  // Speakers who say something the article reports, one statement each unless one is drafted already.
  const authoring = new Set([...files['reports.json']!.flatMap((record) => (record['authors'] as string[] | undefined) ?? [])]);
  for (const statement of findSpeakerStatements(sentences, named)) {
    if (statement.authors.some((author) => authoring.has(author)) || knownKeys.has(nameKey(statement.name))) continue;
    files['reports.json']!.push({
      id: ids.allocate('Report', statement.name),
      name: statement.name,
      description: PLACEHOLDER_DESCRIPTION,
      kind: statement.kind,
      authors: statement.authors,
      sources: [reportId],
      review: `New ${statement.kind.toLowerCase()} candidate: what its speaker says in paragraphs ${statement.paragraphs.join(', ')} (a verb of speech, "according to", or a pronoun read as the person named before it); give it a fuller name and its date, and check the speaker.`,
    });
  }

  // Events told as actions ("X quit Y", "X was arrested", "Z founded X"), with the entity each is about.
  const draftedNames = new Set(Object.values(files).flat().map((record) => nameKey(String(record['name'] ?? ''))));
  // ... and told with a verb that has a noun of its own ("cracked down on Y", "was banned"), about one or more entities.
  const verbEvents: VerbEvent[] = [...findActions(sentences, named).map((action) => ({ ...action, about: [action.about] })), ...findEventVerbs(sentences, named)];
  for (const action of verbEvents) {
    if (draftedNames.has(nameKey(action.name)) || knownKeys.has(nameKey(action.name))) continue;
    draftedNames.add(nameKey(action.name));
    const id = ids.allocate('Event', action.name);
    const dates = findDates(action.sentence.text).filter((d) => !['since', 'after', 'before', 'until'].includes(d.preposition));
    files['events.json']!.push({
      id,
      name: action.name,
      description: PLACEHOLDER_DESCRIPTION,
      kind: action.kind,
      ...(dates.length === 1 ? { startDate: seedDate(dates[0]!.value, reportId, published) } : {}),
      sources: [reportId],
      review: `New event candidate read from the verb frame "${action.pattern}" in paragraphs ${action.paragraphs.join(', ')}; the name is built from its parts, so check it, its kind and its date.`,
    });
    for (const about of action.about) {
      if (about.id === '') continue;
      const [from, to] = about.relation === 'PARTICIPATED_IN' || about.relation === 'ORGANIZED' ? [about.id, id] : [id, about.id];
      files['relations.json']!.push({
        type: about.relation,
        from,
        to,
        sources: [reportId],
        review: `Relation candidate read from the verb frame "${action.pattern}" in paragraphs ${action.paragraphs.join(', ')}; confirm both ends.`,
      });
    }
  }

  for (const relation of findRelations(sentences, named, reportId)) {
    files['relations.json']!.push({
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(relation.assertion ? { assertion: relation.assertion } : {}),
      sources: [relation.citeParagraphs ? { report: reportId, paragraphs: relation.paragraphs } : reportId],
      review: `Relation candidate read from sentence structure (${relation.pattern}) in paragraphs ${relation.paragraphs.join(', ')}; confirm the type and both ends.`,
    });
  }

  const statistics = draftStatistics(figures, sentences, paragraphs, named, reportId, published);
  const reportSlug = reportId.slice('report/'.length);
  statistics.forEach((statistic, index) => {
    files['statistics.json']!.push({
      id: `stat/${reportSlug}-figure-${index + 1}`,
      metric: statistic.metric,
      ...(statistic.value !== undefined ? { value: statistic.value } : { low: statistic.low, high: statistic.high }),
      unit: statistic.unit,
      qualifier: statistic.qualifier,
      asOf: statistic.asOf,
      subject: reportId,
      claimedBy: statistic.claimedBy,
      source: reportId,
      ...(statistic.citable ? { paragraphs: [statistic.paragraph] } : {}),
      review: [
        `Figure in paragraph ${statistic.paragraph}; metric and unit guessed from the words around it.`,
        `As-of date from ${statistic.asOfFrom === 'article' ? "the article's date (its sentence gives none)" : `the ${statistic.asOfFrom}`}.`,
        statistic.claimedBy === reportId ? 'No claimant named, so the article itself.' : 'Claimant read from "according to" or a verb of speech.',
        'The subject is the article until the curator picks the entity it is about.',
        statistic.citable ? '' : 'The paragraph writes it in a form the fidelity check cannot read, so it is not cited.',
      ].filter((line) => line !== '').join(' '),
    });
  });

  files['events.json']!.push(...milestones(statistics, known, files, reportId, ids));

  const dates: FoundDate[] = dateMentions.map(({ sentence, mention }) => {
    const date = seedDate(mention.value, reportId, published);
    return { paragraph: sentence.paragraph, date, resolved: resolvedDate(date, published), basis: typeof date === 'string' ? 'STATED' : 'RELATIVE' };
  });

  return { reportId, articleDate, files, dates, mentions, candidates };
}

function articleRecord(article: Article, reportId: string, date: ArticleDate): SeedRecord {
  const first = article.paragraphs[0] ?? '';
  // A headline is short and ends without a period; a first paragraph that is a sentence is not copied.
  const headline = first.length < 120 && !/[.”"?]$/.test(first) && !first.includes('\n');
  return {
    id: reportId,
    name: headline ? first : `Article ${path.basename(article.file)}`,
    description: PLACEHOLDER_DESCRIPTION,
    kind: 'NEWS_ARTICLE',
    publishedOn: date.date,
    ...(date.basis === 'INFERRED' ? { dateBasis: 'INFERRED', dateReasoning: date.reasoning } : {}),
    sourceFile: path.basename(article.file),
    paragraphCount: article.paragraphs.length,
    sources: [],
    review: headline ? 'The article: check its date and write its description.' : 'The article: its first paragraph is no headline, so give it a name; check its date and write its description.',
  };
}

/** A known entity the article mentions: its curated fields, this article as a new source, and any new spelling. */
/** The speakers of a known statement (its AUTHORED relations), which a statement record must list. */
function speakersOf(entity: EntityRecord, known: KnownGraph): string[] {
  if (entity.type !== 'Report' || entity.kind !== 'STATEMENT') return [];
  return known.relations.filter((r) => r.type === 'AUTHORED' && r.to === entity.id && known.entities.some((e) => e.id === r.from)).map((r) => r.from).sort();
}

function speakerRecord(entity: EntityRecord, reportId: string): SeedRecord {
  return {
    id: entity.id,
    name: entity.name,
    ...(entity.aliases.length > 0 ? { aliases: entity.aliases } : {}),
    description: entity.description,
    ...('kind' in entity ? { kind: entity.kind } : {}),
    sources: [reportId],
    review: 'Known entity the article does not name, drafted because it speaks in a statement the article mentions; keep it only if the article is a source for it.',
  };
}

function mentionRecord(mention: Mention, reportId: string, speakers: readonly string[]): SeedRecord {
  const entity: EntityRecord = mention.entity;
  const spellings = mention.newSpellings.filter((s) => ![entity.name, ...entity.aliases].some((n) => foldName(n) === foldName(s)));
  const aliases = [...entity.aliases, ...spellings];
  return {
    id: entity.id,
    name: entity.name,
    ...(aliases.length > 0 ? { aliases } : {}),
    description: entity.description,
    ...('kind' in entity ? { kind: entity.kind } : {}),
    ...(speakers.length > 0 ? { authors: speakers } : {}),
    sources: [{ report: reportId, paragraphs: mention.paragraphs }],
    review:
      spellings.length > 0
        ? `Known entity, found under a new spelling (${spellings.join(', ')}), added as an alias; confirm it is the same.`
        : 'Known entity, found by its name or an alias; merging adds this article to its sources.',
  };
}

function candidateRecord(candidate: Candidate, id: string, reportId: string, startDate: SeedDate | undefined, paragraphs: readonly string[]): SeedRecord {
  // Only paragraphs that name it as written are cited (the fidelity check reads them); a name built
  // from parts ("parade in Toronto") is cited without paragraphs.
  const cited = candidate.paragraphs.filter((n) => [candidate.name, ...candidate.aliases].some((name) => mentions(foldForMatching(paragraphs[n - 1] ?? ''), name)));
  return {
    id,
    name: candidate.name,
    ...(candidate.aliases.length > 0 ? { aliases: candidate.aliases } : {}),
    description: PLACEHOLDER_DESCRIPTION,
    ...(candidate.kind !== undefined ? { kind: candidate.kind } : {}),
    ...(startDate !== undefined ? { startDate } : {}),
    sources: [cited.length > 0 ? { report: reportId, paragraphs: cited } : reportId],
    review: `New ${candidate.type} candidate (confidence ${candidate.confidence.toFixed(2)}), typed by ${candidate.clues.join(', ')}; check the name, type and kind, and that the graph does not hold it under another name.`,
  };
}

/**
 * A round cumulative withdrawal figure is a milestone (the graph's MILESTONE events, named "<N> million
 * withdrawals"): a known one gains the article as a source, a new one is drafted, dated by the figure's
 * as-of date as a bound (reached by then). Cited without paragraphs: the text gives the figure, not the name.
 */
function milestones(statistics: readonly StatisticDraft[], known: KnownGraph, files: Record<string, SeedRecord[]>, reportId: string, ids: IdAllocator): SeedRecord[] {
  const records: SeedRecord[] = [];
  const drafted = new Set(Object.values(files).flat().map((record) => record['id']));
  const ordered = [...statistics].sort((a, b) => (a.asOfFrom === 'sentence' ? 0 : 1) - (b.asOfFrom === 'sentence' ? 0 : 1));
  for (const statistic of ordered) {
    const value = statistic.value;
    if (statistic.metric !== 'CUMULATIVE_WITHDRAWALS' || value === undefined || value < 1e7 || value % 1e7 !== 0) continue;
    const name = `${value / 1e6} million withdrawals`;
    const existing = known.entities.find((entity) => entity.type === 'Event' && foldForMatching(entity.name) === foldForMatching(name));
    if (existing !== undefined) {
      if (drafted.has(existing.id)) continue;
      drafted.add(existing.id);
      records.push({
        id: existing.id,
        name: existing.name,
        ...(existing.aliases.length > 0 ? { aliases: existing.aliases } : {}),
        description: existing.description,
        kind: (existing as { kind: string }).kind,
        sources: [reportId],
        review: `Known milestone: the article gives the cumulative figure of ${name} (paragraph ${statistic.paragraph}); merging adds this article to its sources.`,
      });
      continue;
    }
    const id = ids.allocate('Event', name);
    if (drafted.has(id) || records.some((record) => record['name'] === name)) continue;
    records.push({
      id,
      name,
      description: PLACEHOLDER_DESCRIPTION,
      kind: 'MILESTONE',
      startDate: statistic.asOf,
      dateBound: 'BY',
      sources: [reportId],
      review: `New milestone candidate from the cumulative figure in paragraph ${statistic.paragraph}, dated by the figure's as-of date; confirm it is a milestone the article marks.`,
    });
  }
  return records;
}

/** Who makes a statement drafted from its noun phrase ("a joint statement"): the actor named last before it in its sentence, else a person the sentence names. */
function speakerOfPhrase(candidate: Candidate, sentences: ReturnType<typeof sentencesOf>, named: readonly NamedEntity[]): string[] {
  const name = foldForMatching(candidate.name);
  const sentence = sentences.find((s) => candidate.paragraphs.includes(s.paragraph) && foldForMatching(s.text).includes(name));
  if (sentence === undefined) return [];
  const folded = foldForMatching(sentence.text);
  const at = folded.indexOf(name);
  const actors = placeNames(folded, named).filter((p) => p.entity.type === 'Person' || p.entity.type === 'Organization');
  const speaker = actors.filter((p) => p.end <= at).pop() ?? actors.find((p) => p.entity.type === 'Person');
  return speaker === undefined ? [] : [speaker.entity.id];
}

/** An event candidate's date: the one date of the sentence that first names it, when there is exactly one. */
function eventDate(candidate: Candidate, sentences: ReturnType<typeof sentencesOf>, reportId: string, published: string): SeedDate | undefined {
  if (candidate.type !== 'Event') return undefined;
  const name = foldForMatching(candidate.name);
  const sentence = sentences.find((s) => s.paragraph === candidate.paragraphs[0] && foldForMatching(s.text).includes(name));
  const dates = sentence === undefined ? [] : findDates(sentence.text).filter((d) => !['since', 'after', 'before', 'until'].includes(d.preposition));
  return dates.length === 1 ? seedDate(dates[0]!.value, reportId, published) : undefined;
}

export function slug(text: string): string {
  return foldForMatching(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

/** Ids for new entities: the slug of the name, never one the graph already uses. */
class IdAllocator {
  private readonly taken: Set<string>;
  constructor(existing: readonly string[]) {
    this.taken = new Set(existing);
  }
  allocate(type: keyof typeof ENTITY_ID_PREFIX, name: string): string {
    const base = `${ENTITY_ID_PREFIX[type]}/${slug(name)}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
