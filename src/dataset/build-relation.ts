/**
 * Relations as the graph holds them: the records of relations.json, and the relations the shorthands
 * of the entity files stand for (a place's `parent`, an event's `place`, a report's `publisher` and
 * `authors`), each with the sources of the record it came from and an id derived when not given.
 */
import { deriveRelationId, type Assertion, type DateBasis, type DateBound, type EntityType, type RelationRecord, type RelationType } from '../model';
import type { CheckedRecord } from './check-fields';
import { enumOf, evidenceOf, listOf, present, textOf } from './checked-values';
import type { Origin } from './issue';

/** A relation with the place it was written, so duplicate-id and cycle issues can point there. */
export interface DraftRelation {
  /** The explicit or derived id; undefined when neither the id nor the type and ends are usable. */
  readonly id: string | undefined;
  readonly derived: boolean;
  readonly type: RelationType | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** For a shorthand, the entity record and the field that stands for the relation. */
  readonly origin: Origin;
  readonly index: number;
  /**
   * The canonical record, when every part of it passed its checks. Read after relative dates are
   * resolved (it is built on demand from the record's values).
   */
  readonly record: RelationRecord | undefined;
}

interface Shorthand {
  readonly holds: EntityType;
  readonly field: string;
  readonly type: RelationType;
  /** Whether the record is the relation's `from` end (a place LOCATED_IN its parent) or its `to` end. */
  readonly recordIs: 'from' | 'to';
}

const SHORTHANDS: readonly Shorthand[] = [
  { holds: 'Place', field: 'parent', type: 'LOCATED_IN', recordIs: 'from' },
  { holds: 'Event', field: 'place', type: 'TOOK_PLACE_IN', recordIs: 'from' },
  { holds: 'Report', field: 'publisher', type: 'PUBLISHED', recordIs: 'to' },
  { holds: 'Report', field: 'authors', type: 'AUTHORED', recordIs: 'to' },
  { holds: 'Report', field: 'audience', type: 'ADDRESSED_TO', recordIs: 'from' },
  { holds: 'Report', field: 'occasion', type: 'MADE_AT', recordIs: 'from' },
];

/** The relation a record of relations.json stands for. */
export function buildRelation(record: CheckedRecord): DraftRelation {
  const { values } = record;
  const type = enumOf<RelationType>(values, 'type');
  const from = textOf(values, 'from');
  const to = textOf(values, 'to');
  const derivable = type !== undefined && from !== undefined && to !== undefined;
  const id = record.id ?? (derivable ? deriveRelationId(from, type, to) : undefined);
  return {
    id,
    derived: record.id === undefined,
    type,
    from,
    to,
    origin: record.origin,
    index: record.index,
    get record(): RelationRecord | undefined {
      const sources = listOf(values, 'sources');
      if (!record.complete || !derivable || id === undefined || sources === undefined) return undefined;
      return {
        id,
        type,
        from,
        to,
        ...present('role', textOf(values, 'role')),
        ...present('startDate', textOf(values, 'startDate')),
        ...present('endDate', textOf(values, 'endDate')),
        ...present('dateBasis', enumOf<DateBasis>(values, 'dateBasis')),
        ...present('dateAnchor', textOf(values, 'dateAnchor')),
        ...present('dateReasoning', textOf(values, 'dateReasoning')),
        ...present('dateBound', enumOf<DateBound>(values, 'dateBound')),
        sources,
        ...present('evidence', evidenceOf(record)),
        ...present('assertion', enumOf<Assertion>(values, 'assertion')),
        ...present('claimedBy', textOf(values, 'claimedBy')),
      };
    },
  };
}

/** The relations an entity record's shorthand fields stand for; none when its id is unusable. */
export function expandShorthands(record: CheckedRecord): DraftRelation[] {
  const self = record.id;
  if (self === undefined || record.spec.holds === 'Relation' || record.spec.holds === 'Statistic') return [];
  const listed = listOf(record.values, 'sources');
  // An article lists no sources, being one; what it says of itself (publisher, authors) it is the source of.
  const isArticle = record.spec.holds === 'Report' && record.values.get('sourceFile') !== undefined;
  const sources = isArticle && listed?.length === 0 ? [self] : listed;
  const drafts: DraftRelation[] = [];
  for (const shorthand of SHORTHANDS) {
    if (shorthand.holds !== record.spec.holds) continue;
    const value = record.values.get(shorthand.field);
    const others = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const other of others) {
      const [from, to] = shorthand.recordIs === 'from' ? [self, other] : [other, self];
      const id = deriveRelationId(from, shorthand.type, to);
      drafts.push({
        id,
        derived: true,
        type: shorthand.type,
        from,
        to,
        origin: { ...record.origin, field: shorthand.field },
        index: record.index,
        // The record's paragraphs are about the record, not the link: a shorthand cites reports only
        // (write the relation in relations.json to cite its paragraphs).
        record: record.complete && sources !== undefined ? { id, type: shorthand.type, from, to, sources } : undefined,
      });
    }
  }
  return drafts;
}
