/**
 * Typed reads of the values a record's checks let through. A field that failed its check, or was
 * absent, reads as undefined, so builders never see a value of the wrong JSON type.
 */
import type { Evidence } from '../model';
import type { CheckedRecord } from './check-fields';
import type { CheckedValue } from './field-rules';

type Values = ReadonlyMap<string, CheckedValue>;

export function textOf(values: Values, field: string): string | undefined {
  const value = values.get(field);
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(values: Values, field: string): number | undefined {
  const value = values.get(field);
  return typeof value === 'number' ? value : undefined;
}

export function listOf(values: Values, field: string): readonly string[] | undefined {
  const value = values.get(field);
  return Array.isArray(value) ? (value as readonly string[]) : undefined;
}

export function numbersOf(values: Values, field: string): readonly number[] | undefined {
  const value = values.get(field);
  return Array.isArray(value) ? (value as readonly number[]) : undefined;
}

/** The paragraphs a record cites, by report, or undefined when it cites none. */
export function evidenceOf(record: CheckedRecord): Evidence | undefined {
  return record.facts.evidence.size === 0 ? undefined : Object.fromEntries(record.facts.evidence);
}

/** An enum field's value; the check against the enum's table already ran, so the cast is sound. */
export function enumOf<T extends string>(values: Values, field: string): T | undefined {
  return textOf(values, field) as T | undefined;
}

/** `{ [field]: value }` when the value is present, `{}` otherwise: canonical records omit absent fields. */
export function present<K extends string, V>(field: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [field]: value }) as { [P in K]?: V };
}

/** A required field of a complete record; its absence would be a bug in the checker, not in the data. */
export function requiredOf<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`invariant: required field "${field}" of a complete record is missing`);
  return value;
}
