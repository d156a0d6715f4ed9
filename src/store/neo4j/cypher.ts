/**
 * All Cypher the project runs, as named statements (Neo4j 5.26+ syntax, CYPHER 5).
 *
 * Graph model: each entity is a node `:Entity` plus its type label (`:Person`...), relations are
 * relationships whose type is the RelationType, statistics are `:Statistic` nodes with no
 * relationships (their subject is an id property), so every traversal sees only model relations.
 *
 * Relationship types, labels and sort orders cannot be parameters in Cypher. Where a statement
 * needs one, it is generated here from the model's closed enums (RELATION_TYPES, ENTITY_TYPES,
 * the port's sort fields) when the module loads; user input only ever arrives as `$parameters`.
 */
import { ENTITY_TYPES, RELATION_TYPE_NAMES, type EntityType, type RelationType } from '../../model';
import type { EntitySortField, SortDirection } from '../port';
import { PATH_SEARCH_CEILING } from '../port';
import { CypherIdentifier, cypher, defineStatement, type CypherText, type Statement } from './statement';

export const FULLTEXT_INDEX = 'entity_name_search';
/** The longest path shortestPath searches; Neo4j needs a literal bound (see SHORTEST_PATHS). */
export const PATH_LENGTH_CEILING = PATH_SEARCH_CEILING;

const label = CypherIdentifier.label;
const relType = CypherIdentifier.relationshipType;

/** `Person:Organization:...`: every entity type's label, for removing them all at once. */
function typeLabels(): CypherText {
  return ENTITY_TYPES.map((type) => cypher`${label(type)}`).reduce((all, next) => cypher`${all}:${next}`);
}

// ---------------------------------------------------------------- schema (idempotent)

export const SCHEMA = {
  ENTITY_ID_UNIQUE: defineStatement('ENTITY_ID_UNIQUE', [], cypher`
    CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`),
  STATISTIC_ID_UNIQUE: defineStatement('STATISTIC_ID_UNIQUE', [], cypher`
    CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (s:Statistic) REQUIRE s.id IS UNIQUE`),
  ENTITY_TYPE_INDEX: defineStatement('ENTITY_TYPE_INDEX', [], cypher`
    CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)`),
  ENTITY_KIND_INDEX: defineStatement('ENTITY_KIND_INDEX', [], cypher`
    CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)`),
  ENTITY_DATE_FROM_INDEX: defineStatement('ENTITY_DATE_FROM_INDEX', [], cypher`
    CREATE INDEX entity_date_from IF NOT EXISTS FOR (n:Entity) ON (n.dateFrom)`),
  ENTITY_DATE_TO_INDEX: defineStatement('ENTITY_DATE_TO_INDEX', [], cypher`
    CREATE INDEX entity_date_to IF NOT EXISTS FOR (n:Entity) ON (n.dateTo)`),
  STATISTIC_METRIC_INDEX: defineStatement('STATISTIC_METRIC_INDEX', [], cypher`
    CREATE INDEX statistic_metric IF NOT EXISTS FOR (s:Statistic) ON (s.metric)`),
  STATISTIC_SUBJECT_INDEX: defineStatement('STATISTIC_SUBJECT_INDEX', [], cypher`
    CREATE INDEX statistic_subject IF NOT EXISTS FOR (s:Statistic) ON (s.subject)`),
  STATISTIC_CLAIMANT_INDEX: defineStatement('STATISTIC_CLAIMANT_INDEX', [], cypher`
    CREATE INDEX statistic_claimed_by IF NOT EXISTS FOR (s:Statistic) ON (s.claimedBy)`),
  STATISTIC_AS_OF_INDEX: defineStatement('STATISTIC_AS_OF_INDEX', [], cypher`
    CREATE INDEX statistic_as_of IF NOT EXISTS FOR (s:Statistic) ON (s.asOfDay)`),
  // Staged nodes (see graph-load.ts) are matched by id while relations are staged.
  STAGED_ENTITY_ID_UNIQUE: defineStatement('STAGED_ENTITY_ID_UNIQUE', [], cypher`
    CREATE CONSTRAINT staged_entity_id IF NOT EXISTS FOR (n:StagedEntity) REQUIRE n.id IS UNIQUE`),
  STAGED_STATISTIC_ID_UNIQUE: defineStatement('STAGED_STATISTIC_ID_UNIQUE', [], cypher`
    CREATE CONSTRAINT staged_statistic_id IF NOT EXISTS FOR (s:StagedStatistic) REQUIRE s.id IS UNIQUE`),
  // The timeline walks events in date order.
  EVENT_DATE_FROM_INDEX: defineStatement('EVENT_DATE_FROM_INDEX', [], cypher`
    CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom)`),
  STAGED_ENTITY_TYPE_INDEX: defineStatement('STAGED_ENTITY_TYPE_INDEX', [], cypher`
    CREATE INDEX staged_entity_type IF NOT EXISTS FOR (n:StagedEntity) ON (n.type)`),
  // Registers the version node's label and property names with the server, so that the version
  // reads a load makes before its first swap draw no "unknown label" warning on a new database.
  GRAPH_VERSION_INDEX: defineStatement('GRAPH_VERSION_INDEX', [], cypher`
    CREATE INDEX graph_version IF NOT EXISTS FOR (g:GraphVersion) ON (g.version, g.swapUntil)`),
  // The first release indexed name and aliasText only, under this name; its successor adds nameKeys.
  DROP_OLD_NAMES_FULLTEXT: defineStatement('DROP_OLD_NAMES_FULLTEXT', [], cypher`
    DROP INDEX entity_names IF EXISTS`),
  // standard-folding strips accents at index and query time, so "Zhìshēng" finds "Zhisheng".
  ENTITY_NAMES_FULLTEXT: defineStatement('ENTITY_NAMES_FULLTEXT', [], cypher`
    CREATE FULLTEXT INDEX entity_name_search IF NOT EXISTS
    FOR (n:Entity) ON EACH [n.name, n.aliasText, n.nameKeys, n.type]
    OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`),
} as const;

/** One index per relation type on the relation id, for lookups by id (GET_RELATIONS). */
export const RELATION_ID_INDEXES = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [type, defineStatement(`RELATION_ID_INDEX_${type}`, [], cypher`
    CREATE INDEX IF NOT EXISTS FOR ()-[r:${relType(type)}]-() ON (r.id)`)]),
) as Readonly<Record<RelationType, Statement<never>>>;

/** One index per relation type on the claimant, for "what does X claim" (RELATIONS_CLAIMED_BY). */
export const RELATION_CLAIMANT_INDEXES = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [type, defineStatement(`RELATION_CLAIMANT_INDEX_${type}`, [], cypher`
    CREATE INDEX IF NOT EXISTS FOR ()-[r:${relType(type)}]-() ON (r.claimedBy)`)]),
) as Readonly<Record<RelationType, Statement<never>>>;

/** The schema commands, each to run in a transaction of its own (they take no parameters). */
export const SCHEMA_COMMANDS: readonly Statement<never>[] = [
  ...Object.values(SCHEMA),
  ...Object.values(RELATION_ID_INDEXES),
  ...Object.values(RELATION_CLAIMANT_INDEXES),
];

// New indexes populate in the background; a search right after the first load must see them.
export const AWAIT_INDEXES = defineStatement('AWAIT_INDEXES', ['timeoutSeconds'], cypher`
  CALL db.awaitIndexes($timeoutSeconds)`);

// ---------------------------------------------------------------- writes (see graph-load.ts)

/**
 * A load stages the new graph under labels no reader matches, in as many transactions as it needs,
 * then swaps it in with one transaction that only changes labels, and deletes the old graph after.
 */
export const WRITES = {
  /** Leftovers of an earlier load (staged or retired nodes), a batch at a time. */
  DELETE_UNUSED_BATCH: defineStatement('DELETE_UNUSED_BATCH', ['batchSize'], cypher`
    MATCH (n:StagedEntity|StagedStatistic|Retired)
    WITH n LIMIT $batchSize
    DETACH DELETE n
    RETURN count(*) AS deleted`),
  STAGE_ENTITIES: defineStatement('STAGE_ENTITIES', ['rows'], cypher`
    UNWIND $rows AS row
    CREATE (n:StagedEntity)
    SET n = row
    RETURN count(n) AS written`),
  STAGE_STATISTICS: defineStatement('STAGE_STATISTICS', ['rows'], cypher`
    UNWIND $rows AS row
    CREATE (s:StagedStatistic)
    SET s = row
    RETURN count(s) AS written`),
  // The swap, in one transaction: the old graph loses the labels readers match, the staged one gains them.
  RETIRE_GRAPH: defineStatement('RETIRE_GRAPH', [], cypher`
    MATCH (n:Entity|Statistic)
    REMOVE n:Entity:Statistic:${typeLabels()}
    SET n:Retired
    RETURN count(n) AS retired`),
  PROMOTE_STATISTICS: defineStatement('PROMOTE_STATISTICS', [], cypher`
    MATCH (s:StagedStatistic)
    REMOVE s:StagedStatistic
    SET s:Statistic
    RETURN count(s) AS promoted`),
  // Before the swap, its own transaction: readers wait until END_SWAP, or until the lease runs out
  // if the loader died (the swap's transaction times out well before that).
  BEGIN_SWAP: defineStatement('BEGIN_SWAP', ['leaseSeconds'], cypher`
    MERGE (g:GraphVersion)
    SET g.swapUntil = datetime() + duration({seconds: $leaseSeconds})
    RETURN g.swapUntil AS until`),
  SET_GRAPH_VERSION: defineStatement('SET_GRAPH_VERSION', ['version'], cypher`
    MATCH (g:GraphVersion)
    SET g.version = $version
    RETURN g.version AS version`),
  // After the swap has committed, its own transaction.
  END_SWAP: defineStatement('END_SWAP', [], cypher`
    MATCH (g:GraphVersion)
    REMOVE g.swapUntil
    RETURN count(g) AS ended`),
} as const;

/** One statement per entity type, because a label cannot be a parameter. */
export const PROMOTE_ENTITIES = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, defineStatement(`PROMOTE_ENTITIES_${type.toUpperCase()}`, ['type'], cypher`
    MATCH (n:StagedEntity)
    WHERE n.type = $type
    REMOVE n:StagedEntity
    SET n:Entity:${label(type)}
    RETURN count(n) AS promoted`)]),
) as Readonly<Record<EntityType, Statement<'type'>>>;

/**
 * One statement per relation type, because a relationship type cannot be a parameter. MATCH on the
 * ends: a relation whose end is missing writes nothing, and the ids it returns let the loader name it.
 */
export const STAGE_RELATIONS = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [type, defineStatement(`STAGE_RELATIONS_${type}`, ['rows'], cypher`
    UNWIND $rows AS row
    MATCH (source:StagedEntity {id: row.from})
    MATCH (target:StagedEntity {id: row.to})
    CREATE (source)-[r:${relType(type)}]->(target)
    SET r = row.properties
    RETURN collect(r.id) AS written`)]),
) as Readonly<Record<RelationType, Statement<'rows'>>>;

// ---------------------------------------------------------------- reads by id

/** Projects a relationship with its type and end ids, the shape rows.relationFromProps reads. */
const RELATION_MAP = cypher`r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}`;

export const LOOKUPS = {
  PING: defineStatement('PING', [], cypher`
    RETURN true AS ok`),
  // Read before and after every read (executor.ts): the version (null until the first load), and
  // whether a load is swapping a new graph in right now (BEGIN_SWAP ... END_SWAP).
  GRAPH_VERSION: defineStatement('GRAPH_VERSION', [], cypher`
    OPTIONAL MATCH (g:GraphVersion)
    RETURN g.version AS version, coalesce(g.swapUntil > datetime(), false) AS swapping`),
  GET_ENTITIES: defineStatement('GET_ENTITIES', ['ids'], cypher`
    MATCH (n:Entity)
    WHERE n.id IN $ids
    RETURN n {.*} AS entity`),
  // Relationship indexes need a type and ids do not name one, so each type's index is asked in
  // turn. The ends must be entities: a load in progress holds staged copies with the same ids.
  GET_RELATIONS: defineStatement('GET_RELATIONS', ['ids'], cypher`
    CALL () {
      ${RELATION_TYPE_NAMES.map((type) => cypher`MATCH (:Entity)-[r:${relType(type)}]->(:Entity) WHERE r.id IN $ids RETURN r`).reduce((all, next) => cypher`${all}
      UNION ALL
      ${next}`)}
    }
    RETURN ${RELATION_MAP} AS relation`),
  // One row per claimant asked, each type's claimant index in turn (see GET_RELATIONS).
  RELATIONS_CLAIMED_BY: defineStatement('RELATIONS_CLAIMED_BY', ['claimants'], cypher`
    UNWIND $claimants AS claimant
    CALL (claimant) {
      ${RELATION_TYPE_NAMES.map((type) => cypher`MATCH (:Entity)-[r:${relType(type)}]->(:Entity) WHERE r.claimedBy = claimant RETURN r`).reduce((all, next) => cypher`${all}
      UNION ALL
      ${next}`)}
    }
    WITH claimant, r
    ORDER BY r.id
    RETURN claimant, collect(${RELATION_MAP}) AS relations`),
  GET_STATISTICS: defineStatement('GET_STATISTICS', ['ids'], cypher`
    MATCH (s:Statistic)
    WHERE s.id IN $ids
    RETURN s {.*} AS statistic`),
} as const;

// ---------------------------------------------------------------- lists and pages

/**
 * Filters shared by every listEntities order. Null parameters switch a filter off; days are ISO
 * strings, so an entity's span [dateFrom, dateTo] overlaps the window by plain string comparison.
 */
const ENTITY_FILTER = cypher`
    MATCH (n:Entity)
    WHERE n.type = $type
      AND ($kinds IS NULL OR n.kind IN $kinds)
      AND ($fromDay IS NULL OR n.dateTo >= $fromDay)
      AND ($toDay IS NULL OR n.dateFrom <= $toDay)
      AND ($placeId IS NULL OR EXISTS {
        MATCH (n)-[:TOOK_PLACE_IN]->(:Place)-[:LOCATED_IN*0..]->(:Place {id: $placeId})
      })
      AND ($participantId IS NULL OR EXISTS {
        MATCH (:Entity {id: $participantId})-[:PARTICIPATED_IN|ORGANIZED]->(n)
      })`;

/**
 * The orders of the port's EntitySort, for keyset paging (src/store/sort-keys.ts has the same
 * comparators): each order read forwards and backwards, and the predicates "comes after the key"
 * and "comes before the key" ($afterValue/$afterId, $beforeValue/$beforeId). DESC is the exact
 * reverse of ASC, ties included, except that undated entities stay last, by id, whichever way
 * dates run. No predicate is ever null while its key is given, so NOT of it is sound.
 */
interface KeysetOrder {
  readonly forward: CypherText;
  readonly backward: CypherText;
  readonly after: CypherText;
  readonly before: CypherText;
}

const ENTITY_ORDERS: Readonly<Record<EntitySortField, Readonly<Record<SortDirection, KeysetOrder>>>> = {
  ID: {
    ASC: { forward: cypher`n.id`, backward: cypher`n.id DESC`, after: cypher`n.id > $afterId`, before: cypher`n.id < $beforeId` },
    DESC: { forward: cypher`n.id DESC`, backward: cypher`n.id`, after: cypher`n.id < $afterId`, before: cypher`n.id > $beforeId` },
  },
  NAME: {
    ASC: {
      forward: cypher`n.name, n.id`,
      backward: cypher`n.name DESC, n.id DESC`,
      after: cypher`(n.name > $afterValue OR (n.name = $afterValue AND n.id > $afterId))`,
      before: cypher`(n.name < $beforeValue OR (n.name = $beforeValue AND n.id < $beforeId))`,
    },
    DESC: {
      forward: cypher`n.name DESC, n.id DESC`,
      backward: cypher`n.name, n.id`,
      after: cypher`(n.name < $afterValue OR (n.name = $afterValue AND n.id < $afterId))`,
      before: cypher`(n.name > $beforeValue OR (n.name = $beforeValue AND n.id > $beforeId))`,
    },
  },
  DATE: {
    ASC: {
      forward: cypher`n.dateFrom IS NULL, n.dateFrom, n.id`,
      backward: cypher`n.dateFrom IS NULL DESC, n.dateFrom DESC, n.id DESC`,
      after: cypher`(CASE WHEN $afterValue IS NULL THEN n.dateFrom IS NULL AND n.id > $afterId
        ELSE n.dateFrom IS NULL OR n.dateFrom > $afterValue OR (n.dateFrom = $afterValue AND n.id > $afterId) END)`,
      before: cypher`(CASE WHEN $beforeValue IS NULL THEN n.dateFrom IS NOT NULL OR n.id < $beforeId
        ELSE n.dateFrom IS NOT NULL AND (n.dateFrom < $beforeValue OR (n.dateFrom = $beforeValue AND n.id < $beforeId)) END)`,
    },
    DESC: {
      forward: cypher`n.dateFrom IS NULL, n.dateFrom DESC, CASE WHEN n.dateFrom IS NULL THEN n.id END, n.id DESC`,
      backward: cypher`n.dateFrom IS NULL DESC, CASE WHEN n.dateFrom IS NULL THEN n.id END DESC, n.dateFrom, n.id`,
      after: cypher`(CASE WHEN $afterValue IS NULL THEN n.dateFrom IS NULL AND n.id > $afterId
        ELSE n.dateFrom IS NULL OR n.dateFrom < $afterValue OR (n.dateFrom = $afterValue AND n.id < $afterId) END)`,
      before: cypher`(CASE WHEN $beforeValue IS NULL THEN n.dateFrom IS NOT NULL OR n.id < $beforeId
        ELSE n.dateFrom IS NOT NULL AND (n.dateFrom > $beforeValue OR (n.dateFrom = $beforeValue AND n.id > $beforeId)) END)`,
    },
  },
};

const KEYSET_PARAMS = ['afterValue', 'afterId', 'beforeValue', 'beforeId', 'limit'] as const;
/** ID orders have no sort value beside the id. */
const ID_KEYSET_PARAMS = ['afterId', 'beforeId', 'limit'] as const;
const FILTER_PARAMS = ['type', 'kinds', 'fromDay', 'toDay', 'placeId', 'participantId'] as const;
export type ListEntitiesParam = (typeof FILTER_PARAMS)[number] | (typeof KEYSET_PARAMS)[number];
export type PagingDirection = 'FORWARD' | 'BACKWARD';

/**
 * A keyset page of `matched`: the items between the keys, in the order read forwards (`first`) or
 * backwards (`last`), at most $limit; and how many items are not after the after-key and not before
 * the before-key, which say whether items precede or follow the page. One row comes back even when
 * nothing matches.
 */
function keysetPage(order: KeysetOrder, reading: PagingDirection): CypherText {
  return cypher`
    WITH collect(n) AS matched
    CALL (matched) {
      UNWIND matched AS n
      WITH n
      WHERE ($afterId IS NULL OR ${order.after}) AND ($beforeId IS NULL OR ${order.before})
      ORDER BY ${reading === 'FORWARD' ? order.forward : order.backward}
      LIMIT $limit
      RETURN collect(n {.*}) AS items
    }
    CALL (matched) {
      UNWIND matched AS n
      WITH n
      WHERE $afterId IS NOT NULL AND NOT ${order.after}
      RETURN count(n) AS notAfter
    }
    CALL (matched) {
      UNWIND matched AS n
      WITH n
      WHERE $beforeId IS NOT NULL AND NOT ${order.before}
      RETURN count(n) AS notBefore
    }
    RETURN size(matched) AS totalCount, items, notAfter, notBefore`;
}

const READINGS: readonly PagingDirection[] = ['FORWARD', 'BACKWARD'];

export const LIST_ENTITIES = Object.fromEntries(
  (Object.keys(ENTITY_ORDERS) as EntitySortField[]).flatMap((field) =>
    (['ASC', 'DESC'] as const).flatMap((direction) =>
      READINGS.map((reading) => [`${field}_${direction}_${reading}`, defineStatement(`LIST_ENTITIES_BY_${field}_${direction}_${reading}`, [...FILTER_PARAMS, ...(field === 'ID' ? ID_KEYSET_PARAMS : KEYSET_PARAMS)] as ListEntitiesParam[], cypher`
    ${ENTITY_FILTER}
    ${keysetPage(ENTITY_ORDERS[field][direction], reading)}`)]),
    ),
  ),
) as Readonly<Record<`${EntitySortField}_${SortDirection}_${PagingDirection}`, Statement<ListEntitiesParam>>>;

const TIMELINE_FILTER = cypher`
    MATCH (n:Event)
    WHERE n.dateFrom IS NOT NULL
      AND ($kinds IS NULL OR n.kind IN $kinds)
      AND ($fromDay IS NULL OR n.dateTo >= $fromDay)
      AND ($toDay IS NULL OR n.dateFrom <= $toDay)`;

/** Dated events by day then id: the DATE ASC order without undated events. */
export const TIMELINE = Object.fromEntries(
  READINGS.map((reading) => [reading, defineStatement(`TIMELINE_${reading}`, ['kinds', 'fromDay', 'toDay', ...KEYSET_PARAMS], cypher`
    ${TIMELINE_FILTER}
    ${keysetPage(ENTITY_ORDERS.DATE.ASC, reading)}`)]),
) as Readonly<Record<PagingDirection, Statement<'kinds' | 'fromDay' | 'toDay' | (typeof KEYSET_PARAMS)[number]>>>;

export const LISTS = {
  // One row per query of the batch, each query with its own keys and size (so no SKIP or LIMIT,
  // which must be constant): relations by id, the range between the keys cut from the ordered
  // list, its first `limit` (forward) or last `limit` (backward) kept.
  RELATIONS_OF: defineStatement('RELATIONS_OF', ['queries'], cypher`
    UNWIND $queries AS q
    CALL (q) {
      MATCH (n:Entity {id: q.entityId})-[r]-(:Entity)
      WHERE type(r) IN q.types
        AND ((q.outgoing AND startNode(r) = n) OR (q.incoming AND endNode(r) = n))
      WITH DISTINCT r
      ORDER BY r.id
      RETURN collect(${RELATION_MAP}) AS relations
    }
    WITH q, relations, [r IN relations WHERE (q.afterId IS NULL OR r.id > q.afterId) AND (q.beforeId IS NULL OR r.id < q.beforeId)] AS range
    RETURN q.index AS index,
      size(relations) AS totalCount,
      CASE WHEN q.forward THEN range[0..q.limit] ELSE range[CASE WHEN size(range) > q.limit THEN size(range) - q.limit ELSE 0 END..] END AS items,
      size([r IN relations WHERE q.afterId IS NOT NULL AND r.id <= q.afterId]) AS notAfter,
      size([r IN relations WHERE q.beforeId IS NOT NULL AND r.id >= q.beforeId]) AS notBefore`),
  // Every metric is passed when none is asked for, so that the metric index always serves.
  STATISTICS: defineStatement('STATISTICS', ['metrics', 'subjectId', 'claimedBy', 'fromDay', 'toDay'], cypher`
    MATCH (s:Statistic)
    WHERE s.metric IN $metrics
      AND ($subjectId IS NULL OR s.subject = $subjectId)
      AND ($claimedBy IS NULL OR s.claimedBy = $claimedBy)
      AND ($fromDay IS NULL OR s.asOfLastDay >= $fromDay)
      AND ($toDay IS NULL OR s.asOfDay <= $toDay)
    RETURN s {.*} AS statistic
    ORDER BY s.asOfDay, s.id`),
} as const;

// ---------------------------------------------------------------- search and traversal

export const GRAPH = {
  // The Lucene query is built from user text by lucene.ts and arrives as a parameter, with the
  // type filter inside it, so that Lucene itself can stop at the best `candidates` hits; the store
  // ranks those (search-ranking.ts).
  SEARCH: defineStatement('SEARCH', ['index', 'lucene', 'candidates'], cypher`
    CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
    RETURN node {.*} AS entity, score`),
  // One breadth-first step of a neighbourhood; the loader of levels lives in neighborhood.ts.
  NEIGHBOR_STEP: defineStatement('NEIGHBOR_STEP', ['frontier', 'visited', 'types'], cypher`
    MATCH (n:Entity)-[r]-(m:Entity)
    WHERE n.id IN $frontier AND type(r) IN $types AND NOT m.id IN $visited
    RETURN DISTINCT m.id AS id`),
  RELATIONS_AMONG: defineStatement('RELATIONS_AMONG', ['ids', 'types'], cypher`
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
    RETURN ${RELATION_MAP} AS relation
    ORDER BY r.id`),
  // The canonical paths (see port.ts): every shortest path, one per sequence of entities (its
  // smallest relation ids), in order of entity ids, the first $limit. The relationship and node
  // predicates apply to every element of the path, so Neo4j checks them during the breadth-first
  // search itself; the length test comes after it on purpose, since a whole-path predicate inside
  // the pattern's WHERE can make Neo4j fall back to an exhaustive search. $avoid never holds an end
  // (traversal.ts takes them out), which is what lets the node test cover the whole path.
  // Sorting every shortest path before LIMIT makes the $limit kept the first in canonical order,
  // not whichever the search met first; only those $limit leave the server.
  SHORTEST_PATHS: defineStatement('SHORTEST_PATHS', ['fromId', 'toId', 'types', 'avoid', 'maxLength', 'limit'], cypher`
    MATCH (a:Entity {id: $fromId})
    MATCH (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[*..20]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types)
      AND none(n IN nodes(p) WHERE n.id IN $avoid)
    WITH p
    WHERE length(p) <= $maxLength
    WITH p, [n IN nodes(p) | n.id] AS entityIds
    ORDER BY entityIds, [r IN relationships(p) | r.id]
    WITH entityIds, head(collect(p)) AS p
    ORDER BY entityIds
    LIMIT $limit
    RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | ${RELATION_MAP}] AS edges`),
  COUNTS: defineStatement('COUNTS', ['types', 'mostConnected'], cypher`
    CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
    CALL () { MATCH (s:Statistic) RETURN count(s) AS statistics }
    CALL () {
      MATCH (:Entity)-[r]->(:Entity)
      WHERE type(r) IN $types
      RETURN count(r) AS relations
    }
    CALL () {
      MATCH (n:Entity)
      WITH n.type AS key, count(*) AS total
      ORDER BY key
      RETURN collect({key: key, count: total}) AS byType
    }
    CALL () {
      MATCH (n:Entity)
      WHERE n.kind IS NOT NULL
      WITH n.type AS type, n.kind AS kind, count(*) AS total
      ORDER BY type, kind
      RETURN collect({type: type, kind: kind, count: total}) AS byKind
    }
    CALL () {
      MATCH (:Entity)-[r]->(:Entity)
      WHERE type(r) IN $types
      WITH type(r) AS key, count(*) AS total
      ORDER BY key
      RETURN collect({key: key, count: total}) AS byRelationType
    }
    // Out plus in, so that a relation from an entity to itself counts twice, as in graph theory.
    CALL () {
      MATCH (n:Entity)
      WITH n, COUNT { (n)-[r]->(:Entity) WHERE type(r) IN $types } + COUNT { (n)<-[r]-(:Entity) WHERE type(r) IN $types } AS degree
      ORDER BY degree DESC, n.id
      LIMIT $mostConnected
      RETURN collect({entity: n {.*}, degree: degree}) AS mostConnected
    }
    RETURN entities, relations, statistics, byType, byKind, byRelationType, mostConnected`),
} as const;

/** Every statement, keyed by name, for the lint test and for anyone auditing what the store runs. */
export const ALL_STATEMENTS: Readonly<Record<string, Statement>> = Object.fromEntries(
  [
    ...SCHEMA_COMMANDS, AWAIT_INDEXES, ...Object.values(WRITES), ...Object.values(PROMOTE_ENTITIES),
    ...Object.values(STAGE_RELATIONS), ...Object.values(LOOKUPS), ...Object.values(LIST_ENTITIES),
    ...Object.values(TIMELINE), ...Object.values(LISTS), ...Object.values(GRAPH),
  ].map((statement: Statement) => [statement.name, statement]),
);
