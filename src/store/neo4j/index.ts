/** The Neo4j adapter of the storage port. */
export { Neo4jStore, type Neo4jConfig, type Neo4jStoreOptions } from './neo4j-store';
export { type QueryLogger } from './executor';
export { ALL_STATEMENTS } from './cypher';
