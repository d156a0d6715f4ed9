/**
 * The seven seed files of seed/FORMAT.md as data: what each file holds and the fields its records may
 * have. The field checker, the "Did you mean" suggestions and the record builders all read this table,
 * so a field is declared once.
 */
import {
  DATE_BASES,
  ENTITY_TYPES,
  METRICS,
  QUALIFIERS,
  RELATION_TYPES,
  UNITS,
  type EntityType,
} from '../model';

export type FieldRule =
  /** A string with visible text in it, at most maxLength characters, with no control or bidi-override characters. */
  | { readonly kind: 'text'; readonly maxLength: number }
  /** Other names: strings with text, no two alike. */
  | { readonly kind: 'aliases' }
  /** One of the keys of a schema-as-data table; `kind` uses the table of the record's entity type. */
  | { readonly kind: 'enum'; readonly label: string; readonly values: Readonly<Record<string, unknown>> | 'entity-kind' }
  | { readonly kind: 'date' }
  /** A finite number, not negative. */
  | { readonly kind: 'count' }
  /** An entity id; `role` names it in messages ("an event's place must be a Place"). */
  | { readonly kind: 'ref'; readonly allowed: readonly EntityType[]; readonly role: string }
  | { readonly kind: 'refs'; readonly allowed: readonly EntityType[]; readonly role: string; readonly nonEmpty: boolean }
  /** One end of a relation: the types it may name come from RELATION_TYPES[type] of the same record. */
  | { readonly kind: 'end'; readonly end: 'from' | 'to' };

export interface FieldSpec {
  readonly rule: FieldRule;
  readonly required: boolean;
}

/** What a file's records are; entity files hold one entity type each. */
export type RecordCategory = EntityType | 'Relation' | 'Statistic';

export interface SeedFileSpec {
  readonly name: string;
  readonly holds: RecordCategory;
  /** Whether `id` must be given; relations derive theirs when it is absent. */
  readonly idRequired: boolean;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Pairs of date fields where the second may not end before the first starts. */
  readonly dateRanges: readonly (readonly [string, string])[];
}

const required = (rule: FieldRule): FieldSpec => ({ rule, required: true });
const optional = (rule: FieldRule): FieldSpec => ({ rule, required: false });

/** Names, aliases, roles and file names: a line of text. */
const TEXT: FieldRule = { kind: 'text', maxLength: 200 };
/** Descriptions and notes: a paragraph of our own words. */
const LONG_TEXT: FieldRule = { kind: 'text', maxLength: 2000 };
const DATE: FieldRule = { kind: 'date' };
const COUNT: FieldRule = { kind: 'count' };
const DATE_BASIS: FieldRule = { kind: 'enum', label: 'date basis', values: DATE_BASES };
const KIND: FieldRule = { kind: 'enum', label: 'kind', values: 'entity-kind' };
const SOURCES: FieldRule = { kind: 'refs', allowed: ['Report'], role: 'a source', nonEmpty: true };
const ANY_ENTITY = (role: string): FieldRule => ({ kind: 'ref', allowed: ENTITY_TYPES, role });

/** Fields every entity file shares. */
const ENTITY_FIELDS = {
  name: required(TEXT),
  aliases: optional({ kind: 'aliases' }),
  description: required(LONG_TEXT),
  sources: required(SOURCES),
} as const;

export const SEED_FILES: readonly SeedFileSpec[] = [
  {
    name: 'reports.json',
    holds: 'Report',
    idRequired: true,
    fields: {
      ...ENTITY_FIELDS,
      // An article is itself the source (empty); other reports need one (check-record-rules.ts).
      sources: required({ ...SOURCES, nonEmpty: false }),
      kind: required(KIND),
      publishedOn: optional(DATE),
      dateBasis: optional(DATE_BASIS),
      sourceFile: optional(TEXT),
      publisher: optional({ kind: 'ref', allowed: RELATION_TYPES.PUBLISHED.from, role: "a report's publisher" }),
      authors: optional({ kind: 'refs', allowed: RELATION_TYPES.AUTHORED.from, role: "a report's author", nonEmpty: false }),
    },
    dateRanges: [],
  },
  { name: 'people.json', holds: 'Person', idRequired: true, fields: ENTITY_FIELDS, dateRanges: [] },
  {
    name: 'organizations.json',
    holds: 'Organization',
    idRequired: true,
    fields: { ...ENTITY_FIELDS, kind: required(KIND) },
    dateRanges: [],
  },
  {
    name: 'places.json',
    holds: 'Place',
    idRequired: true,
    fields: {
      ...ENTITY_FIELDS,
      kind: required(KIND),
      parent: optional({ kind: 'ref', allowed: RELATION_TYPES.LOCATED_IN.to, role: "a place's parent" }),
    },
    dateRanges: [],
  },
  {
    name: 'events.json',
    holds: 'Event',
    idRequired: true,
    fields: {
      ...ENTITY_FIELDS,
      kind: required(KIND),
      startDate: optional(DATE),
      endDate: optional(DATE),
      dateBasis: optional(DATE_BASIS),
      place: optional({ kind: 'ref', allowed: RELATION_TYPES.TOOK_PLACE_IN.to, role: "an event's place" }),
    },
    dateRanges: [['startDate', 'endDate']],
  },
  {
    name: 'relations.json',
    holds: 'Relation',
    idRequired: false,
    fields: {
      type: required({ kind: 'enum', label: 'relation type', values: RELATION_TYPES }),
      from: required({ kind: 'end', end: 'from' }),
      to: required({ kind: 'end', end: 'to' }),
      role: optional(TEXT),
      startDate: optional(DATE),
      endDate: optional(DATE),
      sources: required(SOURCES),
    },
    dateRanges: [['startDate', 'endDate']],
  },
  {
    name: 'statistics.json',
    holds: 'Statistic',
    idRequired: true,
    fields: {
      metric: required({ kind: 'enum', label: 'metric', values: METRICS }),
      value: optional(COUNT),
      low: optional(COUNT),
      high: optional(COUNT),
      unit: required({ kind: 'enum', label: 'unit', values: UNITS }),
      qualifier: optional({ kind: 'enum', label: 'qualifier', values: QUALIFIERS }),
      asOf: required(DATE),
      asOfBasis: optional(DATE_BASIS),
      periodStart: optional(DATE),
      periodEnd: optional(DATE),
      subject: required(ANY_ENTITY("a statistic's subject")),
      context: optional(ANY_ENTITY("a statistic's context")),
      // Someone who says it: a person, an organization, or a report that states it in its own voice.
      claimedBy: required({ kind: 'ref', allowed: ['Person', 'Organization', 'Report'], role: 'a claimant' }),
      source: required({ kind: 'ref', allowed: ['Report'], role: "a statistic's source" }),
      note: optional(LONG_TEXT),
    },
    dateRanges: [['periodStart', 'periodEnd']],
  },
];

export const SEED_FILE_NAMES: readonly string[] = SEED_FILES.map((spec) => spec.name);
