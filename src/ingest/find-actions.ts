/**
 * Events an article tells as actions rather than names, read from verb frames around the entities it
 * names: X quit (withdrew from, renounced, declared a withdrawal from) Y; X was arrested or expelled,
 * or Z arrested X; X was founded (established, introduced, set up), or Z founded X; X collapsed or
 * crumbled. Each is drafted under a short name built from its parts ("Arrest of X"), with the entity
 * it is about: its participant, its target or what was founded. A "he" or "she" is read as the
 * person named last before it (resolve-pronouns.ts).
 */
import type { EventKind, RelationType } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { placeNames, type NamedEntity, type Placed } from './locate-names';
import { antecedent } from './resolve-pronouns';
import type { Sentence } from './text-units';

export interface ActionEvent {
  readonly name: string;
  readonly kind: EventKind;
  /** The entity the event is about, and how: X PARTICIPATED_IN the event, the event TARGETED X or is ABOUT X. */
  readonly about: { readonly id: string; readonly relation: 'PARTICIPATED_IN' | 'TARGETED' | 'ABOUT' };
  readonly paragraphs: readonly number[];
  /** The sentence that first tells it, for its date. */
  readonly sentence: Sentence;
  readonly pattern: string;
}

export type ActionRelation = Extract<RelationType, 'PARTICIPATED_IN' | 'TARGETED' | 'ABOUT'>;

const QUIT = /\b(?:quit|quits|quitting|withdrew|withdraw|withdrawal|departure|renounced?|renounces)\b/g;
const SUFFERED = /\b(?:was|were|been|being)\W+(?:\w+\s+)?(arrested|detained|expelled)\b/g;
const DID_TO = /\b(arrested|detained|expelled)\s+(?:the\s+)?/g;
const FOUNDED_PASSIVE = /\s+(?:was|were|is)\s+(?:first\s+|officially\s+)?(founded|established|introduced|set up|created|formed)\b/g;
const FOUNDED_ACTIVE = /\b(founded|established|set up|created)\s+(?:the\s+)?/g;
const COLLAPSED = /((?:[Tt]he\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)\s+(?:\w+\s+)?(collapsed|crumbled|disintegrated|fell apart)\b/gu;
const PRONOUN_BEFORE = /\b(he|she)\s+(?:\S+\s+){0,3}$/;
/** A count in the sentence means a figure of people quitting, not someone's own withdrawal. */
const COUNT = /\d[\d,.]*\s+(?:million\s+|thousand\s+)?(?:people|chinese|members|citizens|persons)\b|\b(?:million|thousand|hundreds|thousands|millions)\b/;

export function findActions(sentences: readonly Sentence[], entities: readonly NamedEntity[]): ActionEvent[] {
  const found = new Map<string, { event: Omit<ActionEvent, 'paragraphs'>; paragraphs: Set<number> }>();
  const add = (event: Omit<ActionEvent, 'paragraphs'>) => {
    const key = `${event.kind}|${event.about.id}|${foldForMatching(event.name)}`;
    const entry = found.get(key) ?? { event, paragraphs: new Set<number>() };
    entry.paragraphs.add(event.sentence.paragraph);
    found.set(key, entry);
  };
  // A group acts only when the article describes it ("six high-ranking military officials"), not a capitalized name left untyped.
  const isActor = (p: Placed) => p.entity.type === 'Person' || (p.entity.type === 'Organization' && p.entity.kind === 'GROUP' && /(?:^|\s)\p{Ll}/u.test(p.entity.names[0]!));
  sentences.forEach((sentence, index) => {
    const folded = foldForMatching(sentence.text);
    const placed = placeNames(folded, entities);
    const subjectBefore = (at: number): NamedEntity | undefined => {
      const named = placed.filter((p) => isActor(p) && p.end <= at && at - p.end <= 120).pop();
      const pronoun = PRONOUN_BEFORE.exec(folded.slice(Math.max(0, at - 40), at));
      if (pronoun && (named === undefined || named.end < at - 40)) return antecedent(sentences, index, at - pronoun[0].length, pronoun[1]!, entities);
      return named?.entity;
    };

    // X quit Y: one withdrawal per person or described group.
    if (!COUNT.test(folded) && !/according to/.test(folded)) {
      for (const verb of folded.matchAll(QUIT)) {
        const end = verb.index! + verb[0].length;
        const from = placed.find((p) => p.entity.type === 'Organization' && p.start >= end && p.start - end <= 40 && !isActor(p));
        if (from === undefined) continue;
        // "One person who quit the CCP, Chuanming Huang, ...": the person after it in apposition.
        const after = placed.find((p) => p.entity.type === 'Person' && p.start > from.end && /^\s*,\s*$/.test(folded.slice(from.end, p.start)));
        const actor = subjectBefore(verb.index!) ?? after?.entity;
        if (actor === undefined) continue;
        add({ name: `${possessive(actor.names[0]!)} withdrawal from ${withThe(from.entity.names[0]!)}`, kind: 'PUBLIC_WITHDRAWAL', about: { id: actor.id, relation: 'PARTICIPATED_IN' }, sentence, pattern: 'x quit y' });
        break;
      }
    }

    // X was arrested / expelled; Z arrested X.
    for (const verb of folded.matchAll(SUFFERED)) {
      const quoted = /["]\s*i\s+(?:\S+\s+){0,2}$/.test(folded.slice(0, verb.index! + 1)) || /^i\b/.test(folded.slice(Math.max(0, verb.index! - 2)).trim());
      let target = subjectBefore(verb.index!);
      // "I was expelled", he said: the speaker of the quotation.
      if (quoted || target === undefined) {
        const speaker = /\b(he|she)\s+(?:said|responded|added|replied|shared|told)\b/.exec(folded);
        if (speaker) target = antecedent(sentences, index, speaker.index, speaker[1]!, entities);
      }
      if (target === undefined) continue;
      const kind = verb[1] === 'expelled' ? 'EXPULSION' : 'ARREST';
      add({ name: `${kind === 'ARREST' ? 'Arrest' : 'Expulsion'} of ${target.names[0]}`, kind, about: { id: target.id, relation: 'TARGETED' }, sentence, pattern: `x was ${verb[1]}` });
    }
    for (const verb of folded.matchAll(DID_TO)) {
      const end = verb.index! + verb[0].length;
      const target = placed.find((p) => isActor(p) && p.start === end);
      if (target === undefined) continue;
      const kind = verb[1] === 'expelled' ? 'EXPULSION' : 'ARREST';
      add({ name: `${kind === 'ARREST' ? 'Arrest' : 'Expulsion'} of ${target.entity.names[0]}`, kind, about: { id: target.entity.id, relation: 'TARGETED' }, sentence, pattern: `z ${verb[1]} x` });
    }

    // X was founded; Z founded X.
    const foundings: Placed[] = [];
    for (const verb of folded.matchAll(FOUNDED_PASSIVE)) {
      const body = placed.filter((p) => p.entity.type === 'Organization' && p.end <= verb.index! && verb.index! - p.end <= 2).pop();
      if (body) foundings.push(body);
    }
    for (const verb of folded.matchAll(FOUNDED_ACTIVE)) {
      const end = verb.index! + verb[0].length;
      const body = placed.find((p) => p.entity.type === 'Organization' && p.start === end);
      if (body) foundings.push(body);
    }
    for (const body of foundings) {
      add({ name: `Founding of ${withThe(body.entity.names[0]!)}`, kind: 'FOUNDING', about: { id: body.entity.id, relation: 'ABOUT' }, sentence, pattern: 'x was founded' });
    }

    // X collapsed: named from the article's words for X.
    for (const match of sentence.text.matchAll(COLLAPSED)) {
      const subject = match[1]!.replace(/^(?:Just|As|When|After|Before|Then|And|But)\s+/, '');
      if (/^(?:The\s+)?(?:He|She|It|They|We|I)$/.test(subject)) continue;
      const head = /^(?:the\s+)?/i.exec(subject)![0] === '' ? subject : `the ${subject.replace(/^the\s+/i, '')}`;
      const word = match[2] === 'crumbled' ? 'Fall' : 'Collapse';
      const about = placed.find((p) => foldForMatching(subject).includes(foldForMatching(p.entity.names[0]!)));
      add({ name: `${word} of ${head}`, kind: 'COLLAPSE', about: { id: about?.entity.id ?? '', relation: 'ABOUT' }, sentence, pattern: `x ${match[2]}` });
    }
  });
  return [...found.values()]
    .map(({ event, paragraphs }) => ({ ...event, paragraphs: [...paragraphs].sort((a, b) => a - b) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

export function withThe(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}
