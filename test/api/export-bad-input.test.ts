/**
 * Bad export requests get coded errors naming the argument (GraphQL) or parameter (download);
 * an unknown centre is null over GraphQL, like every lookup by id, and 404 as a download.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/api-limits';
import { codes, startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  const TOO_DEEP = DEFAULT_LIMITS.maxNeighborhoodDepth + 1;
  const UNKNOWN_CENTER = 'org/no-such-organization';

  let server: TestServer;

  before(async () => {
    server = await startTestServer({ store: backend });
  });
  after(() => server?.stop());

  async function expectGraphQLError(query: string, code: string, mentions: string[]): Promise<void> {
    const response = await server.gql(query);
    assert.deepEqual(codes(response), [code], JSON.stringify(response.body));
    assert.equal(response.status, 400);
    const message = response.body.errors![0]!.message;
    for (const text of mentions) assert.ok(message.includes(text), `"${message}" should mention ${text}`);
  }

  async function expectDownloadError(path: string, status: number, body: { code: string; parameter?: string }, mentions: string[]): Promise<void> {
    const response = await fetch(`${server.origin}${path}`);
    assert.equal(response.status, status, path);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('content-disposition'), null, 'an error is not offered as a file');
    const json = (await response.json()) as { error: string; code: string; parameter?: string };
    assert.deepEqual({ code: json.code, parameter: json.parameter }, { code: body.code, parameter: body.parameter });
    for (const text of mentions) assert.ok(json.error.includes(text), `"${json.error}" should mention ${text}`);
  }

  describe('the GraphQL export field', () => {
    it('refuses an unknown format, naming "format"', () =>
      expectGraphQLError(`{ export(format: PNG) { content } }`, 'BAD_USER_INPUT', ['"format"', 'PNG']));
    it('refuses a malformed centre, naming "center"', () =>
      expectGraphQLError(`{ export(format: GEXF, center: "tuidang-center") { content } }`, 'BAD_USER_INPUT', ['"center"', 'tuidang-center']));
    it('refuses a depth above the neighbourhood limit, naming "depth" and the maximum', () =>
      expectGraphQLError(`{ export(format: GEXF, center: "org/ccp", depth: ${TOO_DEEP}) { content } }`, 'LIMIT_EXCEEDED', ['"depth"', String(DEFAULT_LIMITS.maxNeighborhoodDepth)]));
    it('refuses a depth below 1, naming "depth"', () =>
      expectGraphQLError(`{ export(format: GEXF, center: "org/ccp", depth: 0) { content } }`, 'BAD_USER_INPUT', ['"depth"']));
    it('refuses a depth without a centre rather than ignoring it', () =>
      expectGraphQLError(`{ export(format: GEXF, depth: 2) { content } }`, 'BAD_USER_INPUT', ['"depth"', '"center"']));

    it('answers null for a well-formed centre that is not in the graph', async () => {
      const { status, body } = await server.gql(`{ export(format: GEXF, center: "${UNKNOWN_CENTER}") { content } }`);
      assert.equal(status, 200);
      assert.deepEqual(body, { data: { export: null } });
    });
  });

  describe('the /export downloads', () => {
    it('refuse a malformed centre with 400 naming "center"', () =>
      expectDownloadError('/export/graph.gexf?center=tuidang-center', 400, { code: 'BAD_USER_INPUT', parameter: 'center' }, ['"center"', 'tuidang-center']));
    it('refuse a depth above the neighbourhood limit with 400 naming "depth" and the maximum', () =>
      expectDownloadError(`/export/graph.graphml?center=org/ccp&depth=${TOO_DEEP}`, 400, { code: 'LIMIT_EXCEEDED', parameter: 'depth' }, ['"depth"', String(DEFAULT_LIMITS.maxNeighborhoodDepth)]));
    it('refuse a depth that is not a whole number', () =>
      expectDownloadError('/export/graph.cytoscape.json?center=org/ccp&depth=1.5', 400, { code: 'BAD_USER_INPUT', parameter: 'depth' }, ['"depth"', '1.5']));
    it('refuse a depth below 1', () =>
      expectDownloadError('/export/graph.cytoscape.json?center=org/ccp&depth=0', 400, { code: 'BAD_USER_INPUT', parameter: 'depth' }, ['"depth"']));
    it('refuse a depth without a centre', () =>
      expectDownloadError('/export/graph.gexf?depth=2', 400, { code: 'BAD_USER_INPUT', parameter: 'depth' }, ['"center"']));
    it('refuse a misspelt parameter instead of exporting the whole graph', () =>
      expectDownloadError('/export/graph.gexf?centre=org/ccp', 400, { code: 'BAD_USER_INPUT', parameter: 'centre' }, ['"centre"', 'center']));
    it('refuse a repeated centre instead of picking one', () =>
      expectDownloadError('/export/graph.gexf?center=org/ccp&center=org/tuidang-center', 400, { code: 'BAD_USER_INPUT', parameter: 'center' }, ['"center"']));
    it('answer 404 naming "center" for a centre that is not in the graph', () =>
      expectDownloadError(`/export/graph.graphology.json?center=${UNKNOWN_CENTER}`, 404, { code: 'NOT_FOUND', parameter: 'center' }, [UNKNOWN_CENTER]));
    it('answer 404 listing the exports for a file that is not one', () =>
      expectDownloadError('/export/graph.png', 404, { code: 'NOT_FOUND' }, ['/export/graph.gexf', '/export/graph.graphology.json']));

    it('answer 405 to anything but GET and HEAD', async () => {
      const response = await fetch(`${server.origin}/export/graph.gexf`, { method: 'POST' });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'GET, HEAD');
    });

    it('keep serving after bad input', async () => {
      const response = await fetch(`${server.origin}/export/graph.gexf?center=org/ccp&depth=1`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<gexf /);
    });
  });
});
