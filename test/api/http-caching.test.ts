/**
 * What browsers, CDNs and GraphQL clients rely on at the HTTP level: CORS preflights, queries over
 * GET (and mutations still refused there), Apollo's automatic persisted queries, ETags with 304s,
 * the server's response cache, and a graph version that changes on reload and never serves an
 * older graph's answer.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Dataset, EntityRecord } from '../../src/model';
import { openStore, forEachStore } from '../support/stores';
import { countingStore, realDataset, startTestServer, type TestServer } from './harness';

const PEOPLE = '{ people(first: 3) { edges { node { id name } } } }';

function getUrl(server: TestServer, params: Record<string, unknown>): string {
  const url = new URL(server.url);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return url.href;
}

describe('CORS', () => {
  let open: TestServer;
  let closed: TestServer;
  before(async () => {
    open = await startTestServer();
    closed = await startTestServer({ env: { CORS_ORIGINS: 'https://explorer.example.org' } });
  });
  after(async () => {
    await open.stop();
    await closed.stop();
  });

  it('answers a preflight from any origin by default, allowing the headers GraphQL clients send', async () => {
    const response = await fetch(open.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /\bcontent-type\b/);
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
  });

  it('exposes the request id, ETag and graph version to a page on another origin', async () => {
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: PEOPLE }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    for (const header of ['x-request-id', 'etag', 'x-graph-version']) assert.ok(exposed.includes(header), `${header} is exposed`);
  });

  it('answers downloads under /export cross-origin too', async () => {
    const response = await fetch(`${open.origin}/export/graph.cytoscape.json`, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    await response.arrayBuffer();
  });

  it('with CORS_ORIGINS set, allows the named origin only and varies on Origin', async () => {
    const preflight = (origin: string) =>
      fetch(closed.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://explorer.example.org');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://explorer.example.org');
    assert.match(allowed.headers.get('vary') ?? '', /origin/i);
    const refused = await preflight('https://elsewhere.example.com');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    // A simple request still reaches the server, but without CORS headers the browser hides the answer.
    const read = await fetch(getUrl(closed, { query: PEOPLE }), { headers: { origin: 'https://elsewhere.example.com' } });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    await read.arrayBuffer();
  });
});

describe('queries over GET', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it('answers a query sent as GET with no special header, as urql and Apollo send it', async () => {
    const response = await fetch(getUrl(server, { query: PEOPLE }), { headers: { accept: 'application/graphql-response+json, application/json' } });
    assert.equal(response.status, 200);
    const body = (await response.json()) as any;
    assert.equal(body.data.people.edges.length, 3);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
  });

  it('refuses a mutation over GET, naming the method', async () => {
    const response = await fetch(getUrl(server, { query: 'mutation { anything }' }));
    assert.ok(response.status === 400 || response.status === 405, `status ${response.status}`);
    const body = (await response.json()) as any;
    assert.ok(body.errors.length > 0);
  });

  it('still refuses a simple cross-site POST (text/plain), the request CSRF would forge', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: PEOPLE }) });
    assert.equal(response.status, 400);
    await response.arrayBuffer();
  });
});

describe("Apollo's automatic persisted queries over GET", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it('asks for the query once, then answers the hash alone', async () => {
    const query = '{ graphStats { entities relations } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    const unknown = await fetch(getUrl(server, { extensions }));
    const unknownBody = (await unknown.json()) as any;
    assert.equal(unknownBody.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');

    const register = await fetch(getUrl(server, { query, extensions }));
    assert.equal(register.status, 200);
    const registered = (await register.json()) as any;
    assert.ok(registered.data.graphStats.entities > 0);

    const byHash = await fetch(getUrl(server, { extensions }));
    assert.equal(byHash.status, 200);
    assert.deepEqual(await byHash.json(), registered);
    assert.ok(getUrl(server, { extensions }).length < 200, 'the GET URL stays short');
  });

  it('refuses a query whose hash does not match it', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } };
    const response = await fetch(getUrl(server, { query: PEOPLE, extensions }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as any;
    assert.match(body.errors[0].message, /sha does not match/);
    assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
  });
});

describe('ETags, 304 and the response cache', () => {
  let server: TestServer;
  let calls: () => number;
  before(async () => {
    const counted = countingStore(await openStore('memory', await realDataset()));
    calls = () => counted.total() - (counted.calls.get('version') ?? 0);
    server = await startTestServer({ makeStore: async () => counted.store });
  });
  after(() => server.stop());

  it('gives a GET answer an ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const url = getUrl(server, { query: PEOPLE });
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    assert.ok(etag !== null && /^".+"$/.test(etag), `a strong ETag, got ${etag}`);
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await again.text()).length, 0);
    assert.equal(again.headers.get('etag'), etag);
    const stale = await fetch(url, { headers: { 'if-none-match': '"something-else"' } });
    assert.equal(stale.status, 200);
    await stale.arrayBuffer();
  });

  it('gives different requests different ETags', async () => {
    const a = await fetch(getUrl(server, { query: PEOPLE }));
    const b = await fetch(getUrl(server, { query: '{ people(first: 4) { edges { node { id } } } }' }));
    await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    assert.notEqual(a.headers.get('etag'), b.headers.get('etag'));
  });

  it('answers a repeated query from its cache, without asking the store again', async () => {
    const query = '{ timeline(first: 5) { edges { node { id name startDate } } } }';
    const first = await server.gql(query);
    const before = calls();
    const second = await server.gql(query);
    assert.deepEqual(second.body, first.body);
    assert.equal(calls(), before, 'no store call for the repeated query');
  });

  it('does not keep an answer that holds errors: a passing store failure is not served again', async () => {
    let failures = 1;
    const flaky = await startTestServer({
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver);
            if (property !== 'getEntities' || typeof value !== 'function') return value;
            return (...args: unknown[]) => (failures-- > 0 ? Promise.reject(new Error('store hiccup')) : value.apply(target, args));
          },
        }),
    });
    try {
      const query = '{ people(first: 1) { edges { node { id } } } }';
      const ids = (await flaky.gql(query)).body.data.people.edges.map((edge: any) => edge.node.id);
      const url = getUrl(flaky, { query: `{ entity(id: ${JSON.stringify(ids[0])}) { id name } }` });
      const failed = (await (await fetch(url)).json()) as any;
      assert.equal(failed.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR');
      const retried = await fetch(url);
      const body = (await retried.json()) as any;
      assert.equal(body.errors, undefined);
      assert.equal(body.data.entity.id, ids[0]);
    } finally {
      await flaky.stop();
    }
  });

  it('marks POST answers no-store, since shared caches do not key on a body', async () => {
    const response = await server.gql(PEOPLE);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});

describe('the graph version across a reload', () => {
  forEachStore((storeName) => {
    let server: TestServer;
    let reload: (dataset: Dataset) => Promise<unknown>;
    let original: Dataset;
    before(async () => {
      original = await realDataset();
      const store = await openStore(storeName, original);
      reload = (dataset) => store.load(dataset);
      server = await startTestServer({ makeStore: async () => store });
    });
    after(async () => {
      await reload(original);
      await server.stop();
    });

    it('changes the version, the ETag and the answer when the graph is reloaded, and never serves the old one', async () => {
      const person = original.entities.find((e): e is EntityRecord & { type: 'Person' } => e.type === 'Person')!;
      const query = `{ graphStats { version } entity(id: ${JSON.stringify(person.id)}) { name } }`;
      const url = getUrl(server, { query });
      const before = await fetch(url);
      const beforeBody = (await before.json()) as any;
      const beforeEtag = before.headers.get('etag')!;
      assert.equal(beforeBody.data.entity.name, person.name);
      assert.equal(before.headers.get('x-graph-version'), beforeBody.data.graphStats.version);

      const renamed: Dataset = {
        ...original,
        entities: original.entities.map((e) => (e.id === person.id ? { ...e, name: `${e.name} (renamed)` } : e)),
      };
      await reload(renamed);

      const afterReload = await fetch(url, { headers: { 'if-none-match': beforeEtag } });
      assert.equal(afterReload.status, 200, 'the old ETag no longer matches');
      const afterBody = (await afterReload.json()) as any;
      assert.equal(afterBody.data.entity.name, `${person.name} (renamed)`);
      assert.notEqual(afterBody.data.graphStats.version, beforeBody.data.graphStats.version);
      assert.notEqual(afterReload.headers.get('etag'), beforeEtag);
      assert.equal(afterReload.headers.get('x-graph-version'), afterBody.data.graphStats.version);
    });

    it('gives the same version to the same graph loaded again', async () => {
      await reload(original);
      const first = (await server.gql('{ graphStats { version } }')).body.data.graphStats.version;
      await reload(original);
      const second = (await server.gql('{ graphStats { version } }')).body.data.graphStats.version;
      assert.equal(second, first);
    });
  });
});
