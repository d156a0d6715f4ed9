/**
 * The stores the store-facing suites run on: the embedded store always, and Neo4j whenever the run
 * has a server (npm test starts one through scripts/with-neo4j where Java and Maven are installed,
 * or NEO4J_URI names one). Without a server the Neo4j half is reported as skipped, with the reason.
 *
 * Test files run one at a time (scripts/run-tests), because every Neo4j suite replaces the graph
 * in the one database a Community server has.
 */
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe } from 'node:test';
import type { Dataset } from '../../src/model';
import { storeConfigFrom, type Neo4jConfig } from '../../src/store/config';
import { MemoryStore } from '../../src/store/memory';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j';
import type { StatementWarning } from '../../src/store/neo4j/executor';
import type { GraphStore } from '../../src/store/port';

export type StoreName = 'memory' | 'neo4j';

export const STORE_NAMES: readonly StoreName[] = ['memory', 'neo4j'];

/** The configured Neo4j, or null; read on each call so a test can see the environment it was given. */
export function neo4jConfig(): Neo4jConfig | null {
  const config = storeConfigFrom(process.env);
  return config.kind === 'neo4j' ? config.neo4j : null;
}

/** Why the Neo4j half is skipped in this run, or undefined when it runs. */
export function neo4jSkipReason(): string | undefined {
  if (neo4jConfig() !== null) return undefined;
  return (
    process.env['NEO4J_UNAVAILABLE_REASON'] ||
    'NEO4J_URI is not set: no Neo4j server for this run (npm test starts one with scripts/with-neo4j when java and mvn are installed)'
  );
}

/** One describe block per store, named after it; the Neo4j block is skipped with the reason when there is no server. */
export function forEachStore(body: (store: StoreName) => void): void {
  for (const name of STORE_NAMES) {
    const skip = name === 'neo4j' ? neo4jSkipReason() : undefined;
    describe(`on the ${name} store`, skip === undefined ? {} : { skip }, () => body(name));
  }
}

/**
 * Every statement a test process runs on the server is appended (once per process) to the file
 * NEO4J_STATEMENT_LOG names, so that the statement-coverage test can prove all of them ran.
 */
const recorded = new Set<string>();
function recordStatement(name: string): void {
  const log = process.env['NEO4J_STATEMENT_LOG'];
  if (log === undefined || log === '' || recorded.has(name)) return;
  recorded.add(name);
  appendFileSync(log, `${name}\n`);
}

/**
 * Warnings the server attaches to results go to NEO4J_WARNING_LOG, one JSON line each; the
 * after-all test fails on any.
 */
function recordWarning(warning: StatementWarning): void {
  const log = process.env['NEO4J_WARNING_LOG'];
  // The test file too (node --test runs each in a process of its own), so a failure says where to look.
  if (log !== undefined && log !== '') appendFileSync(log, `${JSON.stringify({ ...warning, testFile: relative(process.cwd(), process.argv[1] ?? '') })}\n`);
}

/** A Neo4jStore on the run's server, recording the statements it runs and the warnings it gets. */
export function connectNeo4j(options: Neo4jStoreOptions = {}, config: Neo4jConfig | null = neo4jConfig()): Promise<Neo4jStore> {
  if (config === null) throw new Error(`connectNeo4j: ${neo4jSkipReason()}`);
  return Neo4jStore.connect(config, {
    ...options,
    onStatementRun: (name) => {
      recordStatement(name);
      options.onStatementRun?.(name);
    },
    onWarning: (warning) => {
      recordWarning(warning);
      options.onWarning?.(warning);
    },
  });
}

/** A store of the named kind holding the dataset (on Neo4j, the database's graph is replaced). */
export async function openStore(name: StoreName, dataset: Dataset): Promise<GraphStore> {
  if (name === 'memory') return MemoryStore.withDataset(dataset);
  const store = await connectNeo4j();
  try {
    await store.load(dataset);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
