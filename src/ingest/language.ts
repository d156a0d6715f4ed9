/**
 * A cheap language test: English prose is about a third function words ("the", "of", "and"...).
 * Text in another language, Latin script or not, has almost none of them.
 */
const FUNCTION_WORDS = new Set(
  'the of and to a in is was for on that with as by at from it he she they his her their its have has had be been are were this which who not or but an'.split(' '),
);

/** The share of words in `text` that are common English function words (0 when it has no words). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => FUNCTION_WORDS.has(word)).length / words.length;
}
