/**
 * One rule per kind of field (text, aliases, enum, date, count, id references): each says why a
 * value breaks it, or nothing when it passes. References are recorded for the cross-record checks.
 */
import {
  ENTITY_TYPES,
  KINDS_BY_TYPE,
  RELATION_TYPES,
  isRelationType,
  parsePartialDate,
  type EntityType,
} from '../model';
import type { Origin } from './issue';
import type { FieldRule, SeedFileSpec } from './seed-files';
import { didYouMean, suggestionList } from './suggest';
import { listTypes, withArticle } from './wording';

/** An id a record points at, and the entity types it may name there. */
export interface Reference {
  readonly origin: Origin;
  readonly id: string;
  readonly allowed: readonly EntityType[];
  /** How messages name the pointer: "a source must be a Report". */
  readonly role: string;
}

export type CheckedValue = string | number | readonly string[] | readonly number[];

/**
 * A date given relative to another record's date (see seed/FORMAT.md): `years` added to the
 * anchor's year, with `month` and `day` set when given ("August 3" of the anchor's year is
 * { years: 0, month: 8, day: 3 }), or `days` added to the anchor's date ("last week": -7).
 */
export interface RelativeDate {
  readonly relativeTo: string;
  readonly years?: number;
  readonly month?: number;
  readonly day?: number;
  readonly days?: number;
}

/** What the rules learn about a record beyond its plain values. */
export interface RecordFacts {
  /** Paragraphs cited for each report in `sources`. */
  readonly evidence: Map<string, readonly number[]>;
  /** Date fields given relative to another record, resolved once every record has been read. */
  readonly relativeDates: Map<string, RelativeDate>;
  /** The value a field holds once checked, where it differs from what the file says (sources as plain ids). */
  readonly replaced: Map<string, CheckedValue>;
}

export interface RuleContext {
  readonly spec: SeedFileSpec;
  readonly origin: Origin;
  /** The field being checked. */
  readonly field: string;
  /** Values checked so far; a relation's ends read its `type`, declared before them. */
  readonly values: ReadonlyMap<string, CheckedValue>;
  readonly references: Reference[];
  readonly facts: RecordFacts;
}

/** Why `value` breaks `rule`, or undefined when it passes. */
export function checkValue(rule: FieldRule, value: unknown, context: RuleContext): string | undefined {
  switch (rule.kind) {
    case 'text':
      return textProblem(value, rule.maxLength);
    case 'aliases':
      return aliasesProblem(value);
    case 'enum':
      return enumProblem(value, rule.label, enumTable(rule, context.spec), context.spec);
    case 'date':
      return rule.relative && isObject(value) ? relativeDateProblem(value, context) : dateProblem(value);
    case 'citations':
      return citationsProblem(value, rule.nonEmpty, context);
    case 'paragraphs':
      return paragraphsProblem(value);
    case 'positive-integer':
      return Number.isInteger(value) && (value as number) >= 1 ? undefined : `expected a whole number of 1 or more, got ${describeValue(value)}`;
    case 'count':
      return countProblem(value);
    case 'ref':
      return refProblem(value, rule.allowed, rule.role, context);
    case 'refs':
      return refsProblem(value, rule, context);
    case 'end': {
      const type = context.values.get('type');
      const spec = typeof type === 'string' && isRelationType(type) ? RELATION_TYPES[type] : undefined;
      const allowed = spec ? spec[rule.end] : ENTITY_TYPES;
      return refProblem(value, allowed, `the "${rule.end}" end of ${String(type)}`, context);
    }
  }
}

/**
 * Characters no text of the dataset may hold: control characters (NUL, newlines, tabs...), the
 * bidirectional embeddings, overrides and isolates that can make a name display as another, and
 * U+FFFD, the mark of text that was decoded with the wrong encoding.
 */
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/u;

/** Longest alias, in characters. */
export const NAME_MAX_LENGTH = 200;

function textProblem(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return `expected a string, got ${describeValue(value)}`;
  if (value.trim() === '') return 'must not be empty';
  if (value.length > maxLength) return `is ${value.length} characters long; at most ${maxLength} are allowed`;
  const forbidden = FORBIDDEN_CHARACTER.exec(value);
  if (forbidden) {
    const code = `U+${forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `holds the character ${code} at position ${forbidden.index + 1}; control, bidirectional-override and replacement characters are not allowed`;
  }
  return undefined;
}

function aliasesProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return `expected an array of strings, got ${describeValue(value)}`;
  const seen = new Set<string>();
  for (const alias of value) {
    const problem = textProblem(alias, NAME_MAX_LENGTH);
    if (problem !== undefined) return `every alias ${problem.replace(/^expected/, 'must be')}`;
    // Only exact repeats: the sources sometimes spell a name in two cases, and the data keeps both.
    const key = (alias as string).trim();
    if (seen.has(key)) return `alias ${JSON.stringify(alias)} is listed twice`;
    seen.add(key);
  }
  return undefined;
}

function enumTable(rule: Extract<FieldRule, { kind: 'enum' }>, spec: SeedFileSpec): Readonly<Record<string, unknown>> {
  if (rule.values !== 'entity-kind') return rule.values;
  const table = spec.holds === 'Relation' || spec.holds === 'Statistic' ? null : KINDS_BY_TYPE[spec.holds];
  // A `kind` rule is only declared for entity types that have kinds; an empty table rejects every value.
  return table ?? {};
}

function enumProblem(value: unknown, label: string, table: Readonly<Record<string, unknown>>, spec: SeedFileSpec): string | undefined {
  if (typeof value !== 'string') return `expected a ${label} name, got ${describeValue(value)}`;
  if (Object.prototype.hasOwnProperty.call(table, value)) return undefined;
  const valid = Object.keys(table);
  const owner = label === 'kind' ? ` for ${withArticle(spec.holds)}` : '';
  const hint = didYouMean(suggestionList(value, valid, 3));
  return `unknown ${label} ${JSON.stringify(value)}${owner}.${hint || ` Expected one of: ${valid.join(', ')}.`}`;
}

function dateProblem(value: unknown): string | undefined {
  try {
    parsePartialDate(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RELATIVE_DATE_KEYS = ['relativeTo', 'years', 'month', 'day', 'days'];

function relativeDateProblem(value: Record<string, unknown>, context: RuleContext): string | undefined {
  const unknown = Object.keys(value).find((key) => !RELATIVE_DATE_KEYS.includes(key));
  if (unknown !== undefined) return `unknown key ${JSON.stringify(unknown)} in a relative date; expected ${RELATIVE_DATE_KEYS.join(', ')}`;
  const { relativeTo, years, month, day, days } = value;
  if (typeof relativeTo !== 'string' || relativeTo.trim() === '') return 'a relative date needs "relativeTo": the id of the report or event whose date it is resolved from';
  const whole = (name: string, n: unknown, min: number, max: number) =>
    n === undefined || (Number.isInteger(n) && (n as number) >= min && (n as number) <= max) ? undefined : `"${name}" must be a whole number from ${min} to ${max}, got ${describeValue(n)}`;
  const problem = whole('years', years, -200, 200) ?? whole('month', month, 1, 12) ?? whole('day', day, 1, 31) ?? whole('days', days, -3660, 3660);
  if (problem !== undefined) return problem;
  if (days !== undefined && (years !== undefined || month !== undefined || day !== undefined)) return 'give either "days", or "years" with "month" and "day", not both';
  if (days === undefined && years === undefined) return 'a relative date needs "years" (0 for the anchor\'s own year) or "days"';
  if (day !== undefined && month === undefined) return 'a "day" needs a "month"';
  context.facts.relativeDates.set(context.field, { relativeTo, ...(years === undefined ? {} : { years: years as number }), ...(month === undefined ? {} : { month: month as number }), ...(day === undefined ? {} : { day: day as number }), ...(days === undefined ? {} : { days: days as number }) });
  context.references.push({ origin: context.origin, id: relativeTo, allowed: ['Report', 'Event'], role: "a relative date's anchor" });
  return undefined;
}

function paragraphsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return `expected a non-empty array of paragraph numbers, got ${describeValue(value)}`;
  for (let i = 0; i < value.length; i++) {
    const n = value[i];
    if (!Number.isInteger(n) || (n as number) < 1) return `paragraph numbers are whole numbers from 1 (the title), got ${describeValue(n)}`;
    if (i > 0 && (n as number) <= (value[i - 1] as number)) return `paragraph numbers must be in ascending order without repeats, got ${value.join(', ')}`;
  }
  return undefined;
}

/** `sources`: report ids, each either alone or as { "report": id, "paragraphs": [...] }. */
function citationsProblem(value: unknown, nonEmpty: boolean, context: RuleContext): string | undefined {
  if (!Array.isArray(value)) return `expected an array of report ids, got ${describeValue(value)}`;
  if (nonEmpty && value.length === 0) return 'must list at least one report';
  const reports: string[] = [];
  for (const item of value) {
    let report: unknown = item;
    if (isObject(item)) {
      const unknown = Object.keys(item).find((key) => key !== 'report' && key !== 'paragraphs');
      if (unknown !== undefined) return `unknown key ${JSON.stringify(unknown)} in a citation; expected "report" and "paragraphs"`;
      report = item['report'];
      const problem = paragraphsProblem(item['paragraphs']);
      if (problem !== undefined) return `the citation of ${JSON.stringify(report)}: ${problem}`;
      if (typeof report === 'string') context.facts.evidence.set(report, item['paragraphs'] as number[]);
    }
    if (typeof report !== 'string' || report.trim() === '') return `every source must be a report id or { "report": id, "paragraphs": [...] }, got ${describeValue(item)}`;
    if (reports.includes(report)) return `lists ${JSON.stringify(report)} twice`;
    reports.push(report);
  }
  for (const report of reports) context.references.push({ origin: context.origin, id: report, allowed: ['Report'], role: 'a source' });
  context.facts.replaced.set(context.field, reports);
  return undefined;
}

function countProblem(value: unknown): string | undefined {
  // JSON.parse reads a number too large for a double, such as 1e400, as Infinity.
  if (value === Infinity || value === -Infinity) return 'is too large to be a number (JSON reads it as infinity)';
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${describeValue(value)}`;
  if (value < 0) return `must not be negative, got ${value}`;
  return undefined;
}

function refProblem(value: unknown, allowed: readonly EntityType[], role: string, context: RuleContext): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return `expected an id string, got ${describeValue(value)}`;
  context.references.push({ origin: context.origin, id: value, allowed, role });
  return undefined;
}

function refsProblem(value: unknown, rule: Extract<FieldRule, { kind: 'refs' }>, context: RuleContext): string | undefined {
  if (!Array.isArray(value)) return `expected an array of ids, got ${describeValue(value)}`;
  if (rule.nonEmpty && value.length === 0) return `must list at least one id (${rule.role} must be ${listTypes(rule.allowed)})`;
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string' || item.trim() === '') return `every item must be an id string, got ${describeValue(item)}`;
    if (seen.has(item)) return `lists ${JSON.stringify(item)} twice`;
    seen.add(item);
  }
  for (const item of value as string[]) context.references.push({ origin: context.origin, id: item, allowed: rule.allowed, role: rule.role });
  return undefined;
}

/** A short, quoted description of a JSON value for "expected X, got Y". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
