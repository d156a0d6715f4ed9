/**
 * The XML exports are valid against the official schemas (vendored in test/export/xsd, see its
 * README), checked by xmllint offline: GEXF 1.3, GEXF 1.2draft and GraphML 1.0. Skipped, with the
 * reason, where xmllint is not installed (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { ExportFormat } from '../../src/export';
import { openExportFiles, type ExportFiles } from './export-files';

const run = promisify(execFile);
const XSD_DIR = join(__dirname, '..', '..', '..', 'test', 'export', 'xsd');

const SCHEMAS: readonly { format: ExportFormat; schema: string }[] = [
  { format: 'GEXF', schema: 'gexf-1.3/gexf.xsd' },
  { format: 'GEXF_1_2', schema: 'gexf-1.2draft/gexf.xsd' },
  { format: 'GRAPHML', schema: 'graphml-1.0/graphml.xsd' },
];

async function xmllintMissing(): Promise<string | undefined> {
  try {
    await run('xmllint', ['--version']);
    return undefined;
  } catch {
    return 'xmllint is not installed (Debian package libxml2-utils; .ci/run installs it)';
  }
}

/** xmllint's verdict; it exits non-zero and names each violation when the file is invalid. */
async function validate(schema: string, file: string): Promise<string> {
  try {
    const { stderr } = await run('xmllint', ['--nonet', '--noout', '--schema', join(XSD_DIR, schema), file]);
    return stderr.trim();
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    assert.fail(`${file} is not valid against ${schema}:\n${stderr ?? String(error)}`);
  }
}

describe('XML exports against the official schemas', async () => {
  const skip = await xmllintMissing();
  let exports: ExportFiles;
  before(async () => {
    if (!skip) exports = await openExportFiles();
  });
  after(() => exports?.remove());

  for (const { format, schema } of SCHEMAS) {
    it(`${format} of the whole graph and of a truncated neighbourhood validates against ${schema}`, { skip }, async () => {
      for (const file of await exports.files(format)) {
        assert.match(await validate(schema, file.path), / validates$/, file.path);
      }
    });
  }
});
