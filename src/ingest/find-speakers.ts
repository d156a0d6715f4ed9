/**
 * Statements by speaker: each person or body the article quotes or reports speaking ("X said", "X
 * told Y", "he added", "according to X", "in a statement, X ...") becomes one statement report of
 * theirs, named "<speaker>'s remarks", with the paragraphs where they speak. Its kind is the most
 * telling word of those sentences: a declaration, an interview, a commentary, else a statement.
 */
import type { ReportKind } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { SPEECH_VERBS } from './entity-clues';
import { placeNames, type NamedEntity } from './locate-names';
import { antecedent } from './resolve-pronouns';
import type { Sentence } from './text-units';
import type { StatementCandidate } from './find-statements';
import { possessive } from './find-actions';

const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS}|continued|saying|quoted)\\b`);
const PRONOUN_SPEAKER = new RegExp(`\\b(he|she)\\s+(?:\\S+\\s+)?(?:${SPEECH_VERBS}|continued)\\b`);
const KIND_WORDS: readonly [RegExp, ReportKind][] = [
  [/\bdeclaration\b/, 'DECLARATION'],
  [/\binterview\b/, 'INTERVIEW'],
  [/\bcommentary\b/, 'COMMENTARY'],
  [/\bstatements?\b/, 'STATEMENT'],
];

export function findSpeakerStatements(sentences: readonly Sentence[], entities: readonly NamedEntity[]): StatementCandidate[] {
  const found = new Map<string, { speaker: NamedEntity; kinds: Set<ReportKind>; paragraphs: Set<number> }>();
  sentences.forEach((sentence, index) => {
    const folded = foldForMatching(sentence.text);
    const placed = placeNames(folded, entities).filter((p) => p.entity.type === 'Person' || p.entity.type === 'Organization');
    let speaker: NamedEntity | undefined;
    const according = /according to\s+(?:the\s+)?/.exec(folded);
    const told = SPEECH.exec(folded);
    const noun = KIND_WORDS.find(([word]) => word.test(folded));
    if (according) speaker = placed.find((p) => p.start === according.index + according[0].length)?.entity;
    if (speaker === undefined && told) {
      const before = placed.filter((p) => p.end <= told.index);
      const person = before.filter((p) => p.entity.type === 'Person').pop();
      const body = before.pop();
      speaker = person?.entity ?? (body && told.index - body.end <= 40 ? body.entity : undefined);
      const pronoun = PRONOUN_SPEAKER.exec(folded);
      if (pronoun && (speaker === undefined || pronoun.index < told.index + 1 && (person === undefined || person.end < pronoun.index - 60))) {
        speaker = antecedent(sentences, index, pronoun.index, pronoun[1]!, entities) ?? speaker;
      }
    }
    // "In a statement to Y, ..., X sees ...": a person named with the word for what they said.
    if (speaker === undefined && noun) speaker = (placed.find((p) => p.entity.type === 'Person') ?? placed.find((p) => p.entity.type === 'Organization' && p.entity.kind === 'GROUP'))?.entity;
    if (speaker === undefined) return;
    const entry = found.get(speaker.id) ?? { speaker, kinds: new Set<ReportKind>(), paragraphs: new Set<number>() };
    if (noun) entry.kinds.add(noun[1]);
    entry.paragraphs.add(sentence.paragraph);
    found.set(speaker.id, entry);
  });
  return [...found.values()]
    .map(({ speaker, kinds, paragraphs }) => ({
      name: `${possessive(speaker.names[0]!)} remarks`,
      kind: KIND_WORDS.map(([, kind]) => kind).find((kind) => kinds.has(kind)) ?? 'STATEMENT',
      authors: [speaker.id],
      paragraphs: [...paragraphs].sort((a, b) => a - b),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
