/**
 * Shared by the dataset tests: the tiny made-up fixture in test/fixtures/good, copied fresh for each
 * test so a test can break one thing in it, and assertions that name the issue they expected.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatIssue, PROJECT_ROOT, SEED_FILE_NAMES, validateSeedFiles, type DatasetIssue } from '../../src/dataset';

export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');
export const GOOD_FIXTURE = path.join(FIXTURES, 'good');

export type JsonRecord = Record<string, unknown>;
export type SeedFiles = Record<string, JsonRecord[]>;

/** A fresh, mutable copy of the good fixture, keyed by file name. */
export function goodFiles(): SeedFiles {
  const files: SeedFiles = {};
  for (const name of SEED_FILE_NAMES) {
    files[name] = JSON.parse(readFileSync(path.join(GOOD_FIXTURE, name), 'utf8')) as JsonRecord[];
  }
  return files;
}

/** The records of one file; fails the test when the fixture lacks the file. */
export function recordsOf(files: SeedFiles, file: string): JsonRecord[] {
  const records = files[file];
  assert.ok(records, `fixture has no ${file}`);
  return records;
}

/** The record with this id (or, for relations, this `type`), to change in place. */
export function recordIn(files: SeedFiles, file: string, idOrType: string): JsonRecord {
  const found = recordsOf(files, file).find((record) => record.id === idOrType || (record.id === undefined && record.type === idOrType));
  assert.ok(found, `fixture ${file} has no record ${idOrType}`);
  return found;
}

export interface ExpectedIssue {
  /** File name inside seed/data, e.g. `people.json`. */
  readonly file: string;
  readonly record?: string;
  readonly field?: string;
  readonly message: RegExp;
}

/** Validates `files` as if they were seed/data, so issues name `seed/data/<file>`. */
export function issuesOf(files: SeedFiles): readonly DatasetIssue[] {
  const result = validateSeedFiles(files);
  return result.issues;
}

/**
 * Asserts the files are rejected with exactly the expected issues: each one names its file, record and
 * field and matches its message, and nothing else is reported (no cascade of follow-on issues).
 */
export function assertIssues(files: SeedFiles, ...expected: ExpectedIssue[]): void {
  const issues = issuesOf(files);
  const shown = issues.map(formatIssue).join('\n') || '(no issues)';
  assert.equal(issues.length, expected.length, `expected ${expected.length} issue(s), got:\n${shown}`);
  for (const want of expected) {
    const file = `seed/data/${want.file}`;
    const match = issues.find(
      (issue) => issue.file === file && issue.record === want.record && issue.field === want.field && want.message.test(issue.message),
    );
    assert.ok(match, `no issue for ${file} record ${want.record} field ${want.field} matching ${want.message}; got:\n${shown}`);
    const where = `${want.record === undefined ? '' : ` record "${want.record}"`}${want.field === undefined ? '' : ` field "${want.field}"`}`;
    const prefix = where === '' ? `${file}: ` : `${file}:${where}: `;
    assert.ok(formatIssue(match).startsWith(prefix), `rendered line should start with ${prefix}: ${formatIssue(match)}`);
  }
}
