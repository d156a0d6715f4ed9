/**
 * Who "he" or "she" is: the person named last before the pronoun, in its sentence or in the few
 * sentences before it, passing over a person whose title says the other gender ("Ms Wong" is no
 * "he"). A guess for review, never more: the records it feeds all carry a review marker.
 */
import { foldForMatching } from '../dataset/article-text';
import { placeNames, type NamedEntity, type Placed } from './locate-names';
import type { Sentence } from './text-units';

/** How many sentences back a pronoun may look for its person; sentences that go on with a quotation begun before them do not count. */
const LOOKBACK = 8;

export function antecedent(sentences: readonly Sentence[], index: number, position: number, pronoun: string, entities: readonly NamedEntity[]): NamedEntity | undefined {
  const wanted = /^(?:he|him|his)$/.test(pronoun) ? 'male' : /^(?:she|her|hers)$/.test(pronoun) ? 'female' : undefined;
  if (wanted === undefined) return undefined;
  for (let i = index, counted = 0; i >= 0 && counted <= LOOKBACK; i--) {
    if (!continuesQuotation(sentences, i)) counted++;
    const folded = foldForMatching(sentences[i]!.text);
    const people = placeNames(folded, entities).filter((p) => p.entity.type === 'Person' && (i < index || p.end <= position));
    for (const person of [...people].reverse()) if (genderOf(folded, person) !== opposite(wanted)) return person.entity;
  }
  return undefined;
}

/** Whether the sentence opens inside a quotation begun by an earlier sentence of its paragraph. */
function continuesQuotation(sentences: readonly Sentence[], index: number): boolean {
  let open = 0;
  for (let i = index - sentences[index]!.index; i < index; i++) {
    for (const mark of sentences[i]!.text.matchAll(/[“”"]/g)) open = mark[0] === '“' ? open + 1 : mark[0] === '”' ? Math.max(0, open - 1) : open > 0 ? 0 : 1;
  }
  return open > 0;
}

function opposite(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male';
}

/** The gender a title right before the name gives ("Mr.", "Ms"), if any. */
function genderOf(folded: string, person: Placed): 'male' | 'female' | undefined {
  const before = folded.slice(Math.max(0, person.start - 5), person.start);
  if (/\bmr\.? $/.test(before)) return 'male';
  if (/\b(?:ms|mrs)\.? $/.test(before)) return 'female';
  const names = person.entity.names.map((name) => foldForMatching(name));
  if (names.some((name) => /^mr\.? /.test(name))) return 'male';
  if (names.some((name) => /^(?:ms|mrs)\.? /.test(name))) return 'female';
  return undefined;
}
