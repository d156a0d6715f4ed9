/**
 * Rules about one record as a whole, beyond its fields one by one: an alias that only repeats the
 * name, an end date without a start, an inferred date without its reasoning, a bound without a
 * date, a relation from an entity to itself or alleged without a claimant, a report citing itself,
 * a report that is neither an article nor cited from one, a statement without a speaker.
 */
import type { CheckedRecord } from './check-fields';
import { listOf, textOf } from './checked-values';
import { issueAt, type DatasetIssue } from './issue';

/** Case, accents and spacing do not make an alias a different name. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function checkRecordRules(raw: Readonly<Record<string, unknown>>, record: CheckedRecord, issues: DatasetIssue[]): void {
  const at = (field: string) => issueAt({ ...record.origin, field }, '');
  const report = (field: string, message: string) => issues.push({ ...at(field), message });
  const { values } = record;

  const name = textOf(values, 'name');
  const aliases = listOf(values, 'aliases') ?? [];
  for (const alias of aliases) {
    if (name !== undefined && foldName(alias) === foldName(name)) report('aliases', `alias ${JSON.stringify(alias)} only repeats the name; leave it out`);
  }

  for (const [startField, endField] of record.spec.dateRanges) {
    if (raw[endField] !== undefined && raw[startField] === undefined) {
      report(endField, `an end date needs a start date: give "${startField}" too (the same date, if only one day is known)`);
    }
  }

  for (const basisField of ['dateBasis', 'asOfBasis']) {
    if (raw[basisField] === 'INFERRED' && raw['dateReasoning'] === undefined) {
      report('dateReasoning', `an INFERRED date needs its reasoning: say in "dateReasoning" how it was worked out`);
    }
  }
  if (raw['dateBound'] !== undefined && raw['startDate'] === undefined) report('dateBound', 'a date bound needs the date it bounds ("startDate")');

  if (record.spec.holds === 'Relation') {
    const from = textOf(values, 'from');
    if (from !== undefined && from === textOf(values, 'to')) report('to', `a relation must join two different entities; both ends are ${JSON.stringify(from)}`);
    if (raw['assertion'] === 'ALLEGED' && raw['claimedBy'] === undefined) {
      report('claimedBy', 'an ALLEGED relation must name who asserts it ("claimedBy"): a person, an organization, or the report itself');
    }
  }

  if (record.spec.holds === 'Report') {
    const sources = listOf(values, 'sources');
    const isArticle = textOf(values, 'sourceFile') !== undefined;
    if (isArticle && sources !== undefined && sources.length > 0) {
      report('sources', 'an article (with "sourceFile") is a source itself; its "sources" must be empty');
    } else if (record.id !== undefined && sources?.includes(record.id)) {
      report('sources', 'a report cannot be its own source; list the reports that mention it');
    } else if (!isArticle && sources !== undefined && sources.length === 0) {
      report('sources', 'must list at least one report that mentions this one (only an article, with "sourceFile", has none)');
    }
    if (raw['paragraphCount'] !== undefined && !isArticle) report('paragraphCount', 'only an article (with "sourceFile") has paragraphs to count');
    if (isArticle && raw['paragraphCount'] === undefined) report('paragraphCount', 'an article needs its paragraph count, so that citations of its paragraphs can be checked');
    const speakers = listOf(values, 'authors') ?? [];
    if (raw['kind'] === 'STATEMENT' && raw['authors'] !== undefined && speakers.length === 0) report('authors', 'a statement needs its speaker: list who made it');
    if (raw['kind'] === 'STATEMENT' && raw['authors'] === undefined) report('authors', 'a statement needs its speaker: list who made it in "authors"');
  }
}
