/**
 * Exports over the real server: the GraphQL `export` field and the /export downloads, each file
 * parsed back with its format's real parser and compared with the dataset and the store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, EXPORT_PAGE_SIZE, type ExportFormat } from '../../src/export';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/api-limits';
import type { Dataset } from '../../src/model';
import { MemoryStore } from '../../src/store/memory';
import type { Subgraph } from '../../src/store/port';
import { assertExportMatches, parseExport, type Expected } from '../export/round-trip';
import { expectedWholeGraphCalls } from '../export/store-calls';
import { countingStore, realDataset, startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  const CENTER = 'org/tuidang-center';
  const DEPTH = 2;
  const SMALL_LIMIT = 10;

  const EXPORT_QUERY = `query Export($format: ExportFormat!, $center: ID, $depth: Int) {
    export(format: $format, center: $center, depth: $depth) { format mimeType fileName nodeCount edgeCount truncated content }
  }`;

  let dataset: Dataset;
  let reference: MemoryStore;
  let server: TestServer;
  let small: TestServer;

  before(async () => {
    dataset = await realDataset();
    reference = await MemoryStore.withDataset(dataset);
    server = await startTestServer({ store: backend });
    small = await startTestServer({ store: backend, env: { MAX_NEIGHBORHOOD_NODES: String(SMALL_LIMIT) } });
  });
  after(async () => {
    await server?.stop();
    await small?.stop();
  });

  /** What the store answers for the neighbourhood the server should export under a node limit. */
  async function expectedNeighborhood(limit: number): Promise<Subgraph> {
    const subgraph = await reference.neighborhood(CENTER, { depth: DEPTH, limit });
    assert.ok(subgraph);
    return subgraph;
  }

  const whole = (): Expected => ({ nodes: dataset.entities, edges: dataset.relations, truncated: false });
  const fileName = (format: ExportFormat, neighbourhood: boolean) =>
    neighbourhood ? `neighborhood.org.tuidang-center.depth-${DEPTH}.${EXPORT_FORMATS[format].extension}` : `graph.${EXPORT_FORMATS[format].extension}`;

  async function viaGraphQL(target: TestServer, format: ExportFormat, neighbourhood: boolean) {
    const variables = neighbourhood ? { format, center: CENTER, depth: DEPTH } : { format };
    const { status, body } = await target.gql(EXPORT_QUERY, variables);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.export;
  }

  async function viaDownload(target: TestServer, format: ExportFormat, neighbourhood: boolean) {
    const query = neighbourhood ? `?center=${encodeURIComponent(CENTER)}&depth=${DEPTH}` : '';
    const response = await fetch(`${target.origin}/export/graph.${EXPORT_FORMATS[format].extension}${query}`);
    assert.equal(response.status, 200);
    return { headers: response.headers, content: await response.text() };
  }

  for (const format of EXPORT_FORMAT_NAMES) {
    describe(`${format} over GraphQL`, () => {
      it('exports the whole graph, which parses back to the dataset', async () => {
        const file = await viaGraphQL(server, format, false);
        const { content, ...meta } = file;
        assert.deepEqual(meta, {
          format,
          mimeType: EXPORT_FORMATS[format].mimeType,
          fileName: fileName(format, false),
          nodeCount: dataset.entities.length,
          edgeCount: dataset.relations.length,
          truncated: false,
        });
        assertExportMatches(parseExport(format, content), whole());
      });

      it(`exports the neighbourhood of ${CENTER} at depth ${DEPTH}, which parses back to the store's`, async () => {
        const expected = await expectedNeighborhood(DEFAULT_LIMITS.maxNeighborhoodNodes);
        const file = await viaGraphQL(server, format, true);
        assert.equal(file.fileName, fileName(format, true));
        assert.equal(file.nodeCount, expected.nodes.length);
        assert.equal(file.edgeCount, expected.edges.length);
        assert.equal(file.truncated, expected.truncated);
        assertExportMatches(parseExport(format, file.content), expected);
      });

      it('says a neighbourhood cut at the configured node limit is truncated', async () => {
        const expected = await expectedNeighborhood(SMALL_LIMIT);
        assert.ok(expected.truncated, 'the neighbourhood is larger than the small limit');
        const file = await viaGraphQL(small, format, true);
        assert.equal(file.truncated, true);
        assert.equal(file.nodeCount, SMALL_LIMIT);
        assertExportMatches(parseExport(format, file.content), expected);
      });
    });

    describe(`${format} as a download`, () => {
      it('serves the whole graph as an attachment with the format\'s media type', async () => {
        const { headers, content } = await viaDownload(server, format, false);
        assert.equal(headers.get('content-type'), `${EXPORT_FORMATS[format].mimeType}; charset=utf-8`);
        assert.equal(headers.get('content-disposition'), `attachment; filename="${fileName(format, false)}"`);
        assert.equal(headers.get('x-graph-truncated'), 'false');
        assert.equal(headers.get('x-graph-node-count'), String(dataset.entities.length));
        assert.equal(headers.get('x-graph-edge-count'), String(dataset.relations.length));
        assertExportMatches(parseExport(format, content), whole());
      });

      it(`serves the neighbourhood of ${CENTER} at depth ${DEPTH}, the same file as GraphQL gives`, async () => {
        const expected = await expectedNeighborhood(DEFAULT_LIMITS.maxNeighborhoodNodes);
        const { headers, content } = await viaDownload(server, format, true);
        assert.equal(headers.get('content-disposition'), `attachment; filename="${fileName(format, true)}"`);
        assert.equal(headers.get('x-graph-truncated'), String(expected.truncated));
        assertExportMatches(parseExport(format, content), expected);
        assert.equal(content, (await viaGraphQL(server, format, true)).content);
      });

      it('flags a truncated neighbourhood in a header', async () => {
        const expected = await expectedNeighborhood(SMALL_LIMIT);
        const { headers, content } = await viaDownload(small, format, true);
        assert.equal(headers.get('x-graph-truncated'), 'true');
        assert.equal(headers.get('x-graph-node-count'), String(SMALL_LIMIT));
        assertExportMatches(parseExport(format, content), expected);
      });
    });
  }

  it('a whole-graph export over GraphQL reads the store in the calls the dataset\'s size implies, and no others', async () => {
    let counted: ReturnType<typeof countingStore> | undefined;
    const counting = await startTestServer({ store: backend, wrapStore: (store) => (counted = countingStore(store)).store });
    try {
      // The server reads the graph's size once as it starts (for the cost of exports), and the graph's
      // version with each request (for its cache and ETag); only the export's own reads count here.
      counted!.calls.clear();
      await viaGraphQL(counting, 'GEXF', false);
      counted!.calls.delete('version');
      assert.deepEqual(Object.fromEntries(counted!.calls), expectedWholeGraphCalls(dataset, EXPORT_PAGE_SIZE));
    } finally {
      await counting.stop();
    }
  });
});
