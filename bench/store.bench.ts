/**
 * `npm run bench:store [seedDir]`: load time and per-call latency of each store, side by side, on
 * the seed dataset and on synthetic datasets of 10k and 100k entities shaped like it. Neo4j runs
 * when the run has one (npm run bench:store starts it through scripts/with-neo4j --if-available).
 */
import { readDataset } from '../src/dataset';
import type { Dataset } from '../src/model';
import { storeConfigFrom } from '../src/store/config';
import { MemoryStore } from '../src/store/memory';
import { Neo4jStore } from '../src/store/neo4j';
import type { GraphStore } from '../src/store/port';
import { generateDataset } from './generate';
import { SeededRandom, timeEach, timeOnce, type Timing } from './stats';

const QUERY_SEED = 7;
const NEIGHBOURHOOD = { depth: 2, limit: 200 } as const;
const PATH = { maxLength: 12 } as const;

interface StoreUnderBench {
  readonly name: 'memory' | 'neo4j';
  open(): Promise<GraphStore>;
  /** Calls timed per operation, and calls before timing starts. */
  readonly iterations: number;
  readonly warmUp: number;
  /** Targets on the 100k dataset, in milliseconds (medians for reads). */
  readonly targets: { readonly loadMs: number; readonly readMs: Readonly<Record<ReadName, number>> };
}

type ReadName = 'get' | 'search' | 'neighbourhood' | 'path';
const READ_NAMES: readonly ReadName[] = ['get', 'search', 'neighbourhood', 'path'];

interface Row {
  readonly store: string;
  readonly dataset: string;
  readonly entities: number;
  readonly relations: number;
  readonly loadMs: number;
  readonly reads: Readonly<Record<ReadName, Timing>>;
}

async function benchmark(bench: StoreUnderBench, label: string, dataset: Dataset): Promise<Row> {
  const store = await bench.open();
  try {
    const loadMs = await timeOnce(() => store.load(dataset));
    const random = new SeededRandom(QUERY_SEED);
    const entityIds = dataset.entities.map((e) => e.id);
    const ids = Array.from({ length: bench.iterations }, () => random.pick(entityIds));
    const names = Array.from({ length: bench.iterations }, () => random.pick(dataset.entities).name);
    const pairs = Array.from({ length: bench.iterations }, () => [random.pick(entityIds), random.pick(entityIds)] as const);
    return {
      store: bench.name,
      dataset: label,
      entities: dataset.entities.length,
      relations: dataset.relations.length,
      loadMs,
      reads: {
        get: await timeEach(ids, bench.warmUp, (id) => store.getEntities([id])),
        search: await timeEach(names, bench.warmUp, (name) => store.search(name, { first: 10 })),
        neighbourhood: await timeEach(ids, bench.warmUp, (id) => store.neighborhood(id, NEIGHBOURHOOD)),
        path: await timeEach(pairs, bench.warmUp, ([from, to]) => store.shortestPath(from, to, PATH)),
      },
    };
  } finally {
    await store.close();
  }
}

function storesUnderBench(): { stores: StoreUnderBench[]; skipped?: string } {
  const memory: StoreUnderBench = {
    name: 'memory',
    open: async () => new MemoryStore(),
    iterations: 2000,
    warmUp: 200,
    targets: { loadMs: 5000, readMs: { get: 1, search: 1, neighbourhood: 5, path: 5 } },
  };
  const config = storeConfigFrom(process.env);
  if (config.kind !== 'neo4j') {
    return { stores: [memory], skipped: process.env['NEO4J_UNAVAILABLE_REASON'] || 'NEO4J_URI is not set' };
  }
  const neo4j: StoreUnderBench = {
    name: 'neo4j',
    open: () => Neo4jStore.connect(config.neo4j),
    iterations: 500,
    warmUp: 100,
    targets: { loadMs: 60_000, readMs: { get: 10, search: 10, neighbourhood: 10, path: 10 } },
  };
  return { stores: [memory, neo4j] };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 3 : 0)} ms`);
const timing = (t: Timing) => `${t.medianMs.toFixed(t.medianMs < 10 ? 3 : 1)} / ${t.p99Ms.toFixed(t.p99Ms < 10 ? 3 : 1)}`;

function printTable(rows: readonly Row[]): void {
  const header = ['store', 'dataset', 'entities', 'relations', 'load', 'get by id', 'search', 'depth-2 neighbourhood (limit 200)', 'shortest path'];
  const lines = rows.map((r) => [
    r.store, r.dataset, r.entities.toLocaleString('en'), r.relations.toLocaleString('en'), ms(r.loadMs), ...READ_NAMES.map((read) => timing(r.reads[read])),
  ]);
  const right = new Set([2, 3, 4]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) => `| ${cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  console.log('Reads: median / p99 in ms.\n');
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (right.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

function missedTargets(bench: StoreUnderBench, row: Row): string[] {
  const misses: string[] = [];
  if (row.loadMs >= bench.targets.loadMs) misses.push(`load ${ms(row.loadMs)} >= ${ms(bench.targets.loadMs)}`);
  for (const read of READ_NAMES) {
    const target = bench.targets.readMs[read];
    if (row.reads[read].medianMs >= target) misses.push(`${read} median ${row.reads[read].medianMs.toFixed(3)} ms >= ${target} ms`);
  }
  return misses;
}

async function main(): Promise<void> {
  const seed = await readDataset(process.argv[2]);
  const { stores, skipped } = storesUnderBench();
  if (skipped !== undefined) console.log(`Neo4j is not benchmarked in this run: ${skipped}\n`);
  const datasets: [string, Dataset][] = [['seed', seed], ...[10_000, 100_000].map((size): [string, Dataset] => [`generated ${size / 1000}k`, generateDataset(seed, size)])];
  const rows: Row[] = [];
  for (const [label, dataset] of datasets) {
    for (const bench of stores) {
      process.stderr.write(`bench:store: ${bench.name} on ${label}...\n`);
      rows.push(await benchmark(bench, label, dataset));
    }
  }
  printTable(rows);
  console.log('');
  for (const bench of stores) {
    const row = rows.filter((r) => r.store === bench.name).at(-1)!;
    const targets = `load under ${ms(bench.targets.loadMs)}; medians: ${READ_NAMES.map((read) => `${read} under ${bench.targets.readMs[read]} ms`).join(', ')}`;
    const misses = missedTargets(bench, row);
    console.log(`${bench.name}, 100k targets (${targets}): ${misses.length === 0 ? 'met' : `missed: ${misses.join('; ')}`}`);
    if (misses.length > 0) process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
