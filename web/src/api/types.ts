/** The shapes the explorer's queries return, written against schema/schema.graphql. */

export const ENTITY_TYPES = ['Person', 'Organization', 'Event', 'Place', 'Report'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The fields every drawn node needs: enough to colour, label and date-filter it. */
export interface EntityRef {
  readonly __typename: EntityType;
  readonly id: string;
  readonly name: string;
  /** Events only: used by the date filter. */
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  /** What sort of event, organization, place or report (the kind filter); people have none. */
  readonly kind?: string;
  /** Asked for where nodes are drawn (neighbourhoods, paths), for the view's own exports. */
  readonly aliases?: readonly string[];
  readonly sources?: readonly { readonly id: string }[];
}

export interface ReportRef {
  readonly id: string;
  readonly name: string;
  readonly publishedOn: string | null;
  readonly publisher: { readonly id: string; readonly name: string } | null;
}

export interface RelationRef {
  readonly id: string;
  readonly type: string;
  readonly from: EntityRef;
  readonly to: EntityRef;
  /** The reports that state it, where asked for (neighbourhoods, paths). */
  readonly sources?: readonly { readonly id: string }[];
}

/** A report cited for a fact, with the paragraphs of the article where it stands (empty when not recorded). */
export interface Citation {
  readonly paragraphs: readonly number[];
  readonly report: { readonly id: string };
}

export interface Relation extends RelationRef {
  readonly role: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** STATED, ALLEGED (see claimedBy) or INTENDED. */
  readonly assertion: string;
  readonly claimedBy: EntityRef | null;
  readonly sources: readonly ReportRef[];
  readonly citations: readonly Citation[];
}

export interface Subgraph {
  readonly truncated: boolean;
  readonly nodes: readonly EntityRef[];
  readonly edges: readonly RelationRef[];
}

export interface SearchHit {
  readonly score: number;
  readonly entity: EntityRef & { readonly aliases: readonly string[] };
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface EntityDetails extends EntityRef {
  readonly aliases: readonly string[];
  readonly description: string;
  readonly kind?: string;
  readonly dateBasis?: string | null;
  readonly place?: EntityRef | null;
  readonly parent?: EntityRef | null;
  readonly publishedOn?: string | null;
  readonly publisher?: EntityRef | null;
  readonly author?: EntityRef | null;
  readonly sources: readonly ReportRef[];
  readonly citations: readonly Citation[];
  /** Relations this entity asserts as claimant. */
  readonly claims: readonly Relation[];
  readonly relations: {
    readonly totalCount: number;
    readonly pageInfo: PageInfo;
    readonly edges: readonly { readonly node: Relation }[];
  };
  /** Its withdrawals, the events it took part in and what it authored (outgoing relations). */
  readonly activity: { readonly edges: readonly { readonly node: ActivityRelation }[] };
}

/** A relation from the entity, with what the panel shows of its other end. */
export interface ActivityRelation extends Relation {
  readonly to: EntityRef & { readonly kind?: string; readonly place?: { readonly id: string; readonly name: string } | null; readonly publishedOn?: string | null };
}

export interface Statistic {
  readonly id: string;
  readonly metric: string;
  readonly asOf: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
  readonly unit: string;
  readonly note: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly paragraphs: readonly number[];
  readonly claimedBy: EntityRef | null;
  readonly subject: EntityRef | null;
  readonly source: ReportRef;
}

/** A relation along a path, with the reports (and paragraphs) that state it. */
export interface PathRelation extends RelationRef {
  readonly sources: readonly ReportRef[];
  readonly citations: readonly Citation[];
}

export interface Path {
  readonly length: number;
  readonly nodes: readonly EntityRef[];
  readonly edges: readonly PathRelation[];
}

/** One of the most connected entities, with its number of relations. */
export interface Hub {
  readonly degree: number;
  readonly entity: { readonly id: string; readonly name: string };
}

/** A row of the events table: who, when, where, and the reports that say so. */
export interface EventRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** ON (the day itself) or a bound: BY, BEFORE, AFTER. */
  readonly dateBound: string | null;
  readonly place: { readonly id: string; readonly name: string } | null;
  readonly participants: readonly { readonly id: string; readonly name: string }[];
  readonly citations: readonly { readonly report: { readonly id: string; readonly name: string }; readonly paragraphs: readonly number[] }[];
}
