/**
 * Where the project lives, so the seed directory and the file names in issues do not depend on the
 * working directory. This file compiles to `dist/src/dataset/`; the root is the nearest ancestor
 * holding package.json, which also holds when the source is run directly.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..', '..');
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'data');

/** A path as issues show it: relative to the project root when inside it, absolute otherwise. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(PROJECT_ROOT, absolutePath);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolutePath;
  return relative.split(path.sep).join('/');
}
