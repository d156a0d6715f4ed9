/**
 * The seven seed files of seed/FORMAT.md as data: what each file holds and the fields its records may
 * have. The field checker, the "Did you mean" suggestions and the record builders all read this table,
 * so a field is declared once.
 */
import {
  ASSERTIONS,
  DATE_BASES,
  DATE_BOUNDS,
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
  /** A partial date, or (where `relative` is set) a date resolved against another record's: see FORMAT.md. */
  | { readonly kind: 'date'; readonly relative?: boolean }
  /** Report ids, each alone or with the paragraph numbers of the article where it says so. */
  | { readonly kind: 'citations'; readonly nonEmpty: boolean }
  /** Paragraph numbers of an article (1 = the title), ascending. */
  | { readonly kind: 'paragraphs' }
  /** A whole number of 1 or more. */
  | { readonly kind: 'positive-integer' }
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
const DATE: FieldRule = { kind: 'date', relative: true };
const COUNT: FieldRule = { kind: 'count' };
const DATE_BASIS: FieldRule = { kind: 'enum', label: 'date basis', values: DATE_BASES };
const KIND: FieldRule = { kind: 'enum', label: 'kind', values: 'entity-kind' };
const SOURCES: FieldRule = { kind: 'citations', nonEmpty: true };
const DATE_BOUND: FieldRule = { kind: 'enum', label: 'date bound', values: DATE_BOUNDS };
/** Who asserts a claim: a person, an organization, or a report that states it in its own voice. */
const CLAIMANT: FieldRule = { kind: 'ref', allowed: ['Person', 'Organization', 'Report'], role: 'a claimant' };
const ANY_ENTITY = (role: string): FieldRule => ({ kind: 'ref', allowed: ENTITY_TYPES, role });
/**
 * A draft's "needs review" marker (see src/ingest): what the ingest assistant is unsure of, in our
 * words. Allowed only where the directory is a draft; the dataset itself holds reviewed records.
 */
const REVIEW = optional(LONG_TEXT);

/** Fields every entity file shares. */
const ENTITY_FIELDS = {
  name: required(TEXT),
  aliases: optional({ kind: 'aliases' }),
  description: required(LONG_TEXT),
  sources: required(SOURCES),
} as const;

const FILES_AS_CURATED: readonly SeedFileSpec[] = [
  {
    name: 'reports.json',
    holds: 'Report',
    idRequired: true,
    fields: {
      ...ENTITY_FIELDS,
      // An article is itself the source (empty); other reports need one (check-record-rules.ts).
      sources: required({ kind: 'citations', nonEmpty: false }),
      kind: required(KIND),
      publishedOn: optional(DATE),
      dateBasis: optional(DATE_BASIS),
      dateReasoning: optional(LONG_TEXT),
      sourceFile: optional(TEXT),
      paragraphCount: optional({ kind: 'positive-integer' }),
      publisher: optional({ kind: 'ref', allowed: RELATION_TYPES.PUBLISHED.from, role: "a report's publisher" }),
      // For a statement or remarks, the authors are its speakers.
      authors: optional({ kind: 'refs', allowed: RELATION_TYPES.AUTHORED.from, role: "a report's author", nonEmpty: false }),
      audience: optional({ kind: 'refs', allowed: RELATION_TYPES.ADDRESSED_TO.to, role: "a statement's audience", nonEmpty: true }),
      occasion: optional({ kind: 'ref', allowed: RELATION_TYPES.MADE_AT.to, role: 'the occasion of a statement' }),
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
      dateReasoning: optional(LONG_TEXT),
      dateBound: optional(DATE_BOUND),
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
      dateBasis: optional(DATE_BASIS),
      dateReasoning: optional(LONG_TEXT),
      dateBound: optional(DATE_BOUND),
      assertion: optional({ kind: 'enum', label: 'assertion', values: ASSERTIONS }),
      claimedBy: optional(CLAIMANT),
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
      dateReasoning: optional(LONG_TEXT),
      periodStart: optional(DATE),
      periodEnd: optional(DATE),
      subject: required(ANY_ENTITY("a statistic's subject")),
      context: optional(ANY_ENTITY("a statistic's context")),
      claimedBy: required(CLAIMANT),
      source: required({ kind: 'ref', allowed: ['Report'], role: "a statistic's source" }),
      paragraphs: optional({ kind: 'paragraphs' }),
      note: optional(LONG_TEXT),
    },
    dateRanges: [['periodStart', 'periodEnd']],
  },
];

/** Every file's records may carry a review marker, listed last so the curated fields come first in messages. */
export const SEED_FILES: readonly SeedFileSpec[] = FILES_AS_CURATED.map((spec) => ({ ...spec, fields: { ...spec.fields, review: REVIEW } }));

export const SEED_FILE_NAMES: readonly string[] = SEED_FILES.map((spec) => spec.name);
