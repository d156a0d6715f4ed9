/**
 * `npm run bench:generate -- <entities> <dir>`: writes a synthetic dataset shaped like the seed
 * (bench/generate.ts) as seed files in <dir>, so that `npm run seed <dir>` can validate and load
 * a graph of any size, e.g. 100,000 entities into Neo4j.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readDataset, SEED_FILES } from '../src/dataset';
import type { Dataset } from '../src/model';
import { generateDataset } from './generate';

/** Records as seed files hold them: the type comes from the file, so it is not written. */
function seedFilesOf(dataset: Dataset): Map<string, object[]> {
  const files = new Map<string, object[]>(SEED_FILES.map((file) => [file.name, []]));
  const fileOf = (holds: string) => SEED_FILES.find((file) => file.holds === holds)!.name;
  for (const { type, ...entity } of dataset.entities) files.get(fileOf(type))!.push(entity);
  for (const relation of dataset.relations) files.get(fileOf('Relation'))!.push(relation);
  for (const statistic of dataset.statistics) files.get(fileOf('Statistic'))!.push(statistic);
  return files;
}

async function main(argv: readonly string[]): Promise<number> {
  const [count, dir] = argv;
  const entities = Number(count);
  if (!Number.isInteger(entities) || entities < 200 || dir === undefined) {
    process.stderr.write('usage: npm run bench:generate -- <entities, at least 200> <directory>\n');
    return 2;
  }
  const dataset = generateDataset(await readDataset(), entities);
  mkdirSync(dir, { recursive: true });
  for (const [name, records] of seedFilesOf(dataset)) writeFileSync(path.join(dir, name), `${JSON.stringify(records, null, 1)}\n`);
  process.stdout.write(`Wrote ${dataset.entities.length} entities, ${dataset.relations.length} relations and ${dataset.statistics.length} statistics to ${dir}.\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
