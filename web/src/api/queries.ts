/**
 * Every GraphQL document the explorer sends, in one place so they can be read against the schema
 * together. Fragments keep the node and relation fields the graph needs identical everywhere.
 */

const ENTITY_REF = `
fragment EntityRef on Entity {
  __typename id name
  ... on Event { startDate endDate kind }
  ... on Organization { kind }
  ... on Place { kind }
  ... on Report { kind }
}`;

const REPORT_REF = `
fragment ReportRef on Report { id name publishedOn publisher { id name } }`;

const RELATION_REF = `
fragment RelationRef on Relation { id type from { ...EntityRef } to { ...EntityRef } }`;

export const SEARCH = `
query ExplorerSearch($query: String!, $first: Int!) {
  searchEntities(query: $query, first: $first) { edges { score node { ...EntityRef aliases } } }
}${ENTITY_REF}`;

export const NEIGHBORHOOD = `
query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { ...EntityRef aliases sources { id } }
    edges { ...RelationRef sources { id } }
  }
}${ENTITY_REF}${RELATION_REF}`;

const RELATION_FIELDS = `
fragment RelationFields on Relation {
  ...RelationRef role startDate endDate assertion claimedBy { ...EntityRef }
  sources { ...ReportRef } citations { paragraphs report { id } }
}`;

export const ENTITY_DETAILS = `
query ExplorerEntity($id: ID!, $first: Int!, $after: String) {
  entity(id: $id) {
    ...EntityRef aliases description
    ... on Organization { kind }
    ... on Event { kind dateBasis place { ...EntityRef } }
    ... on Place { kind parent { ...EntityRef } }
    ... on Report { kind publishedOn dateBasis publisher { ...EntityRef } author { ...EntityRef } }
    sources { ...ReportRef }
    citations { paragraphs report { id } }
    claims { ...RelationFields }
    # What a person or organization did, for the panel's own sections (withdrawals, statements).
    activity: relations(first: 50, types: [WITHDREW_FROM, PARTICIPATED_IN, AUTHORED], direction: OUT) {
      edges { node { ...RelationFields to { ... on Event { kind place { id name } } ... on Report { kind publishedOn } } } }
    }
    relations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...RelationFields } }
    }
  }
}${ENTITY_REF}${REPORT_REF}${RELATION_REF}${RELATION_FIELDS}`;

export const RELATION = `
query ExplorerRelation($id: ID!) {
  node(id: $id) { ... on Relation { ...RelationFields } }
}${ENTITY_REF}${REPORT_REF}${RELATION_REF}${RELATION_FIELDS}`;

const STATISTIC_FIELDS = `
fragment StatisticFields on Statistic {
  id metric asOf value low high qualifier unit note periodStart periodEnd paragraphs
  claimedBy { ...EntityRef } subject { ...EntityRef } source { ...ReportRef }
}`;

/** Figures about an entity, and figures it claims itself. */
export const STATISTICS_ABOUT = `
query ExplorerStatisticsAbout($subjectId: ID!) {
  statistics(subjectId: $subjectId) { ...StatisticFields }
  claimed: statistics(claimedBy: $subjectId) { ...StatisticFields }
}${ENTITY_REF}${REPORT_REF}${STATISTIC_FIELDS}`;

/** Both withdrawal series in one request: the statistics view always shows them together. */
export const WITHDRAWALS = `
query ExplorerWithdrawals {
  cumulative: statistics(metric: CUMULATIVE_WITHDRAWALS) { ...StatisticFields }
  daily: statistics(metric: DAILY_WITHDRAWALS) { ...StatisticFields }
}${ENTITY_REF}${REPORT_REF}${STATISTIC_FIELDS}`;

/** Several shortest paths, each relation with its sources, for the path finder to offer as alternatives. */
export const SHORTEST_PATHS = `
query ExplorerPaths($fromId: ID!, $toId: ID!, $maxLength: Int!, $avoid: [ID!], $first: Int!) {
  shortestPaths(fromId: $fromId, toId: $toId, maxLength: $maxLength, avoid: $avoid, first: $first) {
    length
    nodes { ...EntityRef aliases sources { id } }
    edges { ...RelationRef sources { ...ReportRef } citations { paragraphs report { id } } }
  }
}${ENTITY_REF}${REPORT_REF}${RELATION_REF}`;

/** Several entities by id in one request (null where an id is unknown), for names only. */
export const ENTITY_REFS = `
query ExplorerEntityRefs($ids: [ID!]!) {
  nodes(ids: $ids) { ...EntityRef }
}${ENTITY_REF}`;

/** The most connected entities: the hubs the path finder can avoid. */
export const HUBS = `
query ExplorerHubs($first: Int!) {
  graphStats(mostConnected: $first) { mostConnected { degree entity { id name } } }
}`;

export const EVENTS_PAGE = `
query ExplorerEvents($first: Int!, $after: String) {
  events(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name kind startDate endDate dateBound
      place { id name }
      participants { id name }
      citations { report { id name } paragraphs }
    } }
  }
}`;
