/**
 * Reads the seven seed files of a directory as JSON. Reading problems (a missing directory or file,
 * a syntax error, a stray file) are issues like any other, with the line of a syntax error.
 */
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { DatasetIssue } from './issue';
import { displayPath } from './project-root';
import { SEED_FILE_NAMES } from './seed-files';
import { didYouMean, suggestionList } from './suggest';

export interface SeedDirectory {
  /** Parsed contents of the files that could be read, by file name. */
  readonly files: Readonly<Record<string, unknown>>;
  readonly issues: readonly DatasetIssue[];
  /** Whether all seven files parsed, so the contents can be validated as a whole. */
  readonly complete: boolean;
}

export async function readSeedDirectory(dir: string): Promise<SeedDirectory> {
  const names = await listDirectory(dir);
  if (names === undefined) {
    return { files: {}, issues: [{ file: displayPath(dir), message: 'seed directory does not exist or cannot be read' }], complete: false };
  }
  const files: Record<string, unknown> = {};
  const issues: DatasetIssue[] = [];
  for (const name of SEED_FILE_NAMES) {
    const file = displayPath(path.join(dir, name));
    if (!names.includes(name)) {
      issues.push({ file, message: 'file is missing; every seed directory holds all seven files (an empty one is [])' });
      continue;
    }
    const text = await readFile(path.join(dir, name), 'utf8');
    const parsed = parseJson(text);
    if ('problem' in parsed) issues.push({ file, message: parsed.problem });
    else files[name] = parsed.value;
  }
  for (const name of names) {
    if (name.endsWith('.json') && !SEED_FILE_NAMES.includes(name)) {
      const hint = didYouMean(suggestionList(name, SEED_FILE_NAMES, 1));
      issues.push({ file: displayPath(path.join(dir, name)), message: `unexpected file; the seed files are ${SEED_FILE_NAMES.join(', ')}.${hint}` });
    }
  }
  return { files, issues, complete: Object.keys(files).length === SEED_FILE_NAMES.length };
}

async function listDirectory(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch {
    return undefined;
  }
}

/** The parsed value, or the syntax error with its line and column where V8 gives a position. */
export function parseJson(text: string): { value: unknown } | { problem: string } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : body.length;
    const { line, column } = lineAndColumn(body, offset);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '');
    return { problem: `invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
