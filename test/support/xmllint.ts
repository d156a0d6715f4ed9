/**
 * xmllint against the official schemas vendored in test/export/xsd (see its README), offline.
 * Tests skip, with the reason, where xmllint is not installed (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const XSD_DIR = join(__dirname, '..', '..', '..', 'test', 'export', 'xsd');

/** Why xmllint cannot run here, or undefined when it can: known when tests are declared, for their skip option. */
export const XMLLINT_MISSING: string | undefined = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'xmllint is not installed (Debian package libxml2-utils; .ci/run installs it)';
  }
})();

/**
 * xmllint's verdict on `file` against `schema` (a path under test/export/xsd); it exits non-zero
 * and names each violation when the file is invalid, which fails the calling test with them.
 */
export async function validateWithXmllint(schema: string, file: string): Promise<string> {
  try {
    const { stderr } = await run('xmllint', ['--nonet', '--noout', '--schema', join(XSD_DIR, schema), file]);
    return stderr.trim();
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    assert.fail(`${file} is not valid against ${schema}:\n${stderr ?? String(error)}`);
  }
}
