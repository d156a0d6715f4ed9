/** The dataset the behaviour suite runs on: the real seed, read once per process. */
import type { Dataset } from '../../../src/model';
import { SAMPLE_DATASET } from './sample-dataset';

let cached: Promise<Dataset> | undefined;

export function seedDataset(): Promise<Dataset> {
  cached ??= Promise.resolve(SAMPLE_DATASET);
  return cached;
}
