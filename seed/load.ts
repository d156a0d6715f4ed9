/**
 * `npm run seed [dir]`: validates the seed dataset (default seed/data), then writes it to the store
 * NEO4J_URI names, replacing the graph there. Nothing is written unless the whole dataset is valid.
 * Exit codes: 0 written (or nothing to write), 1 invalid dataset, 2 configuration or store failure.
 */
import * as path from 'node:path';
import { DatasetValidationError, formatIssue, readDataset, summarize } from '../src/dataset';
import type { Dataset } from '../src/model';
import { createStore } from '../src/store/create-store';
import { storeConfigFrom, StoreConfigError, type Environment } from '../src/store/config';
import type { CountBy, GraphCounts } from '../src/store/port';
import { renderSummary } from './check';

async function main(argv: readonly string[], env: Environment): Promise<number> {
  let dataset: Dataset;
  try {
    dataset = await readDataset(argv[0] === undefined ? undefined : path.resolve(argv[0]));
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    for (const issue of error.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`\n${error.issues.length} problem(s); the seed dataset is not valid and nothing was written.\n`);
    return 1;
  }

  const config = storeConfigFrom(env);
  if (config.kind === 'memory') {
    process.stdout.write(
      'The seed dataset is valid. NEO4J_URI is not set, so the API uses its embedded store, which loads\n' +
        'the dataset itself at start-up: there is nothing to write. Set NEO4J_URI (see docs/neo4j.md) to load Neo4j.\n',
    );
    return 0;
  }

  const target = `Neo4j at ${config.neo4j.uri} (database "${config.neo4j.database}")`;
  const store = await createStore(env);
  try {
    const started = performance.now();
    const written = await store.load(dataset);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counts = await store.counts(0);
    process.stdout.write(
      `Replaced the graph in ${target} in ${seconds} s: ${written.entities} entities, ${written.relations} relations, ${written.statistics} statistics.\n\n`,
    );
    process.stdout.write(renderSummary(summaryOf(counts, dataset)));
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * What the store now holds, as seed:check prints a dataset. The store keeps no count per metric,
 * so that table shows what was written; its total is the store's own count.
 */
function summaryOf(counts: GraphCounts, dataset: Dataset) {
  const table = (rows: readonly CountBy[]) => Object.fromEntries([...rows].sort((a, b) => a.key.localeCompare(b.key)).map((r) => [r.key, r.count]));
  return {
    entities: counts.entities,
    relations: counts.relations,
    statistics: counts.statistics,
    entitiesByType: table(counts.byType),
    entitiesByKind: table(counts.byKind),
    relationsByType: table(counts.byRelationType),
    statisticsByMetric: summarize(dataset).statisticsByMetric,
  };
}

if (require.main === module) {
  // Stopped mid-load (a container shut down, Ctrl-C), the loader just exits: until its swap
  // commits, readers see the previous graph, and the next load clears what this one staged.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      process.stderr.write(`seed: stopped by ${signal}; the graph in the store is the one it held before, unless the swap had already committed.\n`);
      process.exit(signal === 'SIGTERM' ? 143 : 130);
    });
  }
  main(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Configuration and store errors carry a one-sentence message that names the problem.
      const known = error instanceof StoreConfigError || (error instanceof Error && 'code' in error);
      process.stderr.write(`seed: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
