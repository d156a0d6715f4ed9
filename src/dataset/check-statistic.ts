/**
 * The figure of a statistic: exactly one of `value` or a `low`..`high` range, with low not above high.
 * Runs on the raw record so a field that failed its own check is not also reported as missing.
 */
import type { CheckedRecord } from './check-fields';
import { numberOf } from './checked-values';
import { issueAt, type DatasetIssue } from './issue';

export function checkStatisticFigure(raw: Readonly<Record<string, unknown>>, record: CheckedRecord, issues: DatasetIssue[]): void {
  const at = (field: string) => ({ ...record.origin, field });
  const given = (field: string) => raw[field] !== undefined;

  if (given('value')) {
    if (given('low') || given('high')) {
      const extra = given('low') ? 'low' : 'high';
      issues.push(issueAt(at(extra), 'give either "value" or both "low" and "high", not both'));
    }
    return;
  }
  if (!given('low') && !given('high')) {
    issues.push(issueAt(at('value'), 'missing: give either "value" or both "low" and "high"'));
    return;
  }
  if (!given('low') || !given('high')) {
    const missing = given('low') ? 'high' : 'low';
    issues.push(issueAt(at(missing), `missing: a range needs both "low" and "high"`));
    return;
  }
  const low = numberOf(record.values, 'low');
  const high = numberOf(record.values, 'high');
  if (low !== undefined && high !== undefined && low > high) {
    issues.push(issueAt(at('low'), `low ${low} is greater than high ${high}`));
  }
}
