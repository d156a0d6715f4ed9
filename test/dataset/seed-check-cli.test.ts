import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import { FIXTURES, GOOD_FIXTURE } from './support';

const CHECK = path.join(PROJECT_ROOT, 'dist', 'seed', 'check.js');

function runCheck(...args: string[]) {
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run seed:check (dist/seed/check.js)', () => {
  it('exits 0 on a valid directory and prints the counts', () => {
    const { code, stdout, stderr } = runCheck(GOOD_FIXTURE);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /test\/fixtures\/good is valid/);
    assert.match(stdout, /Entities by type\n {2}Event +1\n {2}Organization +2\n {2}Person +2\n {2}Place +2\n {2}Report +1\n {2}-+\n {2}total +8\n/);
    assert.match(stdout, /Entities by kind\n(.*\n)* {2}Organization:MEDIA_OUTLET +1\n/);
    assert.match(stdout, /Relations by type\n(.*\n)* {2}LOCATED_IN +1\n(.*\n)* {2}total +7\n/);
    assert.match(stdout, /Statistics by metric\n {2}MEMBERSHIP +1\n {2}PARTICIPANTS +1\n/);
    assert.equal(stderr, '');
  });

  it('exits 1 on a directory with problems and prints every issue line to stderr', () => {
    const { code, stdout, stderr } = runCheck(path.join(FIXTURES, 'bad', 'several-problems'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const dir = 'test/fixtures/bad/several-problems';
    assert.deepEqual(stderr.trim().split('\n'), [
      `${dir}/people.json: record "person/mira-solen" field "sorces": unknown field "sorces". Did you mean "sources"?`,
      `${dir}/people.json: record "person/mira-solen" field "sources": missing required field`,
      `${dir}/people.json: record "org/tide-watchers" field "id": id "org/tide-watchers" names an Organization, but people.json holds only Person ids (person/<lowercase-words-joined-by-hyphens>)`,
      `${dir}/events.json: record "event/lantern-walk" field "startDate": "2021-02-30" is not a valid date: day 30 does not exist in 2021-02`,
      `${dir}/events.json: record "event/lantern-walk" field "sources": points at unknown id "report/nope"`,
      '',
      '5 problems; the seed dataset is not valid.',
    ]);
  });

  it('exits 1 on a JSON syntax error and names the file and line', () => {
    const { code, stderr } = runCheck(path.join(FIXTURES, 'bad', 'json-syntax'));
    assert.equal(code, 1);
    assert.match(stderr, /^test\/fixtures\/bad\/json-syntax\/people\.json: invalid JSON at line 6, column 5: /);
  });

  it('resolves a relative directory against the working directory', () => {
    const { code, stdout } = runCheck('test/fixtures/good');
    assert.equal(code, 0);
    assert.match(stdout, /total +8/);
  });
});
