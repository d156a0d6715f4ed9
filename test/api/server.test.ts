/** The HTTP surface beyond GraphQL: health, readiness, the offline IDE, CSRF prevention and draining. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { StoreUnavailableError } from '../../src/store/errors';
import { startTestServer, type TestServer } from './harness';
import { startServedChild } from '../support/served-child';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server?.stop());

describe('health and readiness', () => {
  it('/health answers while the process lives', async () => {
    const response = await fetch(`${server.origin}/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('/ready answers 200 when the store answers its ping', async () => {
    const response = await fetch(`${server.origin}/ready`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ready', store: 'memory' });
  });

  it('/ready answers 503 when the store cannot be reached', async () => {
    const down = await startTestServer({
      wrapStore: (store) =>
        new Proxy(store, {
          get: (target, property, receiver) =>
            property === 'ping' ? async () => Promise.reject(new StoreUnavailableError('connection refused')) : Reflect.get(target, property, receiver),
        }),
    });
    try {
      const response = await fetch(`${down.origin}/ready`);
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as any).status, 'unavailable');
    } finally {
      await down.stop();
    }
  });
});

describe('GraphiQL, served offline', () => {
  it('a browser opening /graphql gets the IDE, which loads only local assets', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /GraphiQL/);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(sources.map((source) => source.replace(/^.*\//, '')), ['graphiql.css', 'page.css', 'react.js', 'react-dom.js', 'graphiql.js', 'boot.js']);
    for (const source of sources) {
      assert.ok(source.startsWith('/graphiql/'), `${source} must be served by the app`);
      const asset = await fetch(`${server.origin}${source}`);
      assert.equal(asset.status, 200, source);
      assert.ok((await asset.arrayBuffer()).byteLength > 20, source);
    }
    // No inline code, so the page's policy can forbid it.
    assert.doesNotMatch(html, /<style|<script>|<script (?!src=|type="application\/json")/);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'.*frame-ancestors 'none'/);
  });

  it('/graphiql serves the IDE with a default query that runs cleanly', async () => {
    const html = await (await fetch(`${server.origin}/graphiql`)).text();
    const config = JSON.parse(/<script type="application\/json" id="graphiql-config">(.*)<\/script>/.exec(html)![1]!);
    const { body } = await server.gql(config.defaultQuery);
    assert.equal(body.errors, undefined);
    assert.ok(body.data.events.totalCount > 0);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple-request POST without a content-type', async () => {
    const response = await fetch(server.url, { method: 'POST', body: JSON.stringify({ query: '{ graphStats { entities } }' }) });
    assert.equal(response.status, 400);
    const body = (await response.json()) as any;
    assert.match(body.errors[0].message, /Cross-Site Request Forgery/);
    assert.equal(body.data, undefined);
  });

  it('refuses a form-encoded POST', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20graphStats%20%7B%20entities%20%7D%20%7D',
    });
    assert.equal(response.status, 400);
  });

  it('accepts a GET query that carries the preflight header', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ graphStats { entities } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(response.status, 200);
    assert.ok(((await response.json()) as any).data.graphStats.entities > 0);
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, then closes the store', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let closed = false;
    // Armed once the server has started, which reads the graph's size through counts.
    let gated = false;
    const slow = await startTestServer({
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, property, receiver) {
            if (property === 'counts' && gated) return async (n: number) => (await gate, target.counts(n));
            if (property === 'close') return async () => void (closed = true);
            return Reflect.get(target, property, receiver);
          },
        }),
    });
    gated = true;
    const inFlight = slow.gql(`{ graphStats { entities } }`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = slow.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(closed, false, 'the store must stay open while a request is in flight');
    release();
    const { body } = await inFlight;
    assert.ok(body.data.graphStats.entities > 0);
    await stopped;
    assert.equal(closed, true);
  });
});

describe('npm start', () => {
  it('serves on the embedded store with no set-up and exits cleanly on SIGTERM', async () => {
    const main = join(__dirname, '..', '..', 'src', 'main.js');
    const { child, url, lines } = await startServedChild([process.execPath, main]);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ graphStats { entities } }"}' });
    assert.ok(((await response.json()) as any).data.graphStats.entities > 0);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(lines.some((line) => line.msg === 'stopped'), 'the store is closed and "stopped" logged before exit');
  });
});
