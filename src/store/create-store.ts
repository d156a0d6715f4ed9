/**
 * The one place that picks a store: the embedded store holding the seed dataset, or Neo4j.
 */
import { readDataset } from '../dataset';
import { storeConfigFrom, type Environment } from './config';
import { MemoryStore } from './memory';
import type { QueryLogger } from './neo4j/executor';
import type { GraphStore } from './port';

export interface CreateStoreOptions {
  /** Receives each Cypher statement at debug level when the store is Neo4j. */
  readonly logger?: QueryLogger;
}

export async function createStore(env: Environment = process.env, options: CreateStoreOptions = {}): Promise<GraphStore> {
  const config = storeConfigFrom(env);
  // SEED_DIR serves another seed directory (validated as seed/data is) on the embedded store.
  if (config.kind === 'memory') return MemoryStore.withDataset(await readDataset(env['SEED_DIR']?.trim() || undefined));
  // Required only on this path, so running without Neo4j never loads neo4j-driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Neo4jStore } = require('./neo4j/neo4j-store') as typeof import('./neo4j/neo4j-store');
  return Neo4jStore.connect(config.neo4j, { logger: options.logger });
}
