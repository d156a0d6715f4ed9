import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetValidationError, datasetFromSeedFiles, formatIssue, type DatasetIssue } from '../../src/dataset';
import { goodFiles, recordIn } from './support';

const issue = (n: number): DatasetIssue => ({ file: 'seed/data/people.json', record: `person/p${n}`, field: 'name', message: 'must not be empty' });

describe('DatasetValidationError', () => {
  it('carries the stable code INVALID_DATASET and every issue', () => {
    const issues = Array.from({ length: 12 }, (_, n) => issue(n));
    const error = new DatasetValidationError(issues);
    assert.equal(error.code, 'INVALID_DATASET');
    assert.equal(error.name, 'DatasetValidationError');
    assert.equal(error.issues.length, 12);
    assert.ok(error instanceof Error);
  });

  it('states the count and shows the first ten lines in its message', () => {
    const error = new DatasetValidationError(Array.from({ length: 12 }, (_, n) => issue(n)));
    const lines = error.message.split('\n');
    assert.equal(lines[0], '12 problems in the seed dataset:');
    assert.equal(lines[1], 'seed/data/people.json: record "person/p0" field "name": must not be empty');
    assert.equal(lines.length, 12, 'count line, ten issue lines, and a line for the rest');
    assert.equal(lines[11], '... and 2 more');
  });

  it('says "1 problem" for a single issue', () => {
    assert.match(new DatasetValidationError([issue(1)]).message, /^1 problem in the seed dataset:\n/);
  });

  it('is what datasetFromSeedFiles throws for bad contents', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/mira-solen').sources = ['report/nope'];
    assert.throws(() => datasetFromSeedFiles(files), (error: unknown) => {
      assert.ok(error instanceof DatasetValidationError);
      assert.deepEqual(error.issues.map(formatIssue), [
        'seed/data/people.json: record "person/mira-solen" field "sources": points at unknown id "report/nope"',
      ]);
      return true;
    });
  });
});

describe('formatIssue', () => {
  it('renders file, record and field', () => {
    assert.equal(
      formatIssue({ file: 'seed/data/people.json', record: 'person/x', field: 'sources', message: 'points at unknown id "report/nope"' }),
      'seed/data/people.json: record "person/x" field "sources": points at unknown id "report/nope"',
    );
  });

  it('renders a record-level issue without a field', () => {
    assert.equal(formatIssue({ file: 'seed/data/people.json', record: '#3', message: 'expected a record object' }), 'seed/data/people.json: record "#3": expected a record object');
  });

  it('renders a file-level issue with the file alone', () => {
    assert.equal(formatIssue({ file: 'seed/data/people.json', message: 'file is missing' }), 'seed/data/people.json: file is missing');
  });
});
