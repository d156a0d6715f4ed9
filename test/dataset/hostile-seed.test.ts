/**
 * Seed files as a careless or hostile author could write them: every case here passed seed:check
 * before and is now refused with the file, the record and the field, and the loader refuses the
 * same files before it connects to any store.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { formatIssue, PROJECT_ROOT, readSeedDirectory } from '../../src/dataset';
import { assertIssues, GOOD_FIXTURE, goodFiles, recordIn, recordsOf } from './support';

const EVENT = 'event/lantern-walk';
const REPORT = 'report/harbor-gazette-lantern-walk';
const PERSON = 'person/tobin-vale';
const PARTICIPANTS = 'stat/lantern-walk-participants';
const MEMBERSHIP = 'stat/lantern-society-membership';

describe('figures', () => {
  it('rejects a fractional number of people', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).value = 300.5;
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /300\.5 people is not a whole number/ });
  });

  it('rejects a share above 100 percent', () => {
    const files = goodFiles();
    Object.assign(recordIn(files, 'statistics.json', PARTICIPANTS), { value: 250, unit: 'PERCENT', metric: 'SHARE_WITHDRAWN' });
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /250 percent is more than the whole/ });
  });

  it('rejects a figure claimed by a place', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).claimedBy = 'place/brightwater';
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'claimedBy', message: /a claimant must be a Person, an Organization or a Report/ });
  });

  it('rejects a figure dated decades after the report that gives it', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).asOf = '2049-05-04';
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'asOf', message: /"2049-05-04" is after its source report\/harbor-gazette-lantern-walk was published \(2019-05-06\)/ });
  });

  it('names a number too large for JSON (1e400) as such, not as "number Infinity"', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).value = JSON.parse('1e400');
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /^is too large to be a number \(JSON reads it as infinity\)$/ });
  });
});

describe('text', () => {
  for (const [what, text, code] of [
    ['a NUL', 'Tobin\u0000Vale', 'U+0000'],
    ['a right-to-left override', 'Tobin \u202eelaV', 'U+202E'],
    ['a newline', 'Tobin\nVale', 'U+000A'],
    ['a replacement character', 'Tobin V\ufffdle', 'U+FFFD'],
  ] as const) {
    it(`rejects ${what} in a name`, () => {
      const files = goodFiles();
      recordIn(files, 'people.json', PERSON).name = text;
      assertIssues(files, { file: 'people.json', record: PERSON, field: 'name', message: new RegExp(`holds the character ${code.replace('+', '\\+')}`) });
    });
  }

  it('rejects a 5 MB name', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).name = 'x'.repeat(5 * 1024 * 1024);
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'name', message: /is 5242880 characters long; at most 200 are allowed/ });
  });

  it('rejects an alias that only repeats the name, case and accents aside', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).aliases = ['T. Vale', 'TOBIN VÁLE'];
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'aliases', message: /alias "TOBIN VÁLE" only repeats the name/ });
  });
});

describe('dates', () => {
  it('rejects the year 0000', () => {
    const files = goodFiles();
    recordIn(files, 'reports.json', REPORT).publishedOn = '0000-05-06';
    assertIssues(files, { file: 'reports.json', record: REPORT, field: 'publishedOn', message: /year 0000 does not exist/ });
  });

  it('rejects an end date without a start date', () => {
    const files = goodFiles();
    delete recordIn(files, 'events.json', EVENT).startDate;
    delete recordIn(files, 'statistics.json', MEMBERSHIP).periodStart;
    assertIssues(
      files,
      { file: 'events.json', record: EVENT, field: 'endDate', message: /an end date needs a start date: give "startDate" too/ },
      { file: 'statistics.json', record: MEMBERSHIP, field: 'periodEnd', message: /an end date needs a start date: give "periodStart" too/ },
    );
  });
});

describe('references', () => {
  it('rejects a report citing itself', () => {
    const files = goodFiles();
    const { sourceFile: _file, paragraphCount: _count, ...article } = recordIn(files, 'reports.json', REPORT);
    const report = { ...article, id: 'report/harbor-gazette-follow-up', sources: ['report/harbor-gazette-follow-up'] };
    recordsOf(files, 'reports.json').push(report);
    assertIssues(files, { file: 'reports.json', record: 'report/harbor-gazette-follow-up', field: 'sources', message: /a report cannot be its own source/ });
  });

  it('rejects a relation from an entity to itself', () => {
    const files = goodFiles();
    recordsOf(files, 'relations.json').push({ id: 'rel/vale-quits-vale', type: 'MEMBER_OF', from: 'org/lantern-society', to: 'org/lantern-society', sources: [REPORT] });
    assertIssues(files, { file: 'relations.json', record: 'rel/vale-quits-vale', field: 'to', message: /both ends are "org\/lantern-society"/ });
  });

  it('rejects a PART_OF cycle', () => {
    const files = goodFiles();
    recordsOf(files, 'relations.json').push(
      { type: 'PART_OF', from: 'org/lantern-society', to: 'org/harbor-gazette', sources: [REPORT] },
      { type: 'PART_OF', from: 'org/harbor-gazette', to: 'org/lantern-society', sources: [REPORT] },
    );
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/org.harbor-gazette/part-of/org.lantern-society',
      message: /PART_OF cycle among entities: org\/harbor-gazette -> org\/lantern-society -> org\/harbor-gazette/,
    });
  });
});

describe('files as bytes', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of the good fixture on disk with one file replaced by these bytes. */
  function fixtureWith(file: string, bytes: Buffer | string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-seed-'));
    dirs.push(dir);
    cpSync(GOOD_FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, file), bytes);
    return dir;
  }

  const withDuplicateName = () =>
    fixtureWith('people.json', readFileSync(path.join(GOOD_FIXTURE, 'people.json'), 'utf8').replace('"name": "Tobin Vale",', '"name": "Tobin Vale",\n    "name": "Someone Else",'));

  it('rejects a key given twice in one record, naming both lines', async () => {
    const { issues } = await readSeedDirectory(withDuplicateName());
    assert.deepEqual(issues.map((issue) => [issue.record, issue.field]), [[PERSON, 'name']]);
    assert.match(formatIssue(issues[0]!), /people\.json: record "person\/tobin-vale" field "name": key "name" is given twice \(lines 10 and 11\)/);
  });

  it('rejects a Latin-1 file instead of turning its letters into U+FFFD', async () => {
    const text = readFileSync(path.join(GOOD_FIXTURE, 'people.json'), 'utf8').replace('Mira Solen', 'Mira Sølen');
    const { issues } = await readSeedDirectory(fixtureWith('people.json', Buffer.from(text, 'latin1')));
    assert.equal(issues.length, 1);
    assert.match(formatIssue(issues[0]!), /people\.json: not valid UTF-8: byte 0xf8 at offset \d+ \(line 4\); save the file as UTF-8/);
  });

  it('makes the loader refuse the files before it touches a store', () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'seed', 'load.js'), withDuplicateName()], {
      encoding: 'utf8',
      // A store that cannot exist: the loader must stop before trying it.
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /key "name" is given twice/);
    assert.match(result.stderr, /nothing was written/);
  });
});
