/**
 * Statements, interviews and letters the article reports ("in an interview with New Tang Dynasty
 * Television", "a letter to the Politburo Standing Committee"), drafted as Report candidates named by
 * that short phrase, with the speaker as author when the sentence names a person before it. A
 * statement needs its speaker (seed/FORMAT.md), so one without a named speaker is left out.
 */
import type { ReportKind } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { placeNames, type NamedEntity } from './locate-names';
import type { Sentence } from './text-units';

export interface StatementCandidate {
  readonly name: string;
  readonly kind: ReportKind;
  readonly authors: readonly string[];
  readonly paragraphs: readonly number[];
}

const KINDS: Readonly<Record<string, ReportKind>> = { interview: 'INTERVIEW', statement: 'STATEMENT', letter: 'LETTER', declaration: 'DECLARATION' };

export function findStatements(sentences: readonly Sentence[], entities: readonly NamedEntity[]): StatementCandidate[] {
  const found = new Map<string, { name: string; kind: ReportKind; authors: Set<string>; paragraphs: Set<number> }>();
  for (const sentence of sentences) {
    const pattern = /\b(interview|statement|letter|declaration)\s+(with|by|to)\s+((?:the\s+)?(?:[a-z]+\s+){0,2}?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*(?:\s+[a-z]+(?=[\s,.;]))?)/gu;
    for (const match of sentence.text.matchAll(pattern)) {
      let object = match[3]!.replace(/[.,;]$/, '');
      // A trailing lowercase word belongs to the phrase only when it is a noun like "media".
      object = object.replace(/\s+(?!media\b)[a-z]+$/, '');
      const name = `${match[1]} ${match[2]} ${object}`;
      const kind = KINDS[match[1]!]!;
      const folded = foldForMatching(sentence.text);
      const before = foldForMatching(sentence.text.slice(0, match.index!));
      const speaker = placeNames(folded, entities).filter((p) => p.entity.type === 'Person' && p.end <= before.length).pop();
      if (kind === 'STATEMENT' && speaker === undefined) continue;
      const key = foldForMatching(name);
      const entry = found.get(key) ?? { name, kind, authors: new Set<string>(), paragraphs: new Set<number>() };
      if (speaker) entry.authors.add(speaker.entity.id);
      entry.paragraphs.add(sentence.paragraph);
      found.set(key, entry);
    }
  }
  return [...found.values()]
    .map((entry) => ({ name: entry.name, kind: entry.kind, authors: [...entry.authors].sort(), paragraphs: [...entry.paragraphs].sort((a, b) => a - b) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
