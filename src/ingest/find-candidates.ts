/**
 * New entity candidates: names the graph does not know yet. Capitalized runs of words are read from
 * each sentence and typed by the NLP library (compromise: people, places, organizations), by the last
 * word ("... Bureau", "... Province", "... Massacre"), by a title before a name ("Mr.", "President"), by a
 * verb of speech after it, or by the shape of a Chinese name in pinyin. Quoted capitalized titles are
 * report candidates. Each candidate carries its paragraphs and a confidence that grows with the clues
 * that agree.
 */
import nlp from 'compromise';
import type { EntityType } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { EVENT_HEADS, NOT_NAMES, ORGANIZATION_HEADS, PERSON_TITLES, PLACE_HEADS, SPEECH_VERBS, looksLikeChineseName } from './entity-clues';
import { compactName } from './fold';
import type { Sentence } from './text-units';

export interface Candidate {
  readonly type: EntityType;
  readonly name: string;
  readonly kind?: string;
  readonly aliases: readonly string[];
  readonly paragraphs: readonly number[];
  /** 0 to 1: how many independent clues agree on the name and its type. */
  readonly confidence: number;
  /** The clues, for the review note. */
  readonly clues: readonly string[];
}

interface Sighting {
  readonly type: EntityType;
  readonly name: string;
  readonly kind?: string;
  readonly paragraph: number;
  readonly clues: readonly string[];
}

/** Names the NLP library types, folded, by type; read once per article. */
interface Tagged {
  readonly people: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly organizations: ReadonlySet<string>;
}

export function findCandidates(paragraphs: readonly string[], sentences: readonly Sentence[], isKnownName: (name: string) => boolean): Candidate[] {
  const tagged = tagWithNlp(paragraphs);
  const sightings: Sighting[] = [];
  for (const sentence of sentences) {
    for (const chunk of capitalizedChunks(sentence.text)) {
      const sighting = typeChunk(chunk, tagged, sentence.paragraph);
      if (sighting !== undefined && !isKnownName(sighting.name)) sightings.push(sighting);
    }
    for (const title of quotedTitles(sentence.text)) {
      if (!isKnownName(title)) sightings.push({ type: 'Report', name: title, kind: 'ESSAY', paragraph: sentence.paragraph, clues: ['a quoted title'] });
    }
  }
  return mergeSightings(sightings, isKnownName);
}

function tagWithNlp(paragraphs: readonly string[]): Tagged {
  const doc = nlp(paragraphs.join('\n\n'));
  const clean = (texts: string[]) => new Set(texts.map((text) => foldForMatching(stripEdges(text))).filter((text) => text !== ''));
  return {
    people: clean(doc.people().out('array') as string[]),
    places: clean(doc.places().out('array') as string[]),
    organizations: clean(doc.organizations().out('array') as string[]),
  };
}

function stripEdges(text: string): string {
  return text
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '')
    .trim();
}

interface Chunk {
  readonly words: readonly string[];
  /** The word before the chunk, lowercased, without punctuation. */
  readonly before: string;
  /** The text right after the chunk. */
  readonly after: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu;
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'de']);

/** Maximal runs of capitalized words, joined by "of", "the", "for" when a capitalized word follows. */
export function capitalizedChunks(sentence: string): Chunk[] {
  const tokens = [...sentence.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
  const chunks: Chunk[] = [];
  const isCap = (i: number) => {
    const token = tokens[i];
    if (token === undefined) return false;
    // A number names something only when a capitalized head follows it ("610 Office").
    if (/^\d+$/.test(token.text)) return /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && ORGANIZATION_HEADS[tokens[i + 1]!.text.toLowerCase()] !== undefined;
    return /^\p{Lu}/u.test(token.text);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      // Punctuation between two words (a comma, a quote) ends the name.
      const gap = (k: number) => sentence.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
      if (isCap(j + 1) && /^\s+$/.test(gap(j))) j++;
      else if (CONNECTORS.has(tokens[j + 1]?.text ?? '') && isCap(j + 2) && /^\s+$/.test(gap(j)) && /^\s+$/.test(gap(j + 1))) j += 2;
      else break;
    }
    // A possessive inside a name is part of it ("Mao's Great Famine"); at its end it is not ("Burchett's").
    const texts = tokens.slice(i, j + 1).map((token) => token.text.replace(/(?<!\b\p{Lu})\.$/u, ''));
    const words = texts.map((text, k) => (k === texts.length - 1 ? text.replace(/[’']s$/u, '') : text));
    const before = (tokens[i - 1]?.text ?? '').toLowerCase();
    chunks.push({ words, before, after: sentence.slice(tokens[j]!.end, tokens[j]!.end + 40) });
    i = j + 1;
  }
  return chunks.map(trimChunk).filter((chunk): chunk is Chunk => chunk !== undefined);
}

/** Drops leading words that name nothing ("The", "In", "Mr."), keeping a title as the word before. */
function trimChunk(chunk: Chunk): Chunk | undefined {
  let words = [...chunk.words];
  let before = chunk.before;
  while (words.length > 0 && (NOT_NAMES.has(words[0]!.toLowerCase().replace(/\.$/, '')) || PERSON_TITLES.has(words[0]!.toLowerCase()))) {
    before = words[0]!.toLowerCase();
    words = words.slice(1);
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  if (words.length === 0) return undefined;
  if (words.length === 1 && NOT_NAMES.has(words[0]!.toLowerCase())) return undefined;
  return { ...chunk, words, before };
}

function typeChunk(chunk: Chunk, tagged: Tagged, paragraph: number): Sighting | undefined {
  const name = chunk.words.join(' ');
  const folded = foldForMatching(name);
  const head = chunk.words[chunk.words.length - 1]!.toLowerCase();
  const clues: string[] = [];
  const speaks = new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\b`).test(chunk.after);
  if (EVENT_HEADS[head] !== undefined && chunk.words.length > 1) {
    return { type: 'Event', name, kind: EVENT_HEADS[head], paragraph, clues: [`its last word "${head}"`] };
  }
  if (ORGANIZATION_HEADS[head] !== undefined && chunk.words.length > 1) {
    clues.push(`its last word "${head}"`);
    if (tagged.organizations.has(folded)) clues.push('the NLP tagger');
    return { type: 'Organization', name, kind: ORGANIZATION_HEADS[head], paragraph, clues };
  }
  if (PLACE_HEADS[head] !== undefined && chunk.words.length > 1) {
    clues.push(`its last word "${head}"`);
    if (tagged.places.has(folded)) clues.push('the NLP tagger');
    return { type: 'Place', name, kind: PLACE_HEADS[head], paragraph, clues };
  }
  const personClues: string[] = [];
  if (tagged.people.has(folded) && (chunk.words.length > 1 || PERSON_TITLES.has(chunk.before))) personClues.push('the NLP tagger');
  if (PERSON_TITLES.has(chunk.before)) personClues.push(`the title "${chunk.before}"`);
  if (looksLikeChineseName(chunk.words)) personClues.push('the shape of a Chinese name');
  if (speaks && chunk.words.length <= 3) personClues.push('a verb of speech after it');
  if (personClues.length > 0 && chunk.words.length <= 4) return { type: 'Person', name, paragraph, clues: personClues };
  if (tagged.organizations.has(folded)) return { type: 'Organization', name, kind: 'NGO', paragraph, clues: ['the NLP tagger'] };
  if (tagged.places.has(folded)) return { type: 'Place', name, kind: 'CITY', paragraph, clues: ['the NLP tagger'] };
  return undefined;
}

/** Capitalized titles in quotation marks: “Nine Commentaries on the Communist Party”. */
function quotedTitles(sentence: string): string[] {
  const titles: string[] = [];
  for (const match of sentence.matchAll(/[“"]([^”"]{3,120})[”"]/g)) {
    const title = match[1]!.replace(/[,.]$/, '').trim();
    const words = title.split(/\s+/);
    const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (words.length >= 2 && words.length <= 10 && capitalized / words.length >= 0.6 && !/[.!?]/.test(title)) titles.push(title);
  }
  return titles;
}

/**
 * One candidate per name: sightings of the same name (spacing and case aside) are merged, and a lone
 * surname after a person's full name ("Burchett") joins that person as an alias.
 */
function mergeSightings(sightings: readonly Sighting[], isKnownName: (name: string) => boolean): Candidate[] {
  const byKey = new Map<string, { first: Sighting; paragraphs: Set<number>; clues: Set<string>; aliases: Set<string> }>();
  const ordered = [...sightings].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const sighting of ordered) {
    const key = `${sighting.type}:${compactName(sighting.name)}`;
    let entry = byKey.get(key);
    if (entry === undefined && sighting.type === 'Person' && !sighting.name.includes(' ')) {
      entry = [...byKey.values()].find((other) => other.first.type === 'Person' && other.first.name.split(' ').pop() === sighting.name);
      if (entry !== undefined) entry.aliases.add(sighting.name);
    }
    if (entry === undefined) {
      entry = { first: sighting, paragraphs: new Set(), clues: new Set(), aliases: new Set() };
      byKey.set(key, entry);
    }
    entry.paragraphs.add(sighting.paragraph);
    for (const clue of sighting.clues) entry.clues.add(clue);
  }
  return [...byKey.values()]
    .filter((entry) => !isKnownName(entry.first.name))
    .map((entry) => {
      const paragraphs = [...entry.paragraphs].sort((a, b) => a - b);
      const clues = [...entry.clues].sort();
      const confidence = Math.min(0.95, 0.35 + 0.2 * clues.length + (paragraphs.length > 1 ? 0.1 : 0));
      return {
        type: entry.first.type,
        name: entry.first.name,
        ...(entry.first.kind === undefined ? {} : { kind: entry.first.kind }),
        aliases: [...entry.aliases].sort(),
        paragraphs,
        confidence: Math.round(confidence * 100) / 100,
        clues,
      };
    })
    .sort((a, b) => (a.type === b.type ? (a.name < b.name ? -1 : 1) : a.type < b.type ? -1 : 1));
}
