/**
 * Two entities can be related more than once (the same type from two reports, or two types), and
 * every format keeps those relations apart, keyed by relation id. graphology's JSON declares itself
 * multi and directed, so `MultiDirectedGraph.from` (or `Graph.from`, which reads the options) loads
 * it whole; importing it into a simple graph fails on the first parallel pair, as the README says.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import Graph, { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { RelationRecord } from '../../src/model';
import { openExportFiles, type ExportFiles } from './export-files';
import { parseExport } from './round-trip';

/** Relations that share their ends with an earlier one, from the dataset alone. */
function parallelRelations(relations: readonly RelationRecord[]): RelationRecord[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const ends = `${relation.from}\u0000${relation.to}`;
    if (seen.has(ends)) return true;
    seen.add(ends);
    return false;
  });
}

describe('parallel relations', () => {
  let exports: ExportFiles;
  let parallel: RelationRecord[];
  before(async () => {
    exports = await openExportFiles();
    parallel = parallelRelations(exports.dataset.relations);
  });
  after(() => exports?.remove());

  it('exist in the dataset, so that this suite tests something', () => {
    assert.ok(parallel.length > 0);
  });

  it('graphology JSON declares a directed multigraph and loads whole into one', async () => {
    const [whole] = await exports.files('GRAPHOLOGY_JSON');
    const json = JSON.parse(await readFile(whole.path, 'utf8'));
    assert.deepEqual({ type: json.options.type, multi: json.options.multi }, { type: 'directed', multi: true });
    for (const graph of [MultiDirectedGraph.from(json), Graph.from(json)]) {
      assert.equal(graph.size, exports.dataset.relations.length);
      for (const relation of parallel) assert.deepEqual(graph.extremities(relation.id), [relation.from, relation.to], relation.id);
    }
    assert.throws(() => new DirectedGraph().import(json), /already exists/, 'a simple graph cannot hold parallel relations');
  });

  for (const format of ['GEXF', 'GEXF_1_2', 'GRAPHML', 'CYTOSCAPE_JSON'] as const) {
    it(`${format} keeps each parallel relation as its own edge, keyed by relation id`, async () => {
      const [whole] = await exports.files(format);
      const parsed = parseExport(format, await readFile(whole.path, 'utf8'));
      for (const relation of parallel) {
        const edge = parsed.edges.get(relation.id);
        assert.ok(edge, `${format} has ${relation.id}`);
        assert.deepEqual([edge.source, edge.target, edge.attributes['type']], [relation.from, relation.to, relation.type], relation.id);
      }
    });
  }

  it('GEXF 1.3 gives each edge its relation type as `kind`, which Gephi keeps parallel edges apart by', async () => {
    const [whole] = await exports.files('GEXF');
    const content = await readFile(whole.path, 'utf8');
    for (const relation of parallel) {
      const id = relation.id.replace(/&/g, '&amp;');
      assert.match(content, new RegExp(`<edge id="${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[^>]* kind="${relation.type}"`), relation.id);
    }
  });
});
