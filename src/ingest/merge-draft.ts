/**
 * Merges a reviewed draft into a seed directory (seed/data by default). Ids are kept: a record whose
 * id is new is appended; a known one gains the draft's sources (paragraphs merged) and new aliases,
 * and any other field that differs is listed as a conflict and left as it is, never overwritten.
 * The result is validated as a whole before anything is written; if it is not valid, nothing is.
 * Files are edited in place (jsonc-parser), so records the merge does not touch keep their bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { SEED_FILE_NAMES, formatIssue, readSeedDirectory, validateSeedFiles } from '../dataset';
import { foldName } from '../dataset/check-record-rules';
import { deriveRelationId } from '../model';
import { IngestError } from './errors';
import { inline } from './seed-json';

export interface MergeOptions {
  /** Merge records still marked for review, markers removed (for trials on a copy; review first otherwise). */
  readonly acceptPending?: boolean;
}

export interface MergeResult {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  /** One line per field the draft gives differently from the dataset; the dataset's value was kept. */
  readonly conflicts: readonly string[];
}

type Raw = Record<string, unknown>;
type Citation = string | { report: string; paragraphs?: number[] };

export async function mergeDraft(draftDir: string, targetDir: string, options: MergeOptions = {}): Promise<MergeResult> {
  const draft = await readSeedDirectory(draftDir);
  const draftCheck = draft.complete ? validateSeedFiles(draft.files, { dir: draftDir, draft: true }) : undefined;
  const draftIssues = [...draft.issues, ...(draftCheck?.issues ?? [])];
  if (draftIssues.length > 0) throw new IngestError('INGEST_INVALID_DRAFT', draftDir, `the draft is not valid:\n${draftIssues.map(formatIssue).join('\n')}`);
  const pending = SEED_FILE_NAMES.flatMap((name) => (draft.files[name] as Raw[]).filter((r) => r['review'] !== undefined).map((r) => `${name} ${recordKey(name, r)}`));
  if (pending.length > 0 && !options.acceptPending) {
    throw new IngestError(
      'INGEST_MERGE_REFUSED',
      draftDir,
      `${pending.length} records still await review (a "review" field); decide on each and remove the marker, or delete the record:\n${pending.join('\n')}`,
    );
  }
  const target = await readSeedDirectory(targetDir);
  if (!target.complete || target.issues.length > 0) throw new IngestError('INGEST_INVALID_DRAFT', targetDir, `the dataset cannot be read:\n${target.issues.map(formatIssue).join('\n')}`);

  const added: string[] = [];
  const updated: string[] = [];
  const conflicts: string[] = [];
  const texts = new Map<string, string>();
  const merged: Record<string, Raw[]> = {};
  for (const name of SEED_FILE_NAMES) {
    const file = path.join(targetDir, name);
    let text = readFileSync(file, 'utf8');
    const records = [...(target.files[name] as Raw[])];
    const index = new Map(records.map((record, i) => [recordKey(name, record), i]));
    for (const incoming of draft.files[name] as Raw[]) {
      const record = withoutReview(incoming);
      const key = recordKey(name, record);
      const at = index.get(key);
      if (at === undefined) {
        text = appendRecord(text, record);
        index.set(key, records.length);
        records.push(record);
        added.push(key);
        continue;
      }
      const existing = records[at]!;
      const changes: Raw = {};
      const sources = mergeCitations(existing['sources'] as Citation[] | undefined, record['sources'] as Citation[] | undefined);
      if (sources !== undefined) changes['sources'] = sources;
      const aliases = mergeAliases(existing, record);
      if (aliases !== undefined) changes['aliases'] = aliases;
      for (const [field, value] of Object.entries(record)) {
        if (field === 'sources' || field === 'aliases' || field === 'id') continue;
        if (existing[field] === undefined) continue; // an added field is a conflict only if it contradicts something
        if (JSON.stringify(existing[field]) !== JSON.stringify(value) && !isPlaceholder(field, value)) {
          conflicts.push(`${name} ${key} field "${field}": the draft gives ${JSON.stringify(value)}, the dataset keeps ${JSON.stringify(existing[field])}`);
        }
      }
      for (const [field, value] of Object.entries(changes)) text = applyEdits(text, modify(text, [at, field], value, {}));
      if (Object.keys(changes).length > 0) {
        records[at] = { ...existing, ...changes };
        updated.push(key);
      }
    }
    texts.set(name, text);
    merged[name] = records;
  }

  const check = validateSeedFiles(merged, { dir: targetDir });
  if (!check.ok) throw new IngestError('INGEST_MERGE_REFUSED', targetDir, `merged, the dataset would not be valid, so nothing was written:\n${check.issues.map(formatIssue).join('\n')}`);
  for (const [name, text] of texts) writeFileSync(path.join(targetDir, name), text);
  return { added, updated, conflicts };
}

function recordKey(file: string, record: Raw): string {
  if (typeof record['id'] === 'string') return record['id'];
  if (file === 'relations.json') return deriveRelationId(String(record['from']), String(record['type']), String(record['to']));
  return JSON.stringify(record);
}

function withoutReview(record: Raw): Raw {
  const { review: _review, ...rest } = record;
  return rest;
}

const PLACEHOLDER = /^Draft record from the ingest assistant/;
function isPlaceholder(field: string, value: unknown): boolean {
  return field === 'description' && typeof value === 'string' && PLACEHOLDER.test(value);
}

/** The existing citations with the draft's added (paragraphs merged per report), or undefined when nothing is new. */
function mergeCitations(existing: Citation[] | undefined, incoming: Citation[] | undefined): Citation[] | undefined {
  if (existing === undefined || incoming === undefined) return undefined;
  const result: Citation[] = existing.map((c) => (typeof c === 'string' ? c : { ...c, ...(c.paragraphs ? { paragraphs: [...c.paragraphs] } : {}) }));
  let changed = false;
  for (const citation of incoming) {
    const report = typeof citation === 'string' ? citation : citation.report;
    const paragraphs = typeof citation === 'string' ? [] : citation.paragraphs ?? [];
    const i = result.findIndex((c) => (typeof c === 'string' ? c : c.report) === report);
    if (i < 0) {
      result.push(citation);
      changed = true;
      continue;
    }
    const current = result[i]!;
    const had = typeof current === 'string' ? [] : current.paragraphs ?? [];
    const union = [...new Set([...had, ...paragraphs])].sort((a, b) => a - b);
    if (union.length !== had.length) {
      result[i] = { report, paragraphs: union };
      changed = true;
    }
  }
  return changed ? result : undefined;
}

function mergeAliases(existing: Raw, incoming: Raw): string[] | undefined {
  const name = String(existing['name'] ?? '');
  const have = (existing['aliases'] as string[] | undefined) ?? [];
  const add = ((incoming['aliases'] as string[] | undefined) ?? []).filter(
    (alias) => foldName(alias) !== foldName(name) && !have.some((other) => foldName(other) === foldName(alias)),
  );
  if (typeof incoming['name'] === 'string' && foldName(incoming['name']) !== foldName(name) && !have.some((other) => foldName(other) === foldName(incoming['name'] as string))) {
    add.push(incoming['name']);
  }
  return add.length > 0 ? [...have, ...add] : undefined;
}

/** Inserts a record as the last line of the array, in the dataset's one-record-a-line style. */
function appendRecord(text: string, record: Raw): string {
  const close = text.lastIndexOf(']');
  const body = text.slice(0, close).replace(/\s+$/, '');
  const empty = body.trimEnd().endsWith('[');
  return `${body}${empty ? '' : ','}\n  ${inline(record)}\n${text.slice(close)}`;
}
