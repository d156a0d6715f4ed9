/**
 * `npm run seed` (dist/seed/load.js) on each store: on Neo4j it replaces the graph and prints what
 * the store now holds; without NEO4J_URI it only validates. An invalid dataset writes nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import type { Dataset } from '../../src/model';
import type { GraphStore } from '../../src/store/port';
import { FIXTURES, GOOD_FIXTURE } from '../dataset/support';
import { connectNeo4j, forEachStore } from '../support/stores';
import { seedDataset } from './helpers/seed-dataset';

const LOAD = path.join(PROJECT_ROOT, 'dist', 'seed', 'load.js');
const NEO4J_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];

function runSeed(store: 'memory' | 'neo4j', ...args: string[]) {
  const env = { ...process.env };
  if (store === 'memory') for (const name of NEO4J_VARIABLES) delete env[name];
  const result = spawnSync(process.execPath, [LOAD, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

forEachStore((backend) => {
  let dataset: Dataset;
  before(async () => {
    dataset = await seedDataset();
  });

  if (backend === 'memory') {
    it('validates the seed and says there is nothing to write without NEO4J_URI', () => {
      const { code, stdout, stderr } = runSeed('memory');
      assert.equal(code, 0, stderr);
      assert.match(stdout, /The seed dataset is valid\. NEO4J_URI is not set/);
    });
    return;
  }

  let store: GraphStore;
  before(async () => {
    store = await connectNeo4j();
  });
  after(() => store?.close());

  it('loads the real dataset and prints what the store then holds', async () => {
    const { code, stdout, stderr } = runSeed('neo4j');
    assert.equal(code, 0, stderr);
    const line = `${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.statistics.length} statistics.`;
    assert.match(stdout, new RegExp(`^Replaced the graph in Neo4j at bolt://\\S+ \\(database "\\S+"\\) in \\d+\\.\\d s: ${line}`));
    assert.match(stdout, new RegExp(`Entities by type\\n(.*\\n)* {2}-+\\n {2}total +${dataset.entities.length}\\n`));
    const counts = await store.counts(0);
    assert.deepEqual([counts.entities, counts.relations, counts.statistics], [dataset.entities.length, dataset.relations.length, dataset.statistics.length]);
  });

  it('loads another directory, and refuses an invalid one without writing anything', async () => {
    const good = runSeed('neo4j', GOOD_FIXTURE);
    assert.equal(good.code, 0, good.stderr);
    const before = await store.counts(3);
    assert.equal(before.entities, 8);

    const bad = runSeed('neo4j', path.join(FIXTURES, 'bad', 'several-problems'));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /5 problem\(s\); the seed dataset is not valid and nothing was written\./);
    assert.deepEqual(await store.counts(3), before);
  });
});
