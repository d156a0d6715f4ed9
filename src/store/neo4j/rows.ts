/**
 * How records become graph properties and back. Derived properties (folded alias text for the
 * full-text index, ISO days for date filters and sorting) are written alongside the record's own
 * fields and dropped again on the way out, so readers get exactly the records that were loaded.
 */
import { dayRange, spanOf, type EntityRecord, type RelationRecord, type StatisticRecord } from '../../model';
import { nameKey } from './lucene';

/** The record fields an entity node carries, in record order. */
export const ENTITY_RECORD_KEYS = [
  'id', 'type', 'name', 'aliases', 'description', 'sources',
  'kind', 'startDate', 'endDate', 'dateBasis', 'dateAnchor', 'dateReasoning', 'dateBound', 'publishedOn', 'sourceFile', 'paragraphCount',
] as const;

/** Written for the store's own use, never returned. */
export const ENTITY_DERIVED_KEYS = ['aliasText', 'nameKeys', 'dateFrom', 'dateTo', 'evidenceJson'] as const;

export const RELATION_PROPERTY_KEYS = [
  'id', 'role', 'startDate', 'endDate', 'dateBasis', 'dateAnchor', 'dateReasoning', 'dateBound', 'sources', 'assertion', 'claimedBy',
] as const;

/** Evidence (paragraphs by report) is a map, which Neo4j cannot store as a property: it is kept as JSON text. */
export const RELATION_DERIVED_KEYS = ['evidenceJson'] as const;

export const STATISTIC_RECORD_KEYS = [
  'id', 'metric', 'value', 'low', 'high', 'unit', 'qualifier', 'asOf', 'asOfBasis', 'asOfAnchor', 'dateReasoning',
  'periodStart', 'periodEnd', 'subject', 'context', 'claimedBy', 'source', 'paragraphs', 'note',
] as const;

export const STATISTIC_DERIVED_KEYS = ['asOfDay', 'asOfLastDay'] as const;

/** The one GraphVersion node's properties: the version (content hash) of the dataset last loaded, and the swap lease. */
export const GRAPH_VERSION_KEYS = ['version', 'swapUntil'] as const;

/** A relation as the STAGE_RELATIONS statements take it. */
export interface RelationRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, unknown>;
}

/** One query of a RELATIONS_OF batch; limit is a Neo4j integer (it slices a list). */
export interface RelationQueryRow {
  readonly index: number;
  readonly entityId: string;
  readonly types: readonly string[];
  readonly outgoing: boolean;
  readonly incoming: boolean;
  /** Keyset bounds: relation ids the page lies after and before. */
  readonly afterId: string | null;
  readonly beforeId: string | null;
  /** Reading forwards (first) keeps the range's head, backwards (last) its tail. */
  readonly forward: boolean;
  readonly limit: unknown;
}

/** Keys of the maps passed as parameters; Cypher reads them like properties (`row.from`). */
const PARAMETER_MAP_KEYS: readonly (keyof RelationRow | keyof RelationQueryRow)[] = [
  'from', 'to', 'properties', 'index', 'entityId', 'types', 'outgoing', 'incoming', 'afterId', 'beforeId', 'forward', 'limit',
];

/** Every property key the statements read; the lint test declares these to Neo4j's analyzer. */
export const PROPERTY_KEYS: readonly string[] = [
  ...new Set<string>([
    ...ENTITY_RECORD_KEYS, ...ENTITY_DERIVED_KEYS, ...RELATION_PROPERTY_KEYS, ...RELATION_DERIVED_KEYS,
    ...STATISTIC_RECORD_KEYS, ...STATISTIC_DERIVED_KEYS, ...GRAPH_VERSION_KEYS, ...PARAMETER_MAP_KEYS,
  ]),
];

type Props = Record<string, unknown>;

/** The days an entity is filtered and sorted by: an event's span, a report's publication. */
function entityDays(entity: EntityRecord): { earliest: string; latest: string } | undefined {
  if (entity.type === 'Event') return spanOf(entity.startDate, entity.endDate);
  if (entity.type === 'Report' && entity.publishedOn !== undefined) return dayRange(entity.publishedOn);
  return undefined;
}

export function entityToProps(entity: EntityRecord): Props {
  const days = entityDays(entity);
  return {
    ...pick(entity as unknown as Props, ENTITY_RECORD_KEYS),
    // A separator no name contains keeps one alias's last word from forming a phrase with the next.
    aliasText: entity.aliases.join(' | '),
    // The name and each alias as one token each (see lucene.ts), for whole-name matches.
    nameKeys: [entity.name, ...entity.aliases].map(nameKey).join(' '),
    dateFrom: days?.earliest ?? null,
    dateTo: days?.latest ?? null,
    evidenceJson: entity.evidence === undefined ? null : JSON.stringify(entity.evidence),
  };
}

export function entityFromProps(props: Props): EntityRecord {
  return {
    ...pick(props, ENTITY_RECORD_KEYS),
    aliases: listOf(props['aliases']),
    sources: listOf(props['sources']),
    ...evidenceFrom(props),
  } as unknown as EntityRecord;
}

/** Relationship properties go under `properties`; type and ends become the relationship's own. */
export function relationToRow(relation: RelationRecord): RelationRow {
  const properties = pick(relation as unknown as Props, RELATION_PROPERTY_KEYS);
  if (relation.evidence !== undefined) properties['evidenceJson'] = JSON.stringify(relation.evidence);
  return { id: relation.id, from: relation.from, to: relation.to, properties };
}

/** Reads a relationship projected as `r {.*, type: type(r), from: ..., to: ...}`. */
export function relationFromProps(props: Props): RelationRecord {
  const { sources: _sources, ...own } = pick(props, RELATION_PROPERTY_KEYS);
  return {
    ...pick(props, ['id', 'type', 'from', 'to']),
    ...own,
    sources: listOf(props['sources']),
    ...evidenceFrom(props),
  } as unknown as RelationRecord;
}

function evidenceFrom(props: Props): { evidence?: Record<string, number[]> } {
  const json = props['evidenceJson'];
  return typeof json === 'string' ? { evidence: JSON.parse(json) as Record<string, number[]> } : {};
}

export function statisticToProps(statistic: StatisticRecord): Props {
  const days = dayRange(statistic.asOf);
  return { ...pick(statistic as unknown as Props, STATISTIC_RECORD_KEYS), asOfDay: days.earliest, asOfLastDay: days.latest };
}

export function statisticFromProps(props: Props): StatisticRecord {
  return pick(props, STATISTIC_RECORD_KEYS) as unknown as StatisticRecord;
}

/** Copies the listed keys that hold a value: Neo4j has no undefined, and absent fields stay absent. */
function pick(source: Props, keys: readonly string[]): Props {
  const out: Props = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Neo4j may hand back a missing list property as null; records always carry a list. */
function listOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}
