/**
 * Reading the source articles for the fidelity check: paragraphs are the blocks of text between
 * blank lines, numbered from 1 (the title). The articles stay outside the project (../shared/seeds
 * on the team's machines, or ARTICLES_DIR); nothing of their text is stored here.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './project-root';

/** Where the article files are, or undefined when they are not on this machine. */
export function articlesDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const dir = env['ARTICLES_DIR'] || path.join(PROJECT_ROOT, '..', 'shared', 'seeds');
  return existsSync(dir) ? dir : undefined;
}

export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

export function readArticle(dir: string, file: string): string[] {
  return paragraphsOf(readFileSync(path.join(dir, file), 'utf8'));
}

/** Text as names are compared: accents, case, curly quotes and dashes aside, spaces collapsed. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Whether `paragraph` (folded) mentions `name` as a whole word or phrase. */
export function mentions(paragraph: string, name: string): boolean {
  const needle = foldForMatching(name).trim();
  if (needle === '') return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'u').test(paragraph);
}
