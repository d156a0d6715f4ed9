/**
 * Mentions of entities the graph already holds, found by name or alias: case, accents, curly quotes
 * and possessives aside ("Mao's" is Mao), and for people also by transliteration spacing ("Chen Yong
 * Lin" for "Chen Yonglin") or a one-letter variant of a long spaced name ("Hau Feng Jun"). The longest
 * name wins where two overlap, and a one-word alias inside a longer capitalized name is not a mention
 * ("Chen" in "Chen Duxiu").
 */
import type { EntityRecord } from '../model';
import { compactName, editDistance, foldWithOrigin, originalSpan, type FoldedText } from './fold';
import { foldForMatching } from '../dataset/article-text';

export interface Mention {
  readonly entity: EntityRecord;
  /** Paragraph numbers, ascending. */
  readonly paragraphs: readonly number[];
  /** Spellings found that are neither the name nor an alias: new aliases for review. */
  readonly newSpellings: readonly string[];
  /** How it was found, for the review note. */
  readonly how: 'name' | 'spelling';
}

interface Hit {
  readonly entity: EntityRecord;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly exact: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

export function findMentions(paragraphs: readonly string[], entities: readonly EntityRecord[]): Mention[] {
  const found = new Map<string, { entity: EntityRecord; paragraphs: Set<number>; spellings: Set<string>; exact: boolean }>();
  paragraphs.forEach((paragraph, i) => {
    const text = foldWithOrigin(paragraph);
    for (const hit of hitsIn(text, entities)) {
      const entry = found.get(hit.entity.id) ?? { entity: hit.entity, paragraphs: new Set<number>(), spellings: new Set<string>(), exact: true };
      entry.paragraphs.add(i + 1);
      if (!hit.exact) {
        entry.spellings.add(hit.surface);
        entry.exact = false;
      }
      found.set(hit.entity.id, entry);
    }
  });
  return [...found.values()]
    .map((entry) => ({
      entity: entry.entity,
      paragraphs: [...entry.paragraphs].sort((a, b) => a - b),
      newSpellings: [...entry.spellings].sort(),
      how: entry.exact ? ('name' as const) : ('spelling' as const),
    }))
    .sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
}

function hitsIn(text: FoldedText, entities: readonly EntityRecord[]): Hit[] {
  const hits: Hit[] = [];
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const needle = foldForMatching(name).trim();
      if (needle === '') continue;
      let from = 0;
      for (;;) {
        const start = text.folded.indexOf(needle, from);
        if (start < 0) break;
        from = start + 1;
        const end = start + needle.length;
        if (LETTER.test(text.folded[start - 1] ?? '') || LETTER.test(text.folded[end] ?? '')) continue;
        const surface = originalSpan(text, start, end);
        if (!name.includes(' ') && insideLongerName(text.original, text.origin[start]!, text.origin[end - 1]! + 1)) continue;
        hits.push({ entity, start, end, surface, exact: true });
      }
    }
    if (entity.type === 'Person') hits.push(...spellingVariants(text, entity));
  }
  // Longest first. A name inside another entity's longer name is still a mention ("Falun Gong" in
  // "the persecution of Falun Gong"), but one that crosses a longer name's edge, or lies inside a
  // longer name of the same entity, is not.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const clash = kept.some((other) => {
      if (!(hit.start < other.end && other.start < hit.end)) return false;
      const inside = other.start <= hit.start && hit.end <= other.end;
      return !inside || other.entity.id === hit.entity.id;
    });
    if (!clash) kept.push(hit);
  }
  return kept;
}

/** A one-word name followed or preceded by another capitalized word is part of a longer name. */
function insideLongerName(original: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(original.slice(start))) return false;
  const before = original.slice(0, start);
  const after = original.slice(end);
  return /^\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}\p{Ll}+\s+$/u.test(before) && !/(^|[.!?"“]\s*)\p{Lu}\p{Ll}+\s+$/u.test(before) && !/\b(?:Mr|Ms|Mrs|Dr)\.?\s+$/.test(before);
}

/** Runs of two to four capitalized words whose letters, spaces aside, spell a known person's name or nearly. */
function spellingVariants(text: FoldedText, entity: EntityRecord): Hit[] {
  const names = [entity.name, ...entity.aliases].filter((name) => name.trim().includes(' ')).map(compactName);
  if (names.length === 0) return [];
  const hits: Hit[] = [];
  for (const match of text.original.matchAll(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}/gu)) {
    const words = match[0].split(' ');
    for (let length = words.length; length >= 2; length--) {
      const surface = words.slice(0, length).join(' ');
      const compact = compactName(surface);
      const close = names.some((name) => compact === name || (name.length >= 9 && compact[0] === name[0] && editDistance(compact, name, 1) <= 1));
      if (!close) continue;
      const start = text.origin.indexOf(match.index!);
      const end = text.origin.lastIndexOf(match.index! + surface.length - 1) + 1;
      const exact = [entity.name, ...entity.aliases].some((name) => foldForMatching(name) === foldForMatching(surface));
      hits.push({ entity, start, end, surface, exact });
      break;
    }
  }
  return hits;
}
