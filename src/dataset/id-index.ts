/**
 * Every id the dataset defines, across all seven files and the relations the shorthands derive, with
 * where it was defined. An id defined twice is an issue that names both places; the first one stays.
 */
import type { RecordCategory } from './seed-files';
import { issueAt, type DatasetIssue, type Origin } from './issue';

export interface IdClaim {
  readonly id: string;
  readonly category: RecordCategory;
  readonly origin: Origin;
  readonly index: number;
  /** A relation id derived from its ends, rather than written out. */
  readonly derived: boolean;
}

export type IdIndex = ReadonlyMap<string, IdClaim>;

export function indexIds(claims: Iterable<IdClaim>, issues: DatasetIssue[]): IdIndex {
  const index = new Map<string, IdClaim>();
  for (const claim of claims) {
    const first = index.get(claim.id);
    if (first === undefined) {
      index.set(claim.id, claim);
      continue;
    }
    const hint = claim.derived || first.derived
      ? ' If these are two different relations, give one an explicit "id"; if they are the same, keep one.'
      : '';
    issues.push(
      issueAt(
        claim.origin,
        `duplicate id ${JSON.stringify(claim.id)} (record #${claim.index}): first defined at ${place(first)}.${hint}`,
      ),
    );
  }
  return index;
}

/** `seed/data/people.json record #1`, or for a shorthand `seed/data/places.json record #3 field "parent"`. */
function place(claim: IdClaim): string {
  const field = claim.origin.field === undefined ? '' : ` field ${JSON.stringify(claim.origin.field)}`;
  return `${claim.origin.file} record #${claim.index}${field}`;
}
