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

export type CheckedValue = string | number | readonly string[];

export interface RuleContext {
  readonly spec: SeedFileSpec;
  readonly origin: Origin;
  /** Values checked so far; a relation's ends read its `type`, declared before them. */
  readonly values: ReadonlyMap<string, CheckedValue>;
  readonly references: Reference[];
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
      return dateProblem(value);
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
