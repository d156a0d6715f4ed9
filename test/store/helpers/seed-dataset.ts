/** The dataset the behaviour suite runs on: the real seed, read once per process. */
import { readDataset } from '../../../src/dataset';
import type { Dataset } from '../../../src/model';

let cached: Promise<Dataset> | undefined;

export function seedDataset(): Promise<Dataset> {
  cached ??= readDataset(process.env['TEST_SEED_DIR'] || undefined);
  return cached;
}
