/**
 * `npm run bench:store [seedDir]`: load time and per-call latency of the memory store on the seed
 * dataset and on synthetic datasets of 10k and 100k entities shaped like it.
 */
import { readDataset } from '../src/dataset';
import type { Dataset } from '../src/model';
import { MemoryStore } from '../src/store/memory';
import { generateDataset } from './generate';
import { SeededRandom, timeEach, timeOnce, type Timing } from './stats';

const ITERATIONS = 2000;
const WARM_UP = 200;
const QUERY_SEED = 7;
const NEIGHBOURHOOD = { depth: 2, limit: 200 } as const;
const PATH = { maxLength: 12 } as const;

/** Targets for the 100k dataset, in milliseconds. */
const TARGETS = { loadMs: 5000, getMs: 1, searchMs: 1, neighbourhoodMs: 5, pathMs: 5 };

interface Row {
  readonly dataset: string;
  readonly entities: number;
  readonly relations: number;
  readonly loadMs: number;
  readonly get: Timing;
  readonly search: Timing;
  readonly neighbourhood: Timing;
  readonly path: Timing;
}

async function benchmark(label: string, dataset: Dataset): Promise<Row> {
  const store = new MemoryStore();
  const loadMs = await timeOnce(() => store.load(dataset));
  const random = new SeededRandom(QUERY_SEED);
  const entityIds = dataset.entities.map((e) => e.id);
  const ids = Array.from({ length: ITERATIONS }, () => random.pick(entityIds));
  const names = Array.from({ length: ITERATIONS }, () => random.pick(dataset.entities).name);
  const pairs = Array.from({ length: ITERATIONS }, () => [random.pick(entityIds), random.pick(entityIds)] as const);
  const row: Row = {
    dataset: label,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    loadMs,
    get: await timeEach(ids, WARM_UP, (id) => store.getEntities([id])),
    search: await timeEach(names, WARM_UP, (name) => store.search(name, { first: 10 })),
    neighbourhood: await timeEach(ids, WARM_UP, (id) => store.neighborhood(id, NEIGHBOURHOOD)),
    path: await timeEach(pairs, WARM_UP, ([from, to]) => store.shortestPath(from, to, PATH)),
  };
  await store.close();
  return row;
}

const ms = (value: number) => value.toFixed(value < 10 ? 3 : 0);
const timing = (t: Timing) => `${ms(t.medianMs)} / ${ms(t.p99Ms)}`;

function printTable(rows: readonly Row[]): void {
  const header = ['dataset', 'entities', 'relations', 'load ms', 'get ms (p50/p99)', 'search ms', 'nbhd d2 l200 ms', 'path ms'];
  const lines = rows.map((r) => [r.dataset, String(r.entities), String(r.relations), ms(r.loadMs), timing(r.get), timing(r.search), timing(r.neighbourhood), timing(r.path)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

function missedTargets(row: Row): string[] {
  const misses: string[] = [];
  if (row.loadMs >= TARGETS.loadMs) misses.push(`load ${ms(row.loadMs)} ms >= ${TARGETS.loadMs}`);
  if (row.get.medianMs >= TARGETS.getMs) misses.push(`get median ${ms(row.get.medianMs)} ms >= ${TARGETS.getMs}`);
  if (row.search.medianMs >= TARGETS.searchMs) misses.push(`search median ${ms(row.search.medianMs)} ms >= ${TARGETS.searchMs}`);
  if (row.neighbourhood.medianMs >= TARGETS.neighbourhoodMs) misses.push(`neighbourhood median ${ms(row.neighbourhood.medianMs)} ms >= ${TARGETS.neighbourhoodMs}`);
  if (row.path.medianMs >= TARGETS.pathMs) misses.push(`shortest path median ${ms(row.path.medianMs)} ms >= ${TARGETS.pathMs}`);
  return misses;
}

async function main(): Promise<void> {
  const seed = await readDataset(process.argv[2]);
  const rows = [await benchmark('seed', seed)];
  for (const size of [10_000, 100_000]) rows.push(await benchmark(`synthetic ${size / 1000}k`, generateDataset(seed, size)));
  printTable(rows);
  const misses = missedTargets(rows[rows.length - 1]!);
  console.log(misses.length === 0 ? '\n100k targets met.' : `\n100k targets missed: ${misses.join('; ')}`);
  if (misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
