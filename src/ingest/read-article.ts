/**
 * Reads a plain-text article and refuses what cannot be one: a missing or empty file, bytes that are
 * not UTF-8, binary data, or a text not in English (the extractors read English only). Paragraphs are
 * split exactly as the fidelity check splits them, so paragraph numbers agree with seed:check.
 */
import { readFileSync, statSync } from 'node:fs';
import { paragraphsOf } from '../dataset/article-text';
import { decodeUtf8 } from '../dataset/read-seed-directory';
import { IngestError } from './errors';
import { englishShare } from './language';

export interface Article {
  readonly file: string;
  readonly text: string;
  /** Paragraph n is paragraphs[n - 1]; 1 is the title. */
  readonly paragraphs: readonly string[];
}

/** Below this share of common English words a text is taken for another language. */
const MIN_ENGLISH_SHARE = 0.12;

export function readArticleFile(file: string): Article {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = readFileSync(file);
  } catch {
    throw new IngestError('INGEST_UNREADABLE', file, 'cannot be read as a file; give the path of a plain-text article');
  }
  return articleFromBytes(file, bytes);
}

export function articleFromBytes(file: string, bytes: Uint8Array): Article {
  if (bytes.length === 0) throw new IngestError('INGEST_EMPTY', file, 'is empty; an article needs a title and some text');
  // A NUL byte never occurs in text; other control characters (bar tab, newlines, form feed) are rare.
  const controls = bytes.reduce((count, byte) => count + (byte === 0 || (byte < 32 && ![9, 10, 12, 13].includes(byte)) ? 1 : 0), 0);
  if (bytes.includes(0) || controls > bytes.length / 100) {
    throw new IngestError('INGEST_BINARY', file, 'holds binary data, not plain text; export the article as a .txt file');
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) throw new IngestError('INGEST_NOT_UTF8', file, decoded.problem);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) throw new IngestError('INGEST_EMPTY', file, 'holds only blank space; an article needs a title and some text');
  const share = englishShare(text);
  if (share < MIN_ENGLISH_SHARE) {
    throw new IngestError(
      'INGEST_NOT_ENGLISH',
      file,
      `does not read as English (${Math.round(share * 100)}% common English words); the ingest assistant reads English articles only`,
    );
  }
  return { file, text, paragraphs };
}
