/**
 * The API on Neo4j when Neo4j goes away and comes back: /ready says 503 and queries answer
 * STORE_UNAVAILABLE without a stack or Cypher, and once a server answers again the same API process
 * serves again. The test runs a Neo4j of its own, since it stops it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import type { GraphStore } from '../../src/store/port';
import { connectNeo4j } from '../support/stores';
import { startOwnNeo4j, type OwnNeo4jServer } from '../support/neo4j-server';
import { codes, realDataset, startTestServer, type TestServer } from './harness';

/** Why no Neo4j of the test's own can start here, or undefined when one can. */
function cannotStartNeo4j(): string | undefined {
  try {
    execFileSync(join(PROJECT_ROOT, 'scripts', 'with-neo4j'), ['--check'], { encoding: 'utf8' });
    return undefined;
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error).trim();
  }
}

const QUERY = `{ entity(id: "person/gao-zhisheng") { name } graphStats { entities } }`;

async function loadSeed(server: OwnNeo4jServer): Promise<void> {
  const store = await connectNeo4j({}, server.config);
  try {
    await store.load(await realDataset());
  } finally {
    await store.close();
  }
}

async function ready(api: TestServer): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.origin}/ready`);
  return { status: response.status, body: await response.json() };
}

/** Counts the store calls under way, so a test can wait until the API has none. */
class InFlightCalls {
  private count = 0;
  private waiters: (() => void)[] = [];

  wrap(store: GraphStore): GraphStore {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result = value.apply(target, args);
          if (!(result instanceof Promise)) return result;
          this.count += 1;
          return result.finally(() => this.settle());
        };
      },
    });
  }

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private settle(): void {
    this.count -= 1;
    if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }
}

const skip = cannotStartNeo4j();
const inFlight = new InFlightCalls();
describe('the API on Neo4j while Neo4j stops and starts again', skip === undefined ? {} : { skip }, () => {
  let neo4j: OwnNeo4jServer;
  let api: TestServer;
  let port: number;

  before(async () => {
    neo4j = await startOwnNeo4j();
    port = Number(new URL(neo4j.config.uri).port);
    await loadSeed(neo4j);
    api = await startTestServer({ makeStore: () => connectNeo4j({}, neo4j.config), wrapStore: (store) => inFlight.wrap(store) });
  });
  after(async () => {
    await api?.stop();
    await neo4j?.stop();
  });

  it('serves while Neo4j is up', async () => {
    assert.deepEqual(await ready(api), { status: 200, body: { status: 'ready', store: 'neo4j' } });
    const { body } = await api.gql(QUERY);
    assert.equal(body.errors, undefined);
    assert.equal(body.data.entity.name, 'Gao Zhisheng');
  });

  it('answers 503 on /ready and STORE_UNAVAILABLE to queries once Neo4j has stopped, saying nothing of its insides', async () => {
    await neo4j.stop();
    const readiness = await ready(api);
    assert.equal(readiness.status, 503);
    assert.equal(readiness.body.status, 'unavailable');

    const response = await api.gql(QUERY);
    assert.deepEqual([...new Set(codes(response))], ['STORE_UNAVAILABLE']);
    const text = JSON.stringify(response.body);
    for (const secret of ['MATCH', 'RETURN', 'bolt://', '127.0.0.1', 'stacktrace', '.js:', 'Neo.']) {
      assert.ok(!text.includes(secret), `the response mentions "${secret}": ${text}`);
    }
    const requestId = response.headers.get('x-request-id');
    assert.ok(
      api.logs.some((line) => line['requestId'] === requestId && JSON.stringify(line).includes('unavailable')),
      'the cause is logged under the request id',
    );
  });

  it('serves again, without a restart, once Neo4j answers again', async () => {
    // A query that failed may still have reads retrying in the driver (for up to its retry time);
    // one reaching the new, empty server before the load would read a graph not yet there.
    await inFlight.idle();
    neo4j = await startOwnNeo4j(port);
    await loadSeed(neo4j);
    assert.deepEqual(await ready(api), { status: 200, body: { status: 'ready', store: 'neo4j' } });
    const { body } = await api.gql(QUERY);
    assert.equal(body.errors, undefined);
    assert.equal(body.data.entity.name, 'Gao Zhisheng');
  });
});
