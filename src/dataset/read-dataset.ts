/**
 * The seed directory as a canonical Dataset: read, validate, expand. The one entry point the seed
 * loader and the server need.
 */
import type { Dataset } from '../model';
import { DatasetValidationError } from './errors';
import { DEFAULT_SEED_DIR } from './project-root';
import { readSeedDirectory } from './read-seed-directory';
import { validateSeedFiles, type ValidateOptions } from './validate';

/**
 * Reads and validates a seed directory (default: `<project root>/seed/data`).
 * Rejects with DatasetValidationError (code INVALID_DATASET) carrying every issue found.
 * When a file cannot be read or parsed, only the reading issues are reported: checking references
 * against a partial dataset would flag every id that lives in the unreadable file.
 */
export async function readDataset(dir: string = DEFAULT_SEED_DIR, options: Pick<ValidateOptions, 'draft'> = {}): Promise<Dataset> {
  const read = await readSeedDirectory(dir);
  if (!read.complete) throw new DatasetValidationError(read.issues);
  const result = validateSeedFiles(read.files, { ...options, dir });
  const issues = [...read.issues, ...result.issues];
  if (!result.ok || issues.length > 0) throw new DatasetValidationError(issues);
  return result.dataset;
}
