/**
 * The ingest assistant on the five articles (skipped, with the reason, where the texts are absent):
 * the same article gives the same draft twice; every draft validates as a draft and is refused as a
 * dataset while it holds review markers; no draft repeats a run of the article's words; a draft
 * merged into a copy of seed/data leaves a valid dataset; and the leave-one-out evaluation finds every
 * curated figure.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SEED_DIR, SEED_FILE_NAMES, readDataset, validateSeedFiles } from '../../src/dataset';
import { articlesDirectory } from '../../src/dataset/article-text';
import type { Dataset } from '../../src/model';
import { IngestError } from '../../src/ingest/errors';
import { evaluateArticle } from '../../src/ingest/evaluate';
import { ingestArticle } from '../../src/ingest/ingest-article';
import { knownGraphOf } from '../../src/ingest/known-graph';
import { mergeDraft } from '../../src/ingest/merge-draft';
import { readArticleFile } from '../../src/ingest/read-article';
import { writeDraft } from '../../src/ingest/write-draft';

const dir = articlesDirectory();
const skip = dir === undefined ? 'the article texts are not on this machine (../shared/seeds, or set ARTICLES_DIR)' : undefined;

/** Runs of this many words, as the project's verbatim check counts them. */
const RUN = 12;
const isHeadline = (line: string) => line.trim().length > 0 && line.trim().length < 120 && !/[.”"?]$/.test(line.trim());
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];

describe('ingesting the five articles', { skip }, () => {
  let dataset: Dataset;
  let files: string[];
  const work = mkdtempSync(path.join(tmpdir(), 'ingest-articles-'));
  before(async () => {
    dataset = await readDataset();
    files = readdirSync(dir!).filter((name) => name.endsWith('.txt')).sort();
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes the same draft twice, byte for byte', () => {
    const file = path.join(dir!, files[0]!);
    for (const run of ['first', 'second']) writeDraft(ingestArticle(readArticleFile(file), knownGraphOf(dataset)), path.join(work, run));
    for (const name of [...SEED_FILE_NAMES, 'REVIEW.md']) {
      assert.equal(readFileSync(path.join(work, 'second', name), 'utf8'), readFileSync(path.join(work, 'first', name), 'utf8'), name);
    }
  });

  it('drafts records that validate as a draft, and are refused as a dataset while marked for review', () => {
    for (const file of files) {
      const draft = ingestArticle(readArticleFile(path.join(dir!, file)), knownGraphOf(dataset));
      const asDraft = validateSeedFiles(draft.files, { draft: true });
      assert.deepEqual(asDraft.issues, [], file);
      assert.ok((draft.files['statistics.json'] ?? []).length > 0, `${file} has figures`);
      const asDataset = validateSeedFiles(draft.files);
      assert.ok(!asDataset.ok && asDataset.issues.every((issue) => issue.field === 'review'), `${file}: only the review markers are refused`);
    }
  });

  it('copies no run of words from any article into a draft', () => {
    const runs = new Set<string>();
    for (const file of files) {
      // Headlines excepted, as the verbatim check does: a draft names the article by its headline.
      const body = readFileSync(path.join(dir!, file), 'utf8').split('\n').filter((line) => !isHeadline(line)).join(' ');
      const w = words(body);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
    for (const file of files) {
      const draft = ingestArticle(readArticleFile(path.join(dir!, file)), knownGraphOf(dataset));
      const out = path.join(work, `draft-${file}`);
      writeDraft(draft, out);
      for (const name of readdirSync(out)) {
        const w = words(readFileSync(path.join(out, name), 'utf8'));
        for (let i = 0; i + RUN <= w.length; i++) assert.ok(!runs.has(w.slice(i, i + RUN).join(' ')), `${file} ${name} repeats "${w.slice(i, i + RUN).join(' ')}"`);
      }
    }
  });

  it('merges the draft of every article into a copy of seed/data, which then validates', async () => {
    for (const file of files) {
      const copy = path.join(work, `seed-copy-${file}`);
      cpSync(DEFAULT_SEED_DIR, copy, { recursive: true });
      const draftDir = path.join(work, `merge-${file}`);
      writeDraft(ingestArticle(readArticleFile(path.join(dir!, file)), knownGraphOf(dataset)), draftDir);
      await mergeDraft(draftDir, copy, { acceptPending: true });
      await readDataset(copy);
    }
  });

  it('merges a draft into a copy of seed/data, which then validates, and refuses unreviewed records without --accept-pending', async () => {
    const copy = path.join(work, 'seed-copy');
    cpSync(DEFAULT_SEED_DIR, copy, { recursive: true });
    const draftDir = path.join(work, 'to-merge');
    writeDraft(ingestArticle(readArticleFile(path.join(dir!, files[1]!)), knownGraphOf(dataset), { reportId: 'report/trial-merge' }), draftDir);
    await assert.rejects(mergeDraft(draftDir, copy), (error: unknown) => error instanceof IngestError && error.code === 'INGEST_MERGE_REFUSED' && /await review/.test(error.message));
    const before = readFileSync(path.join(copy, 'people.json'), 'utf8');
    assert.equal(before, readFileSync(path.join(DEFAULT_SEED_DIR, 'people.json'), 'utf8'), 'a refused merge writes nothing');
    const result = await mergeDraft(draftDir, copy, { acceptPending: true });
    assert.ok(result.added.includes('report/trial-merge'));
    assert.ok(result.updated.length > 0, 'known entities gain the article as a source');
    const merged = await readDataset(copy);
    const known = merged.entities.filter((e) => e.sources.includes('report/trial-merge') && dataset.entities.some((d) => d.id === e.id));
    assert.ok(known.length > 0);
    for (const entity of known) assert.ok(entity.sources.length > 1, `${entity.id} keeps its earlier sources`);
  });

  it('lists a conflict and keeps the dataset value when a draft gives a known record another kind', async () => {
    const copy = path.join(work, 'seed-copy-conflict');
    cpSync(DEFAULT_SEED_DIR, copy, { recursive: true });
    const draft = ingestArticle(readArticleFile(path.join(dir!, files[1]!)), knownGraphOf(dataset), { reportId: 'report/trial-conflict' });
    const org = draft.files['organizations.json']!.find((record) => record['kind'] !== 'COMPANY')!;
    org['kind'] = 'COMPANY';
    const draftDir = path.join(work, 'conflict');
    writeDraft(draft, draftDir);
    const result = await mergeDraft(draftDir, copy, { acceptPending: true });
    assert.ok(result.conflicts.some((line) => line.includes(String(org['id'])) && line.includes('"kind"')), result.conflicts.join('\n'));
    const merged = await readDataset(copy);
    assert.notEqual(merged.entities.find((e) => e.id === org['id']) && (merged.entities.find((e) => e.id === org['id']) as { kind: string }).kind, 'COMPANY');
  });

  it('finds every curated figure of each held-out article, in drafts that validate', () => {
    for (const report of dataset.entities.filter((e) => e.type === 'Report' && e.sourceFile !== undefined)) {
      const evaluation = evaluateArticle(dataset, dir!, report.id);
      assert.equal(evaluation.draftIssues, 0, report.id);
      assert.ok(evaluation.figures.found / evaluation.figures.expected >= 0.9, `${report.id}: ${evaluation.missedFigures.join(', ')}`);
    }
  });
});
