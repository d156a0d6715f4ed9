import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { DatasetValidationError, formatIssue, readDataset, readSeedDirectory } from '../../src/dataset';
import { parseJson } from '../../src/dataset/read-seed-directory';
import { FIXTURES, GOOD_FIXTURE } from './support';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-read-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the good fixture in a scratch directory, to break on disk. */
function copyOfGood(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(GOOD_FIXTURE, dir, { recursive: true });
  return dir;
}

async function rejection(dir: string): Promise<DatasetValidationError> {
  try {
    await readDataset(dir);
  } catch (error) {
    assert.ok(error instanceof DatasetValidationError, `expected DatasetValidationError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${dir} to be rejected`);
}

describe('reading a seed directory', () => {
  it('reports a JSON syntax error with the file name and line', async () => {
    const error = await rejection(path.join(FIXTURES, 'bad', 'json-syntax'));
    assert.deepEqual(error.issues.map(formatIssue), [
      "test/fixtures/bad/json-syntax/people.json: invalid JSON at line 6, column 5: Expected ',' or '}' after property value",
    ]);
  });

  it('locates an error V8 gives no position for, such as a trailing comma in an array', () => {
    const parsed = parseJson('[\n  "a",\n  "b",\n]\n');
    assert.deepEqual(parsed, { problem: "invalid JSON at line 4, column 1: Unexpected token ']'" });
  });

  it('reports a file cut short at its last line', () => {
    const parsed = parseJson('[\n  { "id": "person/ada-fern"\n');
    assert.ok('problem' in parsed);
    assert.match(parsed.problem, /^invalid JSON at line 3, column 1: /);
  });

  it('reports a file that is not an array of records', async () => {
    const dir = copyOfGood('not-an-array');
    writeFileSync(path.join(dir, 'places.json'), '{ "place/eastmarch": {} }\n');
    const error = await rejection(dir);
    assert.equal(error.issues.length, 1, error.message);
    assert.equal(error.issues[0]?.file, path.join(dir, 'places.json'), 'a directory outside the project is named by its absolute path');
    assert.match(error.issues[0]?.message ?? '', /expected a JSON array of records, got an object/);
  });

  it('reports each missing file', async () => {
    const dir = copyOfGood('missing-files');
    unlinkSync(path.join(dir, 'statistics.json'));
    unlinkSync(path.join(dir, 'events.json'));
    const error = await rejection(dir);
    assert.deepEqual(
      error.issues.map((issue) => [path.basename(issue.file), issue.message.split(';')[0]]),
      [
        ['events.json', 'file is missing'],
        ['statistics.json', 'file is missing'],
      ],
    );
  });

  it('reports a stray JSON file, suggesting the seed file it was probably meant to be', async () => {
    const dir = copyOfGood('stray-file');
    writeFileSync(path.join(dir, 'person.json'), '[]\n');
    const error = await rejection(dir);
    assert.equal(error.issues.length, 1, error.message);
    assert.match(error.issues[0]?.message ?? '', /^unexpected file; the seed files are reports\.json, .*\. Did you mean "people\.json"\?$/);
  });

  it('reports a directory that does not exist', async () => {
    const error = await rejection(path.join(scratch, 'no-such-dir'));
    assert.deepEqual(error.issues.map((issue) => issue.message), ['seed directory does not exist or cannot be read']);
  });

  it('reports every file with a syntax error, not just the first', async () => {
    const dir = copyOfGood('two-syntax-errors');
    writeFileSync(path.join(dir, 'people.json'), '[\n  {,}\n]\n');
    writeFileSync(path.join(dir, 'relations.json'), '[\n\n  nope\n]\n');
    const error = await rejection(dir);
    assert.deepEqual(
      error.issues.map((issue) => [path.basename(issue.file), /line (\d+)/.exec(issue.message)?.[1]]),
      [
        ['people.json', '2'],
        ['relations.json', '3'],
      ],
    );
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const dir = copyOfGood('bom');
    writeFileSync(path.join(dir, 'events.json'), '\uFEFF[]\n');
    const read = await readSeedDirectory(dir);
    assert.deepEqual(read.issues, []);
    assert.deepEqual(read.files['events.json'], []);
  });
});
