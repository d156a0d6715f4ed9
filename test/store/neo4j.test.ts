/**
 * The shared store behaviour suite against a real Neo4j, when one is configured through NEO4J_URI
 * (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Without one the suite is reported as skipped,
 * never as passed: see docs/neo4j.md for starting a server and running it.
 */
import { it } from 'node:test';
import { storeConfigFrom } from '../../src/store/config';
import { Neo4jStore } from '../../src/store/neo4j';
import { storeBehaviour } from './behaviour';

const config = storeConfigFrom(process.env);

if (config.kind === 'neo4j') {
  // The suite loads the seed dataset, replacing whatever graph the database holds.
  storeBehaviour('neo4j', () => Neo4jStore.connect(config.neo4j));
} else {
  it('neo4j store behaviour', { skip: 'NEO4J_URI is not set: no Neo4j server to test against (see docs/neo4j.md)' }, () => {});
}
