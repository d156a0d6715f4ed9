/**
 * A figure cannot be "as of" a day after the report that gives it was published: that is a typo
 * in the year, or a figure sourced to the wrong report.
 */
import { dayRange } from '../model';
import type { CheckedRecord } from './check-fields';
import { textOf } from './checked-values';
import { issueAt, type DatasetIssue } from './issue';

export function checkStatisticDates(checked: readonly CheckedRecord[], issues: DatasetIssue[]): void {
  const published = new Map<string, string>();
  for (const record of checked) {
    const date = record.spec.holds === 'Report' && record.id !== undefined ? textOf(record.values, 'publishedOn') : undefined;
    if (date !== undefined) published.set(record.id!, date);
  }
  for (const record of checked) {
    if (record.spec.holds !== 'Statistic') continue;
    const asOf = textOf(record.values, 'asOf');
    const source = textOf(record.values, 'source');
    const publishedOn = source === undefined ? undefined : published.get(source);
    if (asOf === undefined || publishedOn === undefined) continue;
    if (dayRange(asOf).earliest > dayRange(publishedOn).latest) {
      issues.push(issueAt({ ...record.origin, field: 'asOf' }, `${JSON.stringify(asOf)} is after its source ${source} was published (${publishedOn}); a report cannot give a figure as of a later day`));
    }
  }
}
