/**
 * Every export format, read back with a real parser, holds exactly the entities and relations it
 * was made from, with their attributes: the whole graph, a neighbourhood, and a truncated one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportFileName, exportGraph } from '../../src/export';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/api-limits';
import type { Dataset } from '../../src/model';
import type { GraphStore, Subgraph } from '../../src/store/port';
import { realDataset } from '../api/harness';
import { forEachStore, openStore } from '../support/stores';
import { assertExportMatches, parseExport } from './round-trip';

const CENTER = 'org/tuidang-center';
const DEPTH = 2;
const LIMIT = DEFAULT_LIMITS.maxNeighborhoodNodes;

forEachStore((backend) => {
  let dataset: Dataset;
  let store: GraphStore;

  before(async () => {
    dataset = await realDataset();
    store = await openStore(backend, dataset);
  });
  after(() => store?.close());

  async function neighborhood(limit: number): Promise<Subgraph> {
    const subgraph = await store.neighborhood(CENTER, { depth: DEPTH, limit });
    assert.ok(subgraph, `${CENTER} is in the dataset`);
    return subgraph;
  }

  for (const format of EXPORT_FORMAT_NAMES) {
    describe(`${format} export`, () => {
      it('of the whole graph parses back to every entity and relation of the dataset, with their attributes', async () => {
        const file = await exportGraph(store, { format }, LIMIT);
        assert.ok(file);
        assert.deepEqual(
          { nodeCount: file.nodeCount, edgeCount: file.edgeCount, truncated: file.truncated, mimeType: file.mimeType, fileName: file.fileName },
          { nodeCount: dataset.entities.length, edgeCount: dataset.relations.length, truncated: false, mimeType: EXPORT_FORMATS[format].mimeType, fileName: `graph.${EXPORT_FORMATS[format].extension}` },
        );
        assertExportMatches(parseExport(format, file.content), { nodes: dataset.entities, edges: dataset.relations, truncated: false });
      });

      it(`of the neighbourhood of ${CENTER} at depth ${DEPTH} parses back to the store's neighbourhood`, async () => {
        const expected = await neighborhood(LIMIT);
        const file = await exportGraph(store, { format, center: CENTER, depth: DEPTH }, LIMIT);
        assert.ok(file);
        assert.equal(file.nodeCount, expected.nodes.length);
        assert.equal(file.edgeCount, expected.edges.length);
        const parsed = parseExport(format, file.content);
        assertExportMatches(parsed, expected);
        assert.equal(parsed.graph['center'], CENTER);
        assert.equal(String(parsed.graph['depth']), String(DEPTH));
      });

      it('of a neighbourhood cut at the node limit says it is truncated, in the file and beside it', async () => {
        const limit = 10;
        const expected = await neighborhood(limit);
        assert.ok(expected.truncated, `the neighbourhood of ${CENTER} at depth ${DEPTH} has more than ${limit} entities`);
        const file = await exportGraph(store, { format, center: CENTER, depth: DEPTH }, limit);
        assert.ok(file);
        assert.equal(file.truncated, true);
        assert.equal(file.nodeCount, limit);
        assertExportMatches(parseExport(format, file.content), expected);
      });
    });
  }

  describe('export requests', () => {
    it('give null for a centre that is not in the graph, like every lookup by id', async () => {
      assert.equal(await exportGraph(store, { format: 'GEXF', center: 'person/nobody-of-that-name' }, LIMIT), null);
    });

    it('default a neighbourhood to depth 1, as `neighborhood` does', async () => {
      const expected = await store.neighborhood(CENTER, { depth: 1, limit: LIMIT });
      const file = await exportGraph(store, { format: 'GRAPHOLOGY_JSON', center: CENTER }, LIMIT);
      assert.ok(expected && file);
      assertExportMatches(parseExport('GRAPHOLOGY_JSON', file.content), expected);
    });

  });
});

describe('export file names', () => {
  it('name files after the format, and a neighbourhood after its centre and depth', () => {
    assert.equal(exportFileName({ kind: 'whole' }, 'CYTOSCAPE_JSON'), 'graph.cytoscape.json');
    assert.equal(
      exportFileName({ kind: 'neighborhood', center: CENTER, depth: 2, limit: LIMIT }, 'GRAPHML'),
      'neighborhood.org.tuidang-center.depth-2.graphml',
    );
  });
});
