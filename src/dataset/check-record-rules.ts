/**
 * Rules about one record as a whole, beyond its fields one by one: an alias that only repeats the
 * name, an end date without a start, a relation from an entity to itself, a report citing itself,
 * a report that is neither an article nor cited from one.
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

  if (record.spec.holds === 'Relation') {
    const from = textOf(values, 'from');
    if (from !== undefined && from === textOf(values, 'to')) report('to', `a relation must join two different entities; both ends are ${JSON.stringify(from)}`);
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
  }
}
