/**
 * New entity candidates: names the graph does not know yet. Capitalized runs of words are read from
 * each sentence and typed by the NLP library (compromise: people, places, organizations), by the last
 * word ("... Bureau", "... Province", "... Massacre"), by a title before a name ("Mr.", "President"), by a
 * verb of speech after it, or by the shape of a Chinese name in pinyin. Quoted capitalized titles are
 * report candidates. Each candidate carries its paragraphs and a confidence that grows with the clues
 * that agree.
 */
import nlp from 'compromise';
import type { EntityType, PlaceKind } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { APPOSITIVE_ORGANIZATIONS, APPOSITIVE_PEOPLE, DEMONYMS, EVENT_HEADS, NOT_NAMES, ORGANIZATION_HEADS, PERSON_TITLES, PLACE_HEADS, SPEECH_VERBS, looksLikeChineseName } from './entity-clues';
import { compactName } from './fold';
import { describedPhrases, describedSightingClue } from './find-noun-phrases';
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
  const headlines = new Set(paragraphs.flatMap((paragraph, i) => (isTitleCased(paragraph) ? [i + 1] : [])));
  for (const sentence of sentences) {
    // In a title-cased headline every word is capitalized, so capitals say nothing about names there.
    // Capitals inside a quoted title belong to the title, not to names.
    const unquoted = sentence.text.replace(/[“"‘][^”"’]{3,120}[”"’]/g, (quote) => (isTitleCased(quote.slice(1, -1).replace(/[.,;!?]+$/, '')) ? ' '.repeat(quote.length) : quote));
    const chunks = headlines.has(sentence.paragraph) ? [] : capitalizedChunks(unquoted);
    for (const chunk of chunks) {
      const sighting = typeChunk(chunk, tagged, sentence.paragraph);
      if (sighting !== undefined && !isKnownName(sighting.name) && !isKnownName(withoutDemonym(sighting.name)) && !isKnownName(afterPossessive(sighting.name))) {
        sightings.push(sighting);
      }
      // A body named after its city: "Tianjin" in "Tianjin Public Security Bureau", when the NLP library knows the word as a place.
      const leading = chunk.words[0]!;
      if (sighting?.type === 'Organization' && chunk.words.length > 2 && placeKindOf(leading) !== undefined && !isKnownName(leading)) {
        sightings.push({ type: 'Place', name: leading, kind: placeKindOf(leading)!, paragraph: sentence.paragraph, clues: [`the place word at the start of "${sighting.name}"`] });
      }
      // A place named at the start of a longer name: "Wuhan City" in "Wuhan City Intermediate Court".
      const placeEnd = chunk.words.findIndex((word, k) => k > 0 && k < chunk.words.length - 1 && PLACE_HEADS[word.toLowerCase()] !== undefined);
      if (placeEnd > 0) {
        const name = chunk.words.slice(0, placeEnd + 1).join(' ');
        if (!isKnownName(name)) sightings.push({ type: 'Place', name, kind: PLACE_HEADS[chunk.words[placeEnd]!.toLowerCase()]!, paragraph: sentence.paragraph, clues: ['its last word'] });
      }
    }
    for (const sighting of [...phraseEvents(sentence), ...listedMembers(sentence)]) if (!isKnownName(sighting.name)) sightings.push(sighting);
    if (!headlines.has(sentence.paragraph)) {
      for (const phrase of describedPhrases(sentence.text)) {
        if (!isKnownName(phrase.name)) sightings.push({ type: phrase.type, name: phrase.name, ...(phrase.kind ? { kind: phrase.kind } : {}), paragraph: sentence.paragraph, clues: [describedSightingClue(phrase)] });
      }
    }
    // "Mao's death": the death of a named person is an event.
    for (const match of sentence.text.matchAll(/\b(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[’']s death\b/gu)) {
      const name = match[0];
      if (!isKnownName(name)) sightings.push({ type: 'Event', name, kind: 'DEATH', paragraph: sentence.paragraph, clues: ['a possessive before "death"'] });
    }
    for (const title of quotedTitles(sentence.text)) {
      if (!isKnownName(title)) sightings.push({ type: 'Report', name: title, kind: 'ESSAY', paragraph: sentence.paragraph, clues: ['a quoted title'] });
    }
    for (const event of quotedEvents(sentence.text)) if (!isKnownName(event.name)) sightings.push({ ...event, paragraph: sentence.paragraph });
  }
  paragraphs.forEach((paragraph, i) => {
    for (const name of creditedPeople(paragraph)) if (!isKnownName(name)) sightings.push({ type: 'Person', name, paragraph: i + 1, clues: ['a photo or byline credit'] });
  });
  return mergeSightings(sightings, isKnownName);
}

/** A short paragraph without a final stop whose longer words are mostly capitalized: a headline or subheading. */
function isTitleCased(paragraph: string): boolean {
  if (paragraph.length > 160 || /[.!?]["”]?$/.test(paragraph)) return false;
  // A sentence ends inside it ("Help us. Sign the Harbour Petition at"): prose, whatever its capitals.
  if (/\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.6;
}

/**
 * Events and works named by a common noun and what follows it: "the persecution of Falun Gong", "a parade ... in
 * Toronto", "the rally in Sydney", "protesters in X", "a report published by X". The name is the article's
 * own short phrase, or built from its parts.
 */
function phraseEvents(sentence: Sentence): Sighting[] {
  const sightings: Sighting[] = [];
  for (const match of sentence.text.matchAll(/\bpersecution of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)/gu)) {
    sightings.push({ type: 'Event', name: `Persecution of ${match[1]}`, kind: 'PERSECUTION_CAMPAIGN', paragraph: sentence.paragraph, clues: ['the phrase "persecution of"'] });
  }
  for (const match of sentence.text.matchAll(/\b(parade|rally|protests?|march)\b[^.;]{0,80}?\bin (\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*(?:, (?:\p{Lu}\.)+(?=[\s,]))?)/gu)) {
    const kind = ({ parade: 'PARADE', rally: 'RALLY', protest: 'PROTEST', protests: 'PROTEST', march: 'PARADE' } as const)[match[1] as 'parade'];
    const place = match[2]!.replace(/(?<!\b\p{Lu})\.$/u, '');
    sightings.push({ type: 'Event', name: `${match[1]} in ${place}`, kind, paragraph: sentence.paragraph, clues: [`the phrase "${match[1]} ... in" a place`] });
  }
  // "protesters in Port Loma": the people of a protest say there was one there.
  for (const match of sentence.text.matchAll(/\b(?:protesters|demonstrators)\s+(?:in|at)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)/gu)) {
    sightings.push({ type: 'Event', name: `protests in ${match[1]}`, kind: 'PROTEST', paragraph: sentence.paragraph, clues: ['protesters in a place'] });
  }
  // "a report published in May 2019 by Harbour Watch": a work and who published it.
  for (const match of sentence.text.matchAll(/\b(report|study|survey|documentary)\s+(?:published|released|issued|produced)\s+(?:(?:in|on)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s+)?by\s+(?:the\s+)?(\p{Lu}[\p{L}&-]+(?: (?:of |for )?\p{Lu}[\p{L}&-]+)*)/gu)) {
    const kind = match[1] === 'documentary' ? 'VIDEO' : match[1] === 'report' ? 'INVESTIGATIVE_REPORT' : 'STUDY';
    sightings.push({ type: 'Report', name: `${match[1]} by ${match[2]}`, kind, paragraph: sentence.paragraph, clues: [`"${match[1]} published by" a name`] });
  }
  return sightings;
}

/** What a plural noun before "such as" or "including" says its examples are. */
const CLASS_NOUNS: Readonly<Record<string, { type: EntityType; kind: string }>> = {
  areas: { type: 'Place', kind: 'REGION' }, regions: { type: 'Place', kind: 'REGION' }, provinces: { type: 'Place', kind: 'PROVINCE' },
  cities: { type: 'Place', kind: 'CITY' }, countries: { type: 'Place', kind: 'COUNTRY' }, camps: { type: 'Place', kind: 'LANDMARK' },
  organizations: { type: 'Organization', kind: 'NGO' }, companies: { type: 'Organization', kind: 'COMPANY' }, outlets: { type: 'Organization', kind: 'MEDIA_OUTLET' },
};

/** "areas, such as Tibet and Xinjiang", "camps, including Sujiatun": capitalized examples of a class. */
function listedMembers(sentence: Sentence): Sighting[] {
  const sightings: Sighting[] = [];
  for (const match of sentence.text.matchAll(/\b([a-z]+)\s*,?\s+(?:such as|like|including)\s+([^.;:()]+)/g)) {
    const kind = CLASS_NOUNS[match[1]!];
    if (kind === undefined) continue;
    for (const item of match[2]!.split(/\s*,\s*|\s+and\s+|\s+or\s+/)) {
      const name = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\b/u.exec(item.trim())?.[1];
      if (name === undefined) break;
      sightings.push({ ...kind, name, paragraph: sentence.paragraph, clues: [`the class "${match[1]}" it is listed under`] });
    }
  }
  return sightings;
}

const placeKinds = new Map<string, PlaceKind | undefined>();
/** The kind of place the NLP library's gazetteer knows a single word as ("Tianjin" a city), if any. */
function placeKindOf(word: string): PlaceKind | undefined {
  if (!placeKinds.has(word)) {
    const doc = nlp(word);
    placeKinds.set(word, doc.has('#Country') ? 'COUNTRY' : doc.has('#City') ? 'CITY' : doc.has('#Region') ? 'REGION' : undefined);
  }
  return placeKinds.get(word);
}

const nouns = new Map<string, boolean>();
/** Whether the NLP library reads a lowercase word as a noun and not a verb ("service", not "organized"). */
function isNoun(word: string): boolean {
  let noun = nouns.get(word);
  if (noun === undefined) {
    const doc = nlp(word);
    noun = doc.has('#Noun') && !doc.has('#Verb');
    nouns.set(word, noun);
  }
  return noun;
}

/** Words after a name that do not make it a modifier of a noun. */
const FUNCTION_WORDS = new Set('of in on at to for and or but as by from with was is were are has had have will would said says who which that than into'.split(' '));

/** "Young Pioneers" of "CCP's Young Pioneers": what is possessed, a known thing if the graph names it. */
function afterPossessive(name: string): string {
  const match = /[’']s\s+(.+)$/u.exec(name);
  return match ? match[1]! : name;
}

function withoutDemonym(name: string): string {
  const [first, ...rest] = name.split(' ');
  return rest.length > 0 && DEMONYMS.has(first!.toLowerCase()) ? rest.join(' ') : name;
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
const CONNECTORS = new Set(['of', 'the', 'for', 'de']);
const MONTH_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
/** Lowercase heads that still end a place's name ("Jilin city", "Jiangsu province"). */
const LOWERCASE_PLACE_HEADS = new Set(['city', 'province']);
/** Lowercase heads that end a body's name ("Asia subcommittee"). */
const LOWERCASE_ORGANIZATION_HEADS = new Set(['subcommittee', 'committee']);

/** Maximal runs of capitalized words, joined by "of", "the", "for" when a capitalized word follows. */
export function capitalizedChunks(sentence: string): Chunk[] {
  const tokens = [...sentence.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
  const chunks: Chunk[] = [];
  const isCap = (i: number) => {
    const token = tokens[i];
    if (token === undefined) return false;
    // A month before a day number is a date, not part of a name ("the Committee on April 25").
    if (MONTH_WORDS.test(token.text) && /^\d/.test(tokens[i + 1]?.text ?? '')) return false;
    // A number names something only when a capitalized head follows it ("610 Office").
    if (/^\d+$/.test(token.text)) return /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && ORGANIZATION_HEADS[tokens[i + 1]!.text.toLowerCase()] !== undefined;
    return /^\p{Lu}/u.test(token.text);
  };
  // Token indexes a comma joins to the word before them ("Washington, D.C.").
  const commaBefore = new Set<number>();
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
      // "Washington, D.C.": a place and its abbreviated state or district.
      else if (/^,\s+$/.test(gap(j)) && /^(?:\p{Lu}\.){2,}$/u.test(tokens[j + 1]?.text ?? '')) commaBefore.add(++j);
      else if (CONNECTORS.has(tokens[j + 1]?.text ?? '') && isCap(j + 2) && /^\s+$/.test(gap(j)) && /^\s+$/.test(gap(j + 1))) j += 2;
      else {
        const next = tokens[j + 1]?.text.replace(/[’']s$/u, '') ?? '';
        if ((LOWERCASE_PLACE_HEADS.has(next) || LOWERCASE_ORGANIZATION_HEADS.has(next)) && /^\s+$/.test(gap(j))) j++;
        break;
      }
    }
    // A possessive inside a name is part of it ("Mao's Great Famine"); at its end it is not ("Burchett's").
    const texts = tokens.slice(i, j + 1).map((token, k) => token.text.replace(/(?<!\b\p{Lu})\.$/u, '') + (commaBefore.has(i + k + 1) ? ',' : ''));
    const words = texts.map((text, k) => (k === texts.length - 1 ? text.replace(/[’']s$/u, '') : text));
    const before = (tokens[i - 1]?.text ?? '').toLowerCase();
    chunks.push({ words, before, after: sentence.slice(tokens[j]!.end, tokens[j]!.end + 60) });
    i = j + 1;
  }
  return chunks.map(trimChunk).filter((chunk): chunk is Chunk => chunk !== undefined);
}

/**
 * Drops leading words that name nothing ("The", "In"), and everything up to a title inside the run
 * ("Canadian MP David Kilgour"), keeping the title as the word before the name.
 */
function trimChunk(chunk: Chunk): Chunk | undefined {
  let words = [...chunk.words];
  let before = chunk.before;
  const title = words.findIndex((word, k) => k < words.length - 1 && PERSON_TITLES.has(word.toLowerCase()));
  if (title >= 0) {
    before = words[title]!.toLowerCase();
    words = words.slice(title + 1);
  }
  // The first word of a sentence is capitalized whatever it is: an adverb or a verb there is no name.
  if (chunk.before === '' && words.length > 1 && isCommonWord(words[0]!)) words = words.slice(1);
  while (words.length > 1 && LEADING_NOISE.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    before = words[0]!.toLowerCase();
    words = words.slice(1);
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  if (words.length === 0) return undefined;
  if (words.length === 1 && (NOT_NAMES.has(words[0]!.toLowerCase()) || PERSON_TITLES.has(words[0]!.toLowerCase()))) return undefined;
  // "General Secretary", "the Party head": a title is no name.
  if (PERSON_TITLES.has(words[words.length - 1]!.toLowerCase()) || /^(?:secretary|general|head|leader)$/i.test(words[words.length - 1]!)) return undefined;
  return { ...chunk, words, before };
}

const commonWords = new Map<string, boolean>();
/** Whether the NLP library reads the word, lowercased, as a function word or an adverb (adjectives may open names: "Great ..."). */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  let common = commonWords.get(lower);
  if (common === undefined) {
    common = nlp(lower).has('(#Adverb|#Determiner|#Preposition|#Conjunction|#Pronoun|#Date)') && !nlp(word).has('#ProperNoun');
    commonWords.set(lower, common);
  }
  return common;
}

/** Words that open a sentence or a run without being part of the name; nationalities stay ("Chinese Canadians"). */
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten'.split(' '));
const LEADING_NOISE = new Set([...NOT_NAMES].filter((word) => !DEMONYMS.has(word) && !NUMBER_WORDS.has(word)));

function typeChunk(chunk: Chunk, tagged: Tagged, paragraph: number): Sighting | undefined {
  const name = chunk.words.join(' ');
  const folded = foldForMatching(name);
  const head = chunk.words[chunk.words.length - 1]!.toLowerCase();
  const clues: string[] = [];
  const speaks = new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\b`).test(chunk.after);
  // "Washington, D.C.": a place and its abbreviated state or district.
  if (/,$/.test(chunk.words[chunk.words.length - 2] ?? '') && /^(?:\p{Lu}\.){2,}$/u.test(chunk.words[chunk.words.length - 1]!)) {
    return { type: 'Place', name, kind: 'CITY', paragraph, clues: ['the abbreviated state or district after it'] };
  }
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
  // "X, a British ... company": the first telling noun among the next few words.
  const described = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s*){1,6})/u.exec(chunk.after)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const appositive = described.find((word) => APPOSITIVE_PEOPLE.has(word) || APPOSITIVE_ORGANIZATIONS.has(word));
  if (appositive !== undefined && APPOSITIVE_PEOPLE.has(appositive) && chunk.words.length <= 3) {
    return { type: 'Person', name, paragraph, clues: [`the role "${appositive}" after it`] };
  }
  if (appositive !== undefined && APPOSITIVE_ORGANIZATIONS.has(appositive)) {
    return { type: 'Organization', name, kind: APPOSITIVE_ORGANIZATIONS.get(appositive)!, paragraph, clues: [`the description "${appositive}" after it`] };
  }
  if (tagged.organizations.has(folded)) return { type: 'Organization', name, kind: 'NGO', paragraph, clues: ['the NLP tagger'] };
  if (tagged.places.has(folded)) return { type: 'Place', name, kind: 'CITY', paragraph, clues: ['the NLP tagger'] };
  // One capitalized word after "in" or "from" names a place more often than not ("in Brooklyn").
  if (chunk.words.length === 1 && /^(?:in|from)$/.test(chunk.before) && !DEMONYMS.has(folded)) {
    return { type: 'Place', name, kind: 'CITY', paragraph, clues: [`the preposition "${chunk.before}" before it`] };
  }
  // An acronym names a body more often than anything else ("NTD").
  if (/^\p{Lu}{2,6}$/u.test(chunk.words[chunk.words.length - 1]!)) return { type: 'Organization', name: chunk.words[chunk.words.length - 1]!, kind: 'NGO', paragraph, clues: ['an acronym'] };
  // A run of capitalized words inside a sentence names something; which kind of thing is left to review.
  // Not when a lowercase noun follows it: then it only qualifies that noun ("a British Internet service").
  const nextWord = /^\s+([a-z]+)/.exec(chunk.after)?.[1];
  const qualifiesNoun = nextWord !== undefined && !FUNCTION_WORDS.has(nextWord) && isNoun(nextWord);
  if (chunk.words.length > 1 && chunk.before !== '' && !qualifiesNoun) return { type: 'Organization', name, kind: 'GROUP', paragraph, clues: [] };
  return undefined;
}

/** Capitalized titles in quotation marks: “Nine Commentaries on the Communist Party”. */
function quotedTitles(sentence: string): string[] {
  const titles: string[] = [];
  // No quotation mark inside: a title quoted within a quotation is read on its own.
  for (const match of sentence.matchAll(/[“"‘]([^“”"‘’]{3,120})[”"’]/g)) {
    // Only a quotation named as a work is a report; slogans and themes are not.
    if (!/\b(?:called|titled|entitled|named|book|article|report|series|essay|editorials?|video|letter)\s*$/i.test(sentence.slice(Math.max(0, match.index! - 30), match.index!))) continue;
    const title = match[1]!.replace(/[,.]$/, '').trim();
    const words = title.split(/\s+/);
    const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (words.length >= 2 && words.length <= 10 && capitalized / words.length >= 0.6 && !/[.!?]/.test(title)) titles.push(title);
  }
  return titles;
}

/** A capitalized title in quotation marks whose last word names an event: the “Harbour Cleanup Campaign”. */
function quotedEvents(sentence: string): Omit<Sighting, 'paragraph'>[] {
  const events: Omit<Sighting, 'paragraph'>[] = [];
  for (const match of sentence.matchAll(/[“"‘]([^“”"‘’]{3,80})[”"’]/g)) {
    const title = match[1]!.replace(/[,.]$/, '').trim();
    const words = title.split(/\s+/);
    const kind = EVENT_HEADS[words[words.length - 1]!.toLowerCase()];
    if (kind !== undefined && words.length >= 2 && words.length <= 6 && words.every((word) => /^(?:\p{Lu}|\d|of$|the$|and$|for$|to$)/u.test(word))) {
      events.push({ type: 'Event', name: title, kind, clues: [`a quoted title ending in "${words[words.length - 1]!.toLowerCase()}"`] });
    }
  }
  return events;
}

/** "Lin Hua | Harbour News", "(Lin Hua/Harbour News)": the person a photo or byline credits, before the outlet. */
function creditedPeople(paragraph: string): string[] {
  const people: string[] = [];
  const line = /^(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2})\s*[|/]\s*\p{Lu}[^|/]{2,60}$/u.exec(paragraph.trim());
  if (line) people.push(line[1]!);
  for (const match of paragraph.matchAll(/\((\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2})\s*\/\s*\p{Lu}[^()/]{2,60}\)/gu)) people.push(match[1]!);
  return people.filter((name) => {
    const head = name.split(' ').pop()!.toLowerCase();
    return ORGANIZATION_HEADS[head] === undefined && PLACE_HEADS[head] === undefined && !NOT_NAMES.has(name.toLowerCase());
  });
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
