/**
 * A page served from another origin (a front end's dev server, say) reads the API in a real
 * browser: the preflight passes, the answer and its exposed headers reach the page, downloads
 * come through, and a server limited to other origins keeps its answers from the page.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../api/harness';
import { launchChromium, skipReason } from './browser';

const skip = skipReason();

/** A blank page on its own port: another origin than the API's. */
async function startOtherOrigin(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>front end</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // localhost, not 127.0.0.1: a different host as well as a different port from the API.
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface PageAnswer {
  readonly ok: boolean;
  readonly error?: string;
  readonly status?: number;
  readonly body?: any;
  readonly headers?: Record<string, string | null>;
}

/** fetch from inside the page, as the front end's own code would. */
function fetchFromPage(page: Page, url: string, init: RequestInit): Promise<PageAnswer> {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        let body: unknown = text.length;
        try {
          body = JSON.parse(text);
        } catch {}
        const headers: Record<string, string | null> = {};
        for (const name of ['x-request-id', 'etag', 'x-graph-version', 'content-disposition']) headers[name] = response.headers.get(name);
        return { ok: true, status: response.status, body, headers };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    { url, init: init as any },
  );
}

describe('the API from a page on another origin, in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let open: TestServer;
  let closed: TestServer;
  let other: { origin: string; close(): Promise<void> };
  const query = { query: '{ people(first: 2) { edges { node { id name } } } graphStats { version } }' };

  before(async () => {
    other = await startOtherOrigin();
    open = await startTestServer();
    closed = await startTestServer({ env: { CORS_ORIGINS: 'https://explorer.example.org' } });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(other.origin);
  });
  after(async () => {
    await browser?.close();
    await open?.stop();
    await closed?.stop();
    await other?.close();
  });

  it('POSTs a query with a JSON body (after a preflight) and reads the answer and its exposed headers', async () => {
    // A JSON body is not a "simple" request: the browser sends it only if the preflight allows it.
    const answer = await fetchFromPage(page, open.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query) });
    assert.ok(answer.ok, answer.error);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.people.edges.length, 2);
    assert.match(answer.headers!['x-request-id'] ?? '', /\S/);
    assert.equal(answer.headers!['x-graph-version'], answer.body.data.graphStats.version);
    assert.ok(new URL(open.url).origin !== other.origin);
  });

  it('GETs a query, with its ETag readable by the page', async () => {
    const url = new URL(open.url);
    url.searchParams.set('query', query.query);
    const answer = await fetchFromPage(page, url.href, { method: 'GET' });
    assert.ok(answer.ok, answer.error);
    assert.equal(answer.status, 200);
    assert.match(answer.headers!['etag'] ?? '', /^".+"$/);
  });

  it('downloads an export and reads its file name', async () => {
    const answer = await fetchFromPage(page, `${open.origin}/export/graph.gexf`, { method: 'GET' });
    assert.ok(answer.ok, answer.error);
    assert.equal(answer.status, 200);
    assert.match(answer.headers!['content-disposition'] ?? '', /graph.*\.gexf/);
  });

  it('keeps the answer from the page when the server allows other origins only', async () => {
    const answer = await fetchFromPage(page, closed.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query) });
    assert.equal(answer.ok, false);
    assert.match(answer.error ?? '', /Failed to fetch|TypeError/);
  });
});
