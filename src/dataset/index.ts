/** Reading and validating the seed dataset; see seed/FORMAT.md for the files it reads. */
export { DatasetValidationError } from './errors';
export { formatIssue, type DatasetIssue } from './issue';
export { DEFAULT_SEED_DIR, PROJECT_ROOT } from './project-root';
export { readDataset } from './read-dataset';
export { readSeedDirectory, type SeedDirectory } from './read-seed-directory';
export { SEED_FILES, SEED_FILE_NAMES } from './seed-files';
export { summarize, type DatasetSummary } from './summarize';
export {
  datasetFromSeedFiles,
  validateSeedFiles,
  type SeedFileContents,
  type ValidateOptions,
  type ValidationResult,
} from './validate';
