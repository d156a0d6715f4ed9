/**
 * Bad input is refused with an error that names the file and its code, and nothing is written:
 * an empty or blank file, bytes that are not UTF-8, binary data, a text in another language, bad
 * arguments. The texts here are our own, a line or two each.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import { parseArguments } from '../../src/ingest/cli';
import { IngestError } from '../../src/ingest/errors';
import { readArticleFile } from '../../src/ingest/read-article';

const work = mkdtempSync(path.join(tmpdir(), 'ingest-bad-input-'));
after(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(work, name);
  writeFileSync(target, content);
  return target;
}

function refused(fn: () => unknown, code: string, subject: string, reason: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.subject, subject);
    assert.match(error.message, reason);
    return true;
  });
}

const ENGLISH = 'Harbour news\n\nThe ferry company said on Monday that it would add two boats to the morning run.\n';

describe('articles the ingest assistant refuses', () => {
  it('refuses an empty file and a blank one, naming each', () => {
    const empty = file('empty.txt', '');
    refused(() => readArticleFile(empty), 'INGEST_EMPTY', empty, /is empty/);
    const blank = file('blank.txt', '  \n\n\t\n');
    refused(() => readArticleFile(blank), 'INGEST_EMPTY', blank, /only blank space/);
  });

  it('refuses bytes that are not UTF-8, saying where', () => {
    const latin1 = file('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' on the harbour front and the boats of the town\n')]));
    refused(() => readArticleFile(latin1), 'INGEST_NOT_UTF8', latin1, /not valid UTF-8: byte 0xe9 at offset 3/);
  });

  it('refuses binary data', () => {
    const binary = file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    refused(() => readArticleFile(binary), 'INGEST_BINARY', binary, /binary data/);
  });

  it('refuses an article in another language, Latin script or not', () => {
    const french = file('french.txt', 'Nouvelles du port\n\nLa compagnie des bateaux a dit lundi qu’elle ajoutera deux navires au service du matin.\n');
    refused(() => readArticleFile(french), 'INGEST_NOT_ENGLISH', french, /does not read as English/);
    const chinese = file('chinese.txt', '港口新闻\n\n渡轮公司星期一表示将在早班增加两艘船。\n');
    refused(() => readArticleFile(chinese), 'INGEST_NOT_ENGLISH', chinese, /does not read as English/);
  });

  it('reads a short English text into paragraphs, the title first', () => {
    const ok = file('ok.txt', ENGLISH);
    const article = readArticleFile(ok);
    assert.deepEqual(article.paragraphs.length, 2);
    assert.equal(article.paragraphs[0], 'Harbour news');
  });

  it('refuses a missing file', () => {
    const missing = path.join(work, 'nowhere.txt');
    refused(() => readArticleFile(missing), 'INGEST_UNREADABLE', missing, /cannot be read/);
  });
});

describe('arguments the ingest command refuses', () => {
  it('refuses a malformed report id, a malformed date and a draft aimed at seed/data', () => {
    refused(() => parseArguments(['a.txt', '--report-id', 'person/x']), 'INGEST_BAD_ARGUMENT', '--report-id', /not a report id/);
    refused(() => parseArguments(['a.txt', '--published', '2021-13']), 'INGEST_BAD_ARGUMENT', '--published', /not a date/);
    refused(() => parseArguments(['a.txt', '--out', path.join(PROJECT_ROOT, 'seed', 'data', 'x')]), 'INGEST_BAD_ARGUMENT', '--out', /never goes into seed\/data/);
    refused(() => parseArguments([]), 'INGEST_USAGE', 'ingest', /usage/);
  });

  it('prints the error naming the file and writes no draft', () => {
    const empty = file('empty-again.txt', '');
    const out = path.join(work, 'draft-of-empty');
    let stderr = '';
    try {
      execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'ingest', 'cli.js'), empty, '--out', out], { stdio: 'pipe' });
      assert.fail('the command should fail');
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer };
      assert.equal(failure.status, 1);
      stderr = failure.stderr.toString();
    }
    assert.match(stderr, new RegExp(`INGEST_EMPTY: ${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is empty`));
    assert.equal(existsSync(out), false, 'no draft directory is created');
  });
});
