/**
 * The figure of a statistic: exactly one of `value` or a `low`..`high` range, with low not above
 * high, whole numbers for what is counted (people, camps, cities...) and at most 100 percent.
 * Runs on the raw record so a field that failed its own check is not also reported as missing.
 */
import type { Unit } from '../model';
import type { CheckedRecord } from './check-fields';
import { enumOf, numberOf } from './checked-values';
import { issueAt, type DatasetIssue } from './issue';

/** Units of things counted one by one: a figure in them is a whole number. Rates and ages may be averages. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['PEOPLE', 'CAMPAIGNS', 'CAMPS', 'CITIES']);

function checkFigureUnits(record: CheckedRecord, issues: DatasetIssue[]): void {
  const unit = enumOf<Unit>(record.values, 'unit');
  if (unit === undefined) return;
  for (const field of ['value', 'low', 'high']) {
    const figure = numberOf(record.values, field);
    if (figure === undefined) continue;
    const at = { ...record.origin, field };
    if (WHOLE_UNITS.has(unit) && !Number.isInteger(figure)) {
      issues.push(issueAt(at, `${figure} ${unit.toLowerCase()} is not a whole number; things counted one by one come in whole numbers`));
    }
    if (unit === 'PERCENT' && figure > 100) issues.push(issueAt(at, `${figure} percent is more than the whole; a share is at most 100 percent`));
  }
}

export function checkStatisticFigure(raw: Readonly<Record<string, unknown>>, record: CheckedRecord, issues: DatasetIssue[]): void {
  checkFigureUnits(record, issues);
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
