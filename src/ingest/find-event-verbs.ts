/**
 * Events an article tells with a verb that has a noun of its own, drafted under that noun: X cracked
 * down on Y (X's crackdown on Y), X is cleaning up Y (X's clean-up of Y), X came into power (X's rise
 * to power), Y was banned (ban on Y), it was revealed that ... (disclosure), X celebrated (celebration
 * by X), X dispatched P to Q (P's mission to Q), and "P is one of them" after a sentence in which
 * people quit Y (P's withdrawal from Y). Each names the entities it is about; all are for review.
 */
import type { EventKind } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { possessive, withThe, type ActionEvent } from './find-actions';
import { placeNames, type NamedEntity, type Placed } from './locate-names';
import type { Sentence } from './text-units';

export interface VerbEvent extends Omit<ActionEvent, 'about'> {
  /** The entities it is about: its actor (PARTICIPATED_IN or ORGANIZED), target or subject. */
  readonly about: readonly { readonly id: string; readonly relation: 'PARTICIPATED_IN' | 'ORGANIZED' | 'TARGETED' | 'ABOUT' }[];
}

/** Phrasal verbs and the nouns English makes of them, with the kind of event the noun names. */
const PHRASAL: Readonly<Record<string, { noun: string; link: string; kind: EventKind }>> = {
  'crack down': { noun: 'crackdown', link: 'on', kind: 'POLITICAL_CAMPAIGN' },
  'clamp down': { noun: 'clampdown', link: 'on', kind: 'POLITICAL_CAMPAIGN' },
  'clean up': { noun: 'clean-up', link: 'of', kind: 'POLITICAL_CAMPAIGN' },
  'cover up': { noun: 'cover-up', link: 'of', kind: 'INCIDENT' },
  'round up': { noun: 'round-up', link: 'of', kind: 'ARREST' },
  'shut down': { noun: 'shutdown', link: 'of', kind: 'POLICY' },
};
const PHRASAL_VERB = /\b(crack|clamp|clean|cover|round|shut)(?:s|ed|ped|ing|ping|ning)?\s+(down|up)\s+(?:on\s+)?((?:[\p{L}’'-]+)(?:\s+(?!(?:within|in|at|by|for|from|to|with|since|during|after|before|while|because|as|so)\b)[\p{L}’'-]+){0,4})/gu;
const POWER = /\b(?:came|come|comes|coming)\s+(?:in)?to\s+power\b|\b(?:took|seized|seizes|seize|rose)\s+(?:to\s+)?power\b/g;
const BANNED = /\b(?:was|were|been|is|are|be)\s+(?:(?!(?:it|they|he|she|this|that)\b)\w+\s+)?(?:banned|prohibited|outlawed|forbidden)\b/gi;
const REVEALED = /\b(?:was|were|been)\s+(?:revealed|disclosed|exposed|uncovered)\b[^.;]*?\bthat\b/g;
const CELEBRATED = /^\s*(?:has\s+|have\s+)?(?:celebrated|celebrates)\s+(?!(?:its|their|his|her|the)\b)/;
const DISPATCHED = /\b(?:dispatched|sent)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+to\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;
const QUIT = /\b(?:quit|quits|quitting|withdrew|withdraw|leave|left|renounced?)\b/;
/** Words that end the clause a passive verb's subject stands in. */
const CLAUSE_START = /(?:^|[,;:“"(]|\b(?:therefore|but|and|that|which|so|because|while|when|thus|hence)\b)\s*/gi;

export function findEventVerbs(sentences: readonly Sentence[], entities: readonly NamedEntity[]): VerbEvent[] {
  const found = new Map<string, VerbEvent>();
  const add = (event: VerbEvent) => {
    const key = foldForMatching(event.name);
    const existing = found.get(key);
    found.set(key, existing ? { ...existing, paragraphs: [...new Set([...existing.paragraphs, ...event.paragraphs])].sort((a, b) => a - b) } : event);
  };
  const actors = (placed: readonly Placed[]) => placed.filter((p) => p.entity.type === 'Person' || p.entity.type === 'Organization');
  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const folded = foldForMatching(text);
    const placed = placeNames(folded, entities);
    const paragraphs = [sentence.paragraph];
    /** Where a position of the sentence falls in its folded text. */
    const foldedAt = (at: number) => foldForMatching(text.slice(0, at)).length;
    const subjectBefore = (at: number) => actors(placed).filter((p) => p.end <= at && at - p.end <= 120).pop();

    for (const match of text.matchAll(PHRASAL_VERB)) {
      const verb = PHRASAL[`${match[1]!.toLowerCase()} ${match[2]!.toLowerCase()}`];
      const object = match[3]!.replace(/[’']s$/, '');
      const subject = subjectBefore(foldedAt(match.index!));
      if (verb === undefined || subject === undefined || /^(?:the|a|an|its|their|his|her|and)$/i.test(object)) continue;
      const name = `${possessive(subject.entity.names[0]!)} ${verb.noun} ${verb.link} ${object}`;
      add({ name, kind: verb.kind, about: [{ id: subject.entity.id, relation: 'PARTICIPATED_IN' }], paragraphs, sentence, pattern: `x ${match[1]} ${match[2]} y` });
    }

    for (const match of folded.matchAll(POWER)) {
      // "since it came into power": "it" is the body named last before it, in this sentence or the one before.
      const pronoun = /\b(?:it|they)\s+(?:\S+\s+)?$/.test(folded.slice(Math.max(0, match.index! - 20), match.index!));
      const bodies = (p: readonly Placed[], before: number) => p.filter((x) => x.entity.type === 'Organization' && x.end <= before);
      const previous = index > 0 ? placeNames(foldForMatching(sentences[index - 1]!.text), entities) : [];
      const subject = pronoun ? (bodies(placed, match.index!).pop() ?? bodies(previous, Infinity).pop()) : subjectBefore(match.index!);
      if (subject === undefined) continue;
      add({ name: `${possessive(subject.entity.names[0]!)} rise to power`, kind: 'TAKEOVER', about: [{ id: subject.entity.id, relation: 'PARTICIPATED_IN' }], paragraphs, sentence, pattern: 'x came to power' });
    }

    for (const match of text.matchAll(BANNED)) {
      const subject = clauseBefore(text, match.index!).replace(/\s+(?:have|has|had)$/i, '');
      const words = subject.split(/\s+/);
      if (subject === '' || words.length > 8 || /^(?:it|they|he|she|this|that|which|who|why|how|when|where|what)\b/i.test(subject)) continue;
      const about = placeNames(foldForMatching(subject), entities).filter((p) => p.entity.type === 'Event' || p.entity.type === 'Organization' || p.entity.type === 'Person');
      add({ name: `Ban on ${subject.replace(/^(?:the|a|an)\s+/i, '')}`, kind: 'POLICY', about: about.map((p) => ({ id: p.entity.id, relation: 'ABOUT' as const })), paragraphs, sentence, pattern: 'y was banned' });
    }

    for (const match of folded.matchAll(REVEALED)) {
      const after = placed.filter((p) => p.start >= match.index! + match[0].length && (p.entity.type === 'Event' || p.entity.type === 'Place'));
      if (after.length === 0) continue;
      add({ name: `Disclosure about ${after[0]!.entity.names[0]!}`, kind: 'DISCLOSURE', about: after.map((p) => ({ id: p.entity.id, relation: 'ABOUT' as const })), paragraphs, sentence, pattern: 'it was revealed that' });
    }

    for (const actor of actors(placed)) {
      if (!CELEBRATED.test(folded.slice(actor.end))) continue;
      add({ name: `Celebration by ${withThe(actor.entity.names[0]!)}`, kind: 'INCIDENT', about: [{ id: actor.entity.id, relation: 'ORGANIZED' }], paragraphs, sentence, pattern: 'x celebrated y' });
    }

    for (const match of text.matchAll(DISPATCHED)) {
      const at = foldedAt(match.index!);
      const sender = actors(placed).filter((p) => p.end <= at && at - p.end <= 4).pop();
      if (sender === undefined) continue;
      const envoy = placed.find((p) => p.entity.type === 'Person' && p.entity.names.some((n) => foldForMatching(n) === foldForMatching(match[1]!)));
      const about = [{ id: sender.entity.id, relation: 'ORGANIZED' as const }, ...(envoy ? [{ id: envoy.entity.id, relation: 'PARTICIPATED_IN' as const }] : [])];
      add({ name: `${possessive(match[1]!)} mission to ${match[2]}`, kind: 'MEETING', about, paragraphs, sentence, pattern: 'x dispatched p to q' });
    }

    // "And P, a teacher, is one of them": P did what the people of the sentence before did.
    const oneOf = /^(?:and\s+|but\s+)?/.exec(folded)![0].length;
    const first = placed[0];
    if (index > 0 && first?.entity.type === 'Person' && first.start === oneOf && /^(?:\s*,[^,]{1,60},)?\s+(?:is|was)\s+(?:also\s+)?one\s+of\s+(?:them|those)\b/.test(folded.slice(first.end))) {
      const previous = foldForMatching(sentences[index - 1]!.text);
      const verb = QUIT.exec(previous);
      const from = verb ? placeNames(previous, entities).find((p) => p.entity.type === 'Organization' && p.start > verb.index && p.start - verb.index <= 40) : undefined;
      if (from !== undefined) {
        add({ name: `${possessive(first.entity.names[0]!)} withdrawal from ${withThe(from.entity.names[0]!)}`, kind: 'PUBLIC_WITHDRAWAL', about: [{ id: first.entity.id, relation: 'PARTICIPATED_IN' }], paragraphs, sentence, pattern: 'p is one of them (who quit y)' });
      }
    }
  });
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The words between the start of the clause and `at`: the subject of a passive verb there. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_START)) if (match[0] !== '') start = match.index! + match[0].length;
  return before.slice(start).trim();
}

