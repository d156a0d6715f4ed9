/**
 * How text becomes search terms, for documents and queries alike: split as MiniSearch splits,
 * then folded (lower case, diacritics stripped) so that "Gáo Zhìshēng" finds "Gao Zhisheng".
 */
import MiniSearch from 'minisearch';

const COMBINING_MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** NFD splits "á" into "a" plus a combining accent, which is then dropped. */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII, and normalizing costs more than the rest of indexing a term.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The folded terms of a text, in order, repeats included. */
export function termsOf(text: string): string[] {
  return tokenize(text).filter((token) => token.length > 0).map(foldTerm);
}
