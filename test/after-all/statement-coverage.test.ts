/**
 * Every named Cypher statement ran on the live server during this test run. scripts/run-tests runs
 * this file after all the others; each Neo4j store the tests open appends the statements it ran to
 * the file NEO4J_STATEMENT_LOG names (test/support/stores.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { ALL_STATEMENTS } from '../../src/store/neo4j';
import { neo4jSkipReason } from '../support/stores';

const log = process.env['NEO4J_STATEMENT_LOG'];
const skip =
  neo4jSkipReason() ??
  (log ? undefined : 'NEO4J_STATEMENT_LOG is not set: run the whole suite with npm test, which records the statements the Neo4j tests run');

it('no statement drew a warning from the live server (deprecations, cartesian products, unknown names...)', skip === undefined ? {} : { skip }, () => {
  const file = process.env['NEO4J_WARNING_LOG'];
  const warnings = file ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  assert.deepEqual(warnings, []);
});

it('every statement of ALL_STATEMENTS ran against the live Neo4j server during the run', skip === undefined ? {} : { skip }, () => {
  const ran = new Set(readFileSync(log!, 'utf8').split('\n').filter(Boolean));
  const missing = Object.keys(ALL_STATEMENTS).filter((name) => !ran.has(name)).sort();
  assert.deepEqual(missing, [], `${missing.length} of ${Object.keys(ALL_STATEMENTS).length} statements never ran on the server: ${missing.join(', ')}`);
  const unknown = [...ran].filter((name) => !(name in ALL_STATEMENTS));
  assert.deepEqual(unknown, [], `statements ran that ALL_STATEMENTS does not list: ${unknown.join(', ')}`);
});
