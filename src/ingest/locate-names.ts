/**
 * Where the entities of a draft (known mentions and new candidates) are named in a sentence, so that
 * a figure's claimant and a relation's ends can be read from who stands where.
 */
import type { EntityType } from '../model';
import { foldForMatching } from '../dataset/article-text';

export interface NamedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly names: readonly string[];
  /** Its kind where it has one ("GROUP" for a group the article describes). */
  readonly kind?: string;
}

export interface Placed {
  readonly entity: NamedEntity;
  readonly start: number;
  readonly end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Entities named in `folded` (a folded sentence), longest names first, without overlaps. */
export function placeNames(folded: string, entities: readonly NamedEntity[]): Placed[] {
  const hits: Placed[] = [];
  for (const entity of entities) {
    for (const name of entity.names) {
      const needle = foldForMatching(name).trim();
      if (needle === '') continue;
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (LETTER.test(folded[at - 1] ?? '') || LETTER.test(folded[end] ?? '')) continue;
        hits.push({ entity, start: at, end });
      }
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Placed[] = [];
  for (const hit of hits) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}
