/**
 * Turns a checked statistic record into its canonical StatisticRecord; `qualifier` defaults to EXACT.
 */
import type { DateBasis, Metric, Qualifier, StatisticRecord, Unit } from '../model';
import type { CheckedRecord } from './check-fields';
import { enumOf, numberOf, numbersOf, present, requiredOf, textOf } from './checked-values';

/** The canonical record, or undefined when the record is incomplete (its issues are already reported). */
export function buildStatistic(record: CheckedRecord): StatisticRecord | undefined {
  const { values, id } = record;
  if (!record.complete || id === undefined) return undefined;
  return {
    id,
    metric: requiredOf(enumOf<Metric>(values, 'metric'), 'metric'),
    ...present('value', numberOf(values, 'value')),
    ...present('low', numberOf(values, 'low')),
    ...present('high', numberOf(values, 'high')),
    unit: requiredOf(enumOf<Unit>(values, 'unit'), 'unit'),
    qualifier: enumOf<Qualifier>(values, 'qualifier') ?? 'EXACT',
    asOf: requiredOf(textOf(values, 'asOf'), 'asOf'),
    ...present('asOfBasis', enumOf<DateBasis>(values, 'asOfBasis')),
    ...present('asOfAnchor', textOf(values, 'asOfAnchor')),
    ...present('dateReasoning', textOf(values, 'dateReasoning')),
    ...present('periodStart', textOf(values, 'periodStart')),
    ...present('periodEnd', textOf(values, 'periodEnd')),
    subject: requiredOf(textOf(values, 'subject'), 'subject'),
    ...present('context', textOf(values, 'context')),
    claimedBy: requiredOf(textOf(values, 'claimedBy'), 'claimedBy'),
    source: requiredOf(textOf(values, 'source'), 'source'),
    ...present('paragraphs', numbersOf(values, 'paragraphs')),
    ...present('note', textOf(values, 'note')),
  };
}
