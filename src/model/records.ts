/**
 * The records the graph holds, after the seed files are read and their shorthands expanded.
 * Every record names the report(s) it comes from.
 */
import type { EntityType } from './entity-types';
import type { DateBasis, EventKind, OrganizationKind, PlaceKind, ReportKind } from './kinds';
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
}

export interface PersonRecord extends EntityBase {
  readonly type: 'Person';
}

export interface OrganizationRecord extends EntityBase {
  readonly type: 'Organization';
  readonly kind: OrganizationKind;
}

export interface EventRecord extends EntityBase {
  readonly type: 'Event';
  readonly kind: EventKind;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly dateBasis?: DateBasis;
}

export interface PlaceRecord extends EntityBase {
  readonly type: 'Place';
  readonly kind: PlaceKind;
}

export interface ReportRecord extends EntityBase {
  readonly type: 'Report';
  readonly kind: ReportKind;
  readonly publishedOn?: string;
  readonly dateBasis?: DateBasis;
  /** For the five source articles: the file in the article corpus. */
  readonly sourceFile?: string;
}

export type EntityRecord = PersonRecord | OrganizationRecord | EventRecord | PlaceRecord | ReportRecord;

export interface RelationRecord {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly sources: readonly string[];
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
  readonly note?: string;
}

export interface Dataset {
  readonly entities: readonly EntityRecord[];
  readonly relations: readonly RelationRecord[];
  readonly statistics: readonly StatisticRecord[];
}
