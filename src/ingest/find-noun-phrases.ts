/**
 * Described entities: things an article names by a common noun and its modifiers rather than by a
 * proper name ("the forced quarantine", "grass-roots rural cadres", "a joint statement", "a policeman in
 * Jilin city"). The NLP library (compromise) tags the words; a phrase is drafted when its head noun is
 * one of DESCRIBED_HEADS and it says which one is meant: a modifier before the head, or an "of", "in",
 * "for", "about" or "on <date>" phrase after it. The name is the article's own short noun phrase.
 */
import nlp from 'compromise';
import type { EntityType } from '../model';
import { DESCRIBED_HEADS, GRADING_WORDS } from './entity-clues';

export interface DescribedPhrase {
  readonly type: EntityType;
  readonly name: string;
  readonly kind?: string;
  /** The head noun, for the review note. */
  readonly head: string;
}

interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

/** Words that may stand before a head as its modifiers. */
const MODIFIER_TAGS = ['Adjective', 'Noun', 'ProperNoun', 'Value', 'Acronym', 'Possessive', 'Hyphenated'];
const CLOSED_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'Month', 'Adverb', 'QuestionWord'];
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function describedPhrases(text: string): DescribedPhrase[] {
  const tokens = tokensOf(text);
  const gap = (k: number) => text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
  const found: DescribedPhrase[] = [];
  const used = new Set<number>();
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    const spec = DESCRIBED_HEADS[head.lower];
    if (spec === undefined || used.has(h) || !/^\p{Ll}/u.test(head.text)) continue;
    if (head.tags.has('Verb') && !head.tags.has('Noun')) continue;
    if (tokens[h - 1]?.lower === 'to') continue;
    let last = h;
    // "consulate general": a title noun after the head belongs to it.
    if (tokens[h + 1]?.lower === 'general' && /^\s+$/.test(gap(h))) last = h + 1;
    // A lowercase noun right after the head makes the head a modifier ("quarantine sites"); an event
    // noun stays an event ("the forced quarantine situation" still names a quarantine).
    const next = tokens[last + 1];
    if (next !== undefined && /^\s+$/.test(gap(last)) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !has(next, CLOSED_TAGS) && spec.type !== 'Event') continue;

    // Modifiers before the head.
    let first = h;
    for (let j = h - 1; j >= 0 && h - j <= 5; j--) {
      const token = tokens[j]!;
      if (!/^\s+$/.test(gap(j))) break;
      // "the quitting the Party movement": a gerund and its object qualify the head.
      if (token.tags.has('ProperNoun') && tokens[j - 1]?.lower === 'the' && tokens[j - 2]?.tags.has('Gerund')) {
        first = j - 2;
        break;
      }
      // "the forced quarantine": a past participle right after the article qualifies the head.
      if (token.tags.has('PastTense') && tokens[j - 1]?.tags.has('Determiner') && !has(token, ['Auxiliary'])) {
        first = j;
        break;
      }
      if (!has(token, MODIFIER_TAGS) || has(token, CLOSED_TAGS) || MONTH.test(token.text) || (token.tags.has('Verb') && !has(token, ['Adjective', 'Noun', 'Hyphenated']))) break;
      first = j;
    }
    while (first < h && GRADING_WORDS.has(tokens[first]!.text)) first++;
    // A number only counts people ("six ... officials"), and opens the phrase.
    while (first < h && tokens[first]!.tags.has('Value') && (spec.type !== 'Organization' || /\d/.test(tokens[first]!.text))) first++;

    // Coordinated groups: "lawyers, bloggers, and activists".
    if (spec.type === 'Organization') {
      for (;;) {
        const m = /^(?:,\s+|,?\s+and\s+|,\s+and\s+)$/.exec(gap(last));
        const candidate = m ? tokens.slice(last + 1).findIndex((t) => t.lower !== 'and') + last + 1 : -1;
        if (candidate <= last || DESCRIBED_HEADS[tokens[candidate]!.lower]?.type !== 'Organization') break;
        used.add(candidate);
        last = candidate;
      }
    }

    // A phrase after the head.
    const after = attachment(tokens, last, gap);
    if (first === h && after === last) continue;
    if (spec.type === 'Person' && first < h && !tokens.slice(first, h).some((t) => has(t, ['ProperNoun', 'Possessive'])) && after === last) continue;
    const name = text.slice(tokens[first]!.start, tokens[after]!.end).replace(/[,.;:]+$/, '');
    if (name.split(/\s+/).length > 9) continue;
    found.push({ type: spec.type, name, ...(spec.kind ? { kind: spec.kind } : {}), head: head.lower });
  }
  return found;
}

/** The last token of an "of", "in", "for", "about" or "on <date>" phrase after token `last`, or `last`. */
function attachment(tokens: readonly Token[], last: number, gap: (k: number) => string): number {
  const preposition = tokens[last + 1]?.lower;
  if (!/^\s+$/.test(gap(last)) || preposition === undefined) return last;
  let k = last + 2;
  const capitalRun = (from: number, max: number) => {
    let end = from - 1;
    for (let i = from; i < tokens.length && i - from < max && /^\p{Lu}/u.test(tokens[i]!.text) && !MONTH.test(tokens[i]!.text); i++) {
      end = i;
      if (!/^\s+$/.test(gap(i)) && !/^,\s+$/.test(gap(i))) break;
      // "Washington, D.C.": a comma goes on only to an abbreviation.
      if (/^,\s+$/.test(gap(i)) && !/^(?:\p{Lu}\.)+$/u.test(tokens[i + 1]?.text ?? '')) break;
    }
    return end;
  };
  if (preposition === 'of' || preposition === 'in') {
    if (tokens[k]?.lower === 'the' && /^\s+$/.test(gap(k - 1))) k++;
    const end = capitalRun(k, 5);
    if (end < k) return last;
    // "Jilin city": a lowercase place head closes the name.
    if (/^(?:city|province)$/.test(tokens[end + 1]?.lower ?? '') && /^\s+$/.test(gap(end))) return end + 1;
    return end;
  }
  if (preposition === 'for' && tokens[k]?.tags.has('Gerund') && tokens[k + 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return k + 2;
  if (preposition === 'about') {
    if (tokens[k]?.lower === 'the') k++;
    let end = k - 1;
    for (let i = k; i < tokens.length && i - k < 3 && has(tokens[i]!, ['Noun', 'ProperNoun']) && !has(tokens[i]!, CLOSED_TAGS); i++) {
      end = i;
      if (!/^\s+$/.test(gap(i))) break;
    }
    return end >= k ? end : last;
  }
  if (preposition === 'on' && MONTH.test(tokens[k]?.text ?? '') && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '')) return k + 1;
  return last;
}

function has(token: Token, tags: readonly string[]): boolean {
  return tags.some((tag) => token.tags.has(tag));
}

/** The sentence's words as the NLP library tags them, with hyphenated words joined back into one. */
function tokensOf(text: string): Token[] {
  const json = nlp(text).json({ offset: true, terms: { tags: true, offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
  const tokens: Token[] = [];
  for (const term of json.flatMap((s) => s.terms)) {
    const start = term.offset.start;
    const end = start + term.offset.length;
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && text.slice(previous.end, start) === '-') {
      const joined = text.slice(previous.start, end);
      tokens[tokens.length - 1] = { text: joined, lower: joined.toLowerCase(), start: previous.start, end, tags: new Set([...previous.tags, ...term.tags, 'Hyphenated']) };
      continue;
    }
    const word = text.slice(start, end);
    tokens.push({ text: word, lower: word.toLowerCase().replace(/[’']s$/, ''), start, end, tags: new Set(term.tags) });
  }
  return tokens;
}

export function describedSightingClue(phrase: DescribedPhrase): string {
  return `the described noun phrase with head "${phrase.head}"`;
}
