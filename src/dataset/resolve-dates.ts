/**
 * Resolves the dates given relative to another record ("last year", "August 3", "last week" against
 * an article's date): each becomes a plain partial date, its basis RELATIVE and its anchor recorded,
 * so that changing an article's date moves every date resolved from it. Anchors may themselves be
 * relative; a chain that comes back on itself, or ends at a record without a date, is an issue.
 */
import { shiftPartialDate } from '../model';
import { checkDateRanges, type CheckedRecord } from './check-fields';
import type { CheckedValue, RelativeDate } from './field-rules';
import { issueAt, type DatasetIssue } from './issue';

/** The field holding the date an anchor lends: a report's publication, an event's start. */
const ANCHOR_FIELD: Readonly<Record<string, string>> = { Report: 'publishedOn', Event: 'startDate' };
/** Where a record keeps the basis and anchor of a resolved date, by the date field. */
const BASIS_FIELDS: Readonly<Record<string, { basis: string; anchor: string }>> = {
  asOf: { basis: 'asOfBasis', anchor: 'asOfAnchor' },
  periodStart: { basis: 'asOfBasis', anchor: 'asOfAnchor' },
  periodEnd: { basis: 'asOfBasis', anchor: 'asOfAnchor' },
};
const DEFAULT_BASIS_FIELDS = { basis: 'dateBasis', anchor: 'dateAnchor' };

export function resolveRelativeDates(checked: readonly CheckedRecord[], issues: DatasetIssue[]): void {
  const byId = new Map(checked.filter((record) => record.id !== undefined).map((record) => [record.id!, record]));
  const resolving = new Set<string>();

  /** The date of `field` on `record`, resolving it first if it is relative; undefined when it has none. */
  const dateOf = (record: CheckedRecord, field: string): string | undefined => {
    const relative = record.facts.relativeDates.get(field);
    if (relative !== undefined) resolve(record, field, relative);
    const value = record.values.get(field);
    return typeof value === 'string' ? value : undefined;
  };

  const resolve = (record: CheckedRecord, field: string, relative: RelativeDate): void => {
    const key = `${record.id ?? record.index}#${field}`;
    if (record.values.has(field) || resolving.has(key)) {
      if (resolving.has(key)) issues.push(issueAt({ ...record.origin, field }, `relative dates form a loop through ${JSON.stringify(relative.relativeTo)}`));
      return;
    }
    resolving.add(key);
    try {
      const anchor = byId.get(relative.relativeTo);
      // An unknown id is reported by the reference check; nothing more to say here.
      if (anchor === undefined) return;
      const anchorField = ANCHOR_FIELD[anchor.spec.holds];
      const anchorDate = anchorField === undefined ? undefined : dateOf(anchor, anchorField);
      if (anchorDate === undefined) {
        issues.push(issueAt({ ...record.origin, field }, `its anchor ${JSON.stringify(relative.relativeTo)} has no date to resolve it from${anchorField ? ` (no ${anchorField})` : ''}`));
        return;
      }
      let resolved: string;
      try {
        resolved = shiftPartialDate(anchorDate, relative);
      } catch (error) {
        issues.push(issueAt({ ...record.origin, field }, `resolved against ${relative.relativeTo} (${anchorDate}) it gives no valid date: ${(error as Error).message}`));
        return;
      }
      const values = record.values as Map<string, CheckedValue>;
      values.set(field, resolved);
      const { basis, anchor: anchorKey } = BASIS_FIELDS[field] ?? DEFAULT_BASIS_FIELDS;
      const stated = values.get(basis);
      if (stated !== undefined && stated !== 'RELATIVE') {
        issues.push(issueAt({ ...record.origin, field: basis }, `is ${JSON.stringify(stated)}, but ${field} is given relative to ${relative.relativeTo}; leave it out or make it RELATIVE`));
      }
      values.set(basis, 'RELATIVE');
      if (!values.has(anchorKey)) values.set(anchorKey, relative.relativeTo);
    } finally {
      resolving.delete(key);
    }
  };

  for (const record of checked) {
    if (record.facts.relativeDates.size === 0) continue;
    for (const [field, relative] of record.facts.relativeDates) resolve(record, field, relative);
    // Ranges with a relative end were not checked when the record was read.
    const relativeRanges = record.spec.dateRanges.filter((pair) => pair.some((field) => record.facts.relativeDates.has(field)));
    checkDateRanges({ ...record.spec, dateRanges: relativeRanges }, record.values, record.origin, issues);
  }
}
