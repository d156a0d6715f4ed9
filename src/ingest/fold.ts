/**
 * Folding text for name matching, with a map back to the original characters, so that a match
 * found in folded text ("gao zhe sheng") can be reported in the spelling the article uses.
 */
import { foldForMatching } from '../dataset/article-text';

export interface FoldedText {
  readonly folded: string;
  /** origin[i] is the index in the original text of folded character i. */
  readonly origin: readonly number[];
  readonly original: string;
}

export function foldWithOrigin(original: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    // Character by character, so each folded character knows where it came from; folding
    // collapses whitespace runs, which one character at a time cannot, so spaces map to ' '.
    const piece = /\s/.test(original[i]!) ? ' ' : foldForMatching(original[i]!);
    for (const char of piece) {
      folded += char;
      origin.push(i);
    }
  }
  return { folded, origin, original };
}

/** The original text behind folded[start, end). */
export function originalSpan(text: FoldedText, start: number, end: number): string {
  return text.original.slice(text.origin[start]!, text.origin[end - 1]! + 1);
}

/** Names compared without case, accents or spaces: "Chen Yong Lin" and "Chen Yonglin" agree. */
export function compactName(name: string): string {
  return foldForMatching(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, bounded: returns limit + 1 as soon as it must exceed limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
