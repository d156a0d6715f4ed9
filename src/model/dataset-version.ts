/**
 * A dataset's version: a hash of its content, the same for the same records however they were
 * ordered in the files, and different as soon as any field of any record differs.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './records';

export function datasetVersion(dataset: Dataset): string {
  const hash = createHash('sha256');
  for (const records of [dataset.entities, dataset.relations, dataset.statistics]) {
    const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const record of sorted) hash.update(canonicalJson(record)).update('\n');
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, 32);
}

/** JSON with object keys sorted, so that field order does not change the version. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
