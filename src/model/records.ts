/**
 * The records the graph holds, after the seed files are read and their shorthands expanded.
 * Every record names the report(s) it comes from.
 */
import type { EntityType } from './entity-types';
import type { Assertion, DateBasis, DateBound, EventKind, OrganizationKind, PlaceKind, ReportKind } from './kinds';
import type { Metric, Qualifier, Unit } from './metrics';
import type { RelationType } from './relation-types';

interface EntityBase {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Other spellings and names the sources use for the same entity. */
  readonly aliases: readonly string[];
  /** Our own short description; never a passage of a source. */
  readonly description: string;
  /** Ids of the Reports this entity is drawn from. */
  readonly sources: readonly string[];
  /** Where in an article (by paragraph number) a source says it, for the sources that are articles. */
  readonly evidence?: Evidence;
}

/** Paragraph numbers (1 = the title) of each article source, by report id; numbers only, never text. */
export type Evidence = Readonly<Record<string, readonly number[]>>;

/** How a record's date was obtained (see DATE_BASES), shared by every dated record. */
export interface DateProvenance {
  readonly dateBasis?: DateBasis;
  /** For a RELATIVE date: the record whose date it was resolved from. */
  readonly dateAnchor?: string;
  /** For an INFERRED date (and any date that needs it): how it was worked out, in our words. */
  readonly dateReasoning?: string;
  /** Whether the start date is the day itself or a bound ("by", "after"); ON when absent. */
  readonly dateBound?: DateBound;
}

export interface PersonRecord extends EntityBase {
  readonly type: 'Person';
}

export interface OrganizationRecord extends EntityBase {
  readonly type: 'Organization';
  readonly kind: OrganizationKind;
}

export interface EventRecord extends EntityBase, DateProvenance {
  readonly type: 'Event';
  readonly kind: EventKind;
  readonly startDate?: string;
  readonly endDate?: string;
}

export interface PlaceRecord extends EntityBase {
  readonly type: 'Place';
  readonly kind: PlaceKind;
}

export interface ReportRecord extends EntityBase, DateProvenance {
  readonly type: 'Report';
  readonly kind: ReportKind;
  readonly publishedOn?: string;
  /** For the five source articles: the file in the article corpus. */
  readonly sourceFile?: string;
  /** For an article: how many paragraphs it has (blocks of text between blank lines; the title is the first). */
  readonly paragraphCount?: number;
}

export type EntityRecord = PersonRecord | OrganizationRecord | EventRecord | PlaceRecord | ReportRecord;

export interface RelationRecord extends DateProvenance {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly sources: readonly string[];
  readonly evidence?: Evidence;
  /** How firmly the sources assert it; STATED when absent. */
  readonly assertion?: Assertion;
  /** Who asserts it, when the sources attribute it to someone; always given for an ALLEGED relation. */
  readonly claimedBy?: string;
}

/** A figure as a claim: who says it, in which report, as of when. Conflicting claims coexist. */
export interface StatisticRecord {
  readonly id: string;
  readonly metric: Metric;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier;
  readonly asOf: string;
  readonly asOfBasis?: DateBasis;
  /** For a RELATIVE asOf: the record whose date it was resolved from. */
  readonly asOfAnchor?: string;
  /** How an INFERRED asOf (or period) was worked out, in our words. */
  readonly dateReasoning?: string;
  /** The period the figure covers, when it is a rate or a toll over time. */
  readonly periodStart?: string;
  readonly periodEnd?: string;
  /** What the figure is about (the movement, the party, a campaign...). */
  readonly subject: string;
  /** An entity that narrows the figure (the parade at which withdrawals were counted...). */
  readonly context?: string;
  /** Who makes the claim; the report itself when the text attributes it to no one. */
  readonly claimedBy: string;
  readonly source: string;
  /** Paragraphs of the source (when it is an article) that give the figure. */
  readonly paragraphs?: readonly number[];
  readonly note?: string;
}

export interface Dataset {
  readonly entities: readonly EntityRecord[];
  readonly relations: readonly RelationRecord[];
  readonly statistics: readonly StatisticRecord[];
}
