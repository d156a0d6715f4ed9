/**
 * Loading Neo4j when things go wrong, on the live server: a batch that fails part-way, a connection
 * killed while the new graph is staged or while it is being swapped in, and readers running while
 * loads replace the graph. The previous graph must survive every failure, and a reader must see
 * the old graph or the new one, never a mix.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { generateDataset } from '../../bench/generate';
import type { Dataset, RelationRecord } from '../../src/model';
import { GraphIntegrityError } from '../../src/store/graph-integrity-error';
import { StoreUnavailableError } from '../../src/store/errors';
import type { Neo4jStore } from '../../src/store/neo4j';
import type { GraphStore } from '../../src/store/port';
import { connectNeo4j, neo4jConfig, neo4jSkipReason } from '../support/stores';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { seedDataset } from './helpers/seed-dataset';

const GAO = 'person/gao-zhisheng';

/** Reads of one statement and of several (neighbourhood), each a port call of its own. */
const READS = {
  counts: (store: GraphStore) => store.counts(3),
  gao: (store: GraphStore) => store.getEntities([GAO]),
  neighbourhood: (store: GraphStore) => store.neighborhood(GAO, { depth: 2, limit: 60 }),
  search: async (store: GraphStore) => (await store.search('Gao Zhisheng', { first: 3 })).map((hit) => hit.entity.name),
  people: async (store: GraphStore) => (await store.listEntities({ type: 'Person' }, { field: 'NAME', direction: 'ASC' }, { first: 50 })).items.map((e) => e.name),
} as const;
type ReadName = keyof typeof READS;

/** What readers see of the graph: the answer to each read. */
async function view(store: GraphStore): Promise<Record<ReadName, unknown>> {
  const answers = {} as Record<ReadName, unknown>;
  for (const name of Object.keys(READS) as ReadName[]) answers[name] = await READS[name](store);
  return answers;
}

/** The seed with a part of it changed, so that every read of `view` tells the two apart. */
function alteredSeed(seed: Dataset): Dataset {
  return {
    entities: seed.entities.map((e) => (e.id === GAO ? { ...e, name: 'Gao Zhisheng (altered)' } : e)),
    relations: seed.relations.filter((_, i) => i % 7 !== 0),
    statistics: seed.statistics.slice(1),
  };
}

/** Dataset `base`, large enough to need many staging transactions, with a relation to nowhere at the very end. */
function withDanglingLastRelation(base: Dataset): { dataset: Dataset; dangling: RelationRecord } {
  const last = base.relations[base.relations.length - 1]!;
  const dangling: RelationRecord = { ...last, id: `${last.id}.dangling`, to: 'org/no-such-organization' };
  return { dataset: { ...base, relations: [...base.relations, dangling] }, dangling };
}

async function leftovers(): Promise<number> {
  const config = neo4jConfig()!;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const { records } = await driver.executeQuery('MATCH (n:StagedEntity|StagedStatistic|Retired) RETURN count(n) AS n', {}, { database: config.database });
    return records[0]!.get('n').toNumber();
  } finally {
    await driver.close();
  }
}

const skip = neo4jSkipReason();
describe('loading Neo4j through faults', skip === undefined ? {} : { skip }, () => {
  let seed: Dataset;
  let large: Dataset;
  let store: Neo4jStore;
  let seedView: Record<ReadName, unknown>;

  before(async () => {
    seed = await seedDataset();
    // 6,000 entities and about 11,000 relations: 17 batches of 1,000 rows in 6 staging transactions.
    large = generateDataset(seed, 6_000);
    store = await connectNeo4j();
    await store.load(seed);
    seedView = await view(store);
  });
  after(() => store?.close());

  it('keeps the previous graph when a batch fails after others were written, names the relation, and leaves nothing staged', async () => {
    const { dataset, dangling } = withDanglingLastRelation(large);
    await assert.rejects(store.load(dataset), (error: unknown) => {
      assert.ok(error instanceof GraphIntegrityError, String(error));
      assert.equal(error.recordId, dangling.id);
      assert.match(error.message, /org\/no-such-organization/);
      return true;
    });
    assert.deepEqual(await view(store), seedView);
    assert.equal(await leftovers(), 0);
  });

  for (const moment of ['STAGE_ENTITIES', 'RETIRE_GRAPH'] as const) {
    const when = moment === 'STAGE_ENTITIES' ? 'while the new graph is staged' : 'inside the swap, after the old graph was retired but before the commit';
    it(`keeps the previous graph when the connection is killed ${when}, and the next load clears what was left`, async () => {
      const config = neo4jConfig()!;
      const target = new URL(config.uri);
      const proxy: TcpProxy = await startTcpProxy(target.hostname, Number(target.port));
      let runs = 0;
      const doomed = await connectNeo4j(
        {
          // Readers wait out the lease of a swap whose loader died; short here so the test reads soon.
          swapLeaseSeconds: 4,
          onStatementRun: (name) => {
            if (name === moment && ++runs === (moment === 'STAGE_ENTITIES' ? 3 : 1)) proxy.cut();
          },
        },
        { ...config, uri: `bolt://${proxy.address}` },
      );
      try {
        await assert.rejects(doomed.load(large), (error: unknown) => {
          assert.ok(error instanceof StoreUnavailableError, `expected STORE_UNAVAILABLE, got ${String(error)}`);
          return true;
        });
      } finally {
        await doomed.close();
        await proxy.close();
      }
      assert.ok(runs > 0, `${moment} ran before the cut`);
      assert.deepEqual(await view(store), seedView);
      await store.load(seed);
      assert.deepEqual(await view(store), seedView);
      assert.equal(await leftovers(), 0);
    });
  }

  it('lets readers see the old graph or the new one while loads replace it, never a mix', async () => {
    const altered = alteredSeed(seed);
    await store.load(altered);
    const alteredView = await view(store);
    await store.load(seed);
    assert.notDeepEqual(alteredView, seedView);

    for (const name of Object.keys(READS) as ReadName[]) assert.notDeepEqual(alteredView[name], seedView[name], `${name} tells the graphs apart`);

    const reader = await connectNeo4j();
    const seen = { seed: 0, altered: 0 };
    const mixed: string[] = [];
    let loading = true;
    const reading = (async () => {
      while (loading) {
        for (const name of Object.keys(READS) as ReadName[]) {
          const answer = await READS[name](reader);
          if (isDeepEqual(answer, seedView[name])) seen.seed++;
          else if (isDeepEqual(answer, alteredView[name])) seen.altered++;
          else mixed.push(`${name}: ${JSON.stringify(answer).slice(0, 300)}`);
        }
      }
    })();
    try {
      for (const dataset of [altered, seed, altered, seed, altered, seed]) await store.load(dataset);
    } finally {
      loading = false;
      await reading;
      await reader.close();
    }
    assert.deepEqual(mixed, []);
    assert.ok(seen.seed > 0 && seen.altered > 0, `the reader saw both graphs: ${JSON.stringify(seen)}`);
  });
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
