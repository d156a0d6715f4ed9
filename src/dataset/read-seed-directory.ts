/**
 * Reads the seven seed files of a directory as JSON. Reading problems (a missing directory or file,
 * text that is not UTF-8, a syntax error, a key given twice, a stray file) are issues like any
 * other, with the line where they are.
 */
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { findDuplicateKeys } from './duplicate-keys';
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
    const decoded = decodeUtf8(await readFile(path.join(dir, name)));
    if ('problem' in decoded) {
      issues.push({ file, message: decoded.problem });
      continue;
    }
    const parsed = parseJson(decoded.text);
    if ('problem' in parsed) {
      issues.push({ file, message: parsed.problem });
      continue;
    }
    const duplicates = duplicateKeyIssues(file, decoded.text, parsed.value);
    issues.push(...duplicates);
    // A record that lost a field cannot be validated as what its author wrote.
    if (duplicates.length === 0) files[name] = parsed.value;
  }
  for (const name of names) {
    if (name.endsWith('.json') && !SEED_FILE_NAMES.includes(name)) {
      const hint = didYouMean(suggestionList(name, SEED_FILE_NAMES, 1));
      issues.push({ file: displayPath(path.join(dir, name)), message: `unexpected file; the seed files are ${SEED_FILE_NAMES.join(', ')}.${hint}` });
    }
  }
  return { files, issues, complete: Object.keys(files).length === SEED_FILE_NAMES.length };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file as UTF-8 text, or where it stops being UTF-8 (a Latin-1 file would otherwise turn letters into U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    // Decoded leniently, the first bad sequence is the first U+FFFD; the text before it says where.
    const lenient = new TextDecoder().decode(bytes);
    const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
    const offset = Buffer.byteLength(before);
    const line = before.split('\n').length;
    return { problem: `not valid UTF-8: byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset} (line ${line}); save the file as UTF-8` };
  }
}

function duplicateKeyIssues(file: string, text: string, value: unknown): DatasetIssue[] {
  return findDuplicateKeys(text).map((duplicate) => {
    const raw = Array.isArray(value) && duplicate.recordIndex !== undefined ? (value[duplicate.recordIndex] as { id?: unknown } | undefined) : undefined;
    const record = duplicate.recordIndex === undefined ? undefined : typeof raw?.id === 'string' ? raw.id : `#${duplicate.recordIndex}`;
    return {
      file,
      ...(record === undefined ? {} : { record }),
      field: duplicate.field,
      message: `key ${JSON.stringify(duplicate.field.split('.').pop())} is given twice (lines ${duplicate.lines[0]} and ${duplicate.lines[1]}); JSON would keep only the last, so remove one`,
    };
  });
}

async function listDirectory(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch {
    return undefined;
  }
}

/** The parsed value, or the syntax error with the line and column where it starts. */
export function parseJson(text: string): { value: unknown } | { problem: string } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = positionIn(message) ?? firstFailingOffset(body) ?? body.length;
    const { line, column } = lineAndColumn(body, offset);
    // V8 appends the position, or a copy of the whole text for "Unexpected token"; the line says it better.
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    return { problem: `invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}

function positionIn(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Where the first error is, for the V8 messages that give no position ("Unexpected token ']'"):
 * the shortest prefix that fails for a reason other than ending early. JSON is parsed left to
 * right, so every longer prefix fails there too, and a binary search finds it.
 */
function firstFailingOffset(text: string): number | undefined {
  const failsBeforeItsEnd = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = positionIn(message);
      return position === undefined ? !/Unexpected end/.test(message) : position < length;
    }
  };
  if (!failsBeforeItsEnd(text.length)) return undefined;
  let passes = 0;
  let fails = text.length;
  while (fails - passes > 1) {
    const middle = Math.floor((passes + fails) / 2);
    if (failsBeforeItsEnd(middle)) fails = middle;
    else passes = middle;
  }
  return fails - 1;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
