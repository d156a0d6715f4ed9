/**
 * The XML exports are valid against the official schemas (vendored in test/export/xsd, see its
 * README), checked by xmllint offline: GEXF 1.3, GEXF 1.2draft and GraphML 1.0. Skipped, with the
 * reason, where xmllint is not installed (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExportFormat } from '../../src/export';
import { validateWithXmllint, XMLLINT_MISSING } from '../support/xmllint';
import { openExportFiles, type ExportFiles } from './export-files';

const SCHEMAS: readonly { format: ExportFormat; schema: string }[] = [
  { format: 'GEXF', schema: 'gexf-1.3/gexf.xsd' },
  { format: 'GEXF_1_2', schema: 'gexf-1.2draft/gexf.xsd' },
  { format: 'GRAPHML', schema: 'graphml-1.0/graphml.xsd' },
];

describe('XML exports against the official schemas', () => {
  const skip = XMLLINT_MISSING;
  let exports: ExportFiles;
  before(async () => {
    if (!skip) exports = await openExportFiles();
  });
  after(() => exports?.remove());

  for (const { format, schema } of SCHEMAS) {
    it(`${format} of the whole graph and of a truncated neighbourhood validates against ${schema}`, { skip }, async () => {
      for (const file of await exports.files(format)) {
        assert.match(await validateWithXmllint(schema, file.path), / validates$/, file.path);
      }
    });
  }
});
