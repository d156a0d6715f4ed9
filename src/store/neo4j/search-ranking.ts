/**
 * The order of search hits on Neo4j. Lucene adds up what each query word finds, so one common word
 * found in a name and an alias can outscore a name that holds every word of the query, one of them
 * misspelt; users expect the latter first, as the embedded store gives it. Lucene finds the best
 * candidates; here an entity holding every word (exactly, within one edit, or the last word as a
 * prefix) has its score doubled, and ties go by id.
 */
import type { EntityRecord } from '../../model';
import type { SearchHit } from '../port';
import { searchTerms } from './lucene';

const EVERY_WORD_FACTOR = 2;
/** Lucene is asked for this many hits beyond those wanted, for the ranking to choose among. */
export const EXTRA_CANDIDATES = 20;

export function rankHits(query: string, candidates: readonly SearchHit[], first: number): SearchHit[] {
  const words = searchTerms(query);
  return candidates
    .map((hit) => ({ entity: hit.entity, score: holdsEveryWord(hit.entity, words) ? hit.score * EVERY_WORD_FACTOR : hit.score }))
    .sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
    .slice(0, first);
}

function holdsEveryWord(entity: EntityRecord, words: readonly string[]): boolean {
  const held = new Set([entity.name, ...entity.aliases].flatMap(searchTerms));
  return words.every((word, i) => {
    const isLast = i === words.length - 1;
    for (const term of held) {
      if (term === word || (isLast && term.startsWith(word)) || (word.length >= 4 && withinOneEdit(word, term))) return true;
    }
    return false;
  });
}

/** Damerau-Levenshtein distance at most 1: one letter added, dropped or changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    if (rest(a, i + 1) === rest(b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2);
  }
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}
