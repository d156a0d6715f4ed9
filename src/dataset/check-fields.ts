/**
 * Checks one raw record against its file's field table: its id, unknown fields, missing fields, each
 * field's rule, and date ranges. It keeps the values that passed, and the ids the record points at,
 * for the builders and the cross-record checks that follow.
 */
import { endsBeforeStart } from '../model';
import { idProblem, recordLabel } from './check-id';
import { checkValue, describeValue, type CheckedValue, type RecordFacts, type Reference } from './field-rules';
import { issueAt, type DatasetIssue, type Origin } from './issue';
import type { SeedFileSpec } from './seed-files';
import { didYouMean, suggestionList } from './suggest';

export interface CheckedRecord {
  readonly spec: SeedFileSpec;
  readonly index: number;
  /** The file and record label, without a field. */
  readonly origin: Origin;
  /** The record's own id when it is well-formed; relations without one have none here. */
  readonly id: string | undefined;
  /** Fields that passed their checks, and only those. */
  readonly values: ReadonlyMap<string, CheckedValue>;
  /** Every required field (and the id, where required) passed: a canonical record can be built. */
  readonly complete: boolean;
  readonly references: readonly Reference[];
  /** Paragraph evidence and relative dates (see RecordFacts); values is updated when dates are resolved. */
  readonly facts: RecordFacts;
}

export function checkRecord(
  spec: SeedFileSpec,
  raw: Readonly<Record<string, unknown>>,
  index: number,
  file: string,
  issues: DatasetIssue[],
): CheckedRecord {
  const origin: Origin = { file, record: recordLabel(spec, raw, index) };
  const at = (field: string): Origin => ({ ...origin, field });
  const values = new Map<string, CheckedValue>();
  const references: Reference[] = [];
  const facts: RecordFacts = { evidence: new Map(), relativeDates: new Map(), replaced: new Map() };
  let complete = true;

  const id = checkOwnId(spec, raw, at('id'), issues);
  if (id === undefined && spec.idRequired) complete = false;

  for (const field of Object.keys(raw)) {
    if (field !== 'id' && !Object.prototype.hasOwnProperty.call(spec.fields, field)) {
      issues.push(issueAt(at(field), unknownFieldMessage(field, spec)));
    }
  }

  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    const value = raw[field];
    if (value === undefined) {
      if (fieldSpec.required) {
        issues.push(issueAt(at(field), 'missing required field'));
        complete = false;
      }
      continue;
    }
    const problem = checkValue(fieldSpec.rule, value, { spec, origin: at(field), field, values, references, facts });
    if (problem === undefined) {
      // A relative date gets its value when it is resolved, after every record has been read.
      if (facts.relativeDates.has(field)) continue;
      // The rule has just proved the JSON type: a string, a number or an array of strings or numbers.
      values.set(field, facts.replaced.get(field) ?? (value as CheckedValue));
    } else {
      issues.push(issueAt(at(field), problem));
      if (fieldSpec.required) complete = false;
    }
  }

  checkDateRanges(spec, values, origin, issues);
  return { spec, index, origin, id, values, complete, references, facts };
}

/** An end date before its start; run again once relative dates are resolved. */
export function checkDateRanges(spec: SeedFileSpec, values: ReadonlyMap<string, CheckedValue>, origin: Origin, issues: DatasetIssue[]): void {
  for (const [startField, endField] of spec.dateRanges) {
    const start = values.get(startField);
    const end = values.get(endField);
    if (typeof start === 'string' && typeof end === 'string' && endsBeforeStart(start, end)) {
      issues.push(issueAt({ ...origin, field: endField }, `${JSON.stringify(end)} is before ${startField} ${JSON.stringify(start)}`));
    }
  }
}

function checkOwnId(spec: SeedFileSpec, raw: Readonly<Record<string, unknown>>, origin: Origin, issues: DatasetIssue[]): string | undefined {
  if (raw.id === undefined) {
    if (spec.idRequired) issues.push(issueAt(origin, 'missing required field'));
    return undefined;
  }
  if (typeof raw.id !== 'string') {
    issues.push(issueAt(origin, `expected an id string, got ${describeValue(raw.id)}`));
    return undefined;
  }
  const problem = idProblem(spec, raw.id);
  if (problem !== undefined) {
    issues.push(issueAt(origin, problem));
    return undefined;
  }
  return raw.id;
}

function unknownFieldMessage(field: string, spec: SeedFileSpec): string {
  const known = ['id', ...Object.keys(spec.fields)];
  const hint = didYouMean(suggestionList(field, known));
  return `unknown field ${JSON.stringify(field)}.${hint || ` Known fields in ${spec.name}: ${known.join(', ')}.`}`;
}
