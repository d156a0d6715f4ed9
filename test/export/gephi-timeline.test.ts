/**
 * Gephi reads its timeline from the GEXF 1.3 file (the 1.2 one is for networkx, whose test checks
 * the same days): the graph is dynamic with dates as the time format, every dated event and report
 * spans the days its partial dates mean, and nothing undated carries a start or an end.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { spanOf, type EntityRecord } from '../../src/model';
import { openExportFiles, type ExportFiles } from './export-files';

const GEXF_1_3 = 'http://gexf.net/1.3';

function expectedSpan(entity: EntityRecord) {
  if (entity.type === 'Event') return spanOf(entity.startDate, entity.endDate);
  if (entity.type === 'Report') return spanOf(entity.publishedOn);
  return undefined;
}

describe('the GEXF 1.3 export drives Gephi\'s timeline', () => {
  let exports: ExportFiles;
  before(async () => {
    exports = await openExportFiles();
  });
  after(() => exports?.remove());

  it('declares a dynamic graph over dates, and gives each dated node the days its date covers', async () => {
    const [whole] = await exports.files('GEXF');
    const document = new DOMParser().parseFromString(await readFile(whole.path, 'utf8'), 'text/xml');
    const graph = document.getElementsByTagNameNS(GEXF_1_3, 'graph')[0]!;
    assert.equal(graph.getAttribute('mode'), 'dynamic');
    assert.equal(graph.getAttribute('timeformat'), 'date');

    // Node ids are our entity ids in GEXF (they are XML attributes, not NMTOKENs there).
    const nodes = new Map(Array.from(document.getElementsByTagNameNS(GEXF_1_3, 'node')).map((node) => [node.getAttribute('id')!, node]));
    assert.equal(nodes.size, exports.dataset.entities.length);
    let dated = 0;
    for (const entity of exports.dataset.entities) {
      const node = nodes.get(entity.id);
      assert.ok(node, `node ${entity.id}`);
      const span = expectedSpan(entity);
      if (span) dated++;
      assert.equal(node.getAttribute('start') || undefined, span?.earliest, `${entity.id} start`);
      assert.equal(node.getAttribute('end') || undefined, span?.latest, `${entity.id} end`);
    }
    // The seed has dated events and reports; a file without any would test nothing.
    assert.ok(dated > 50, `${dated} dated nodes`);
  });
});
