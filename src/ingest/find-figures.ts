/**
 * Figures in a sentence, read as the articles write them: digits with separators and scale words
 * ("400 million", "381,250,844", "1.56 million"), ranges ("90,000–150,000", "30 million to 45
 * million", "between 14 and 28"), shares ("1 out of every 4", "one-third", "half the"), orders of
 * magnitude ("tens of millions", "millions of"), and small counts in words before a plural noun ("six
 * officials"). The words before a figure give its qualifier ("over", "nearly", "at least").
 * Dates are masked first, so a year or a day is never a figure.
 */
import type { Qualifier } from '../model';

export interface FigureMention {
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly qualifier: Qualifier;
  /** The figure is a share in percent. */
  readonly percent: boolean;
  readonly start: number;
  readonly end: number;
}

const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
const SCALE = '(?:\\s*(thousand|million|billion))?';
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100 };
const FRACTIONS: Readonly<Record<string, number>> = { 'one-third': 33.3, 'one third': 33.3, 'one-fourth': 25, 'one-quarter': 25, 'a quarter': 25, 'one-fifth': 20, 'two-thirds': 66.7, half: 50 };
const MAGNITUDE: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
/** Counts of time, repetitions or clock readings are not figures the graph keeps. */
const NOT_A_COUNT_AFTER = /^\s*(?:years?(?!\s+old)|days?|weeks?|months?|decades?|hours?|minutes?|seconds?|times|th|st|nd|rd|[:/]\d)\b|^[:/]\d/i;

const PEOPLE_NOUNS = /^(?:people|persons|men|women|children|officials|officers|soldiers|members|students|teachers|lawyers|activists|practitioners|citizens|residents|volunteers|leaders|workers|journalists|reporters|delegates|diplomats|judges|police|policemen)$/;

const QUALIFIER_WORDS: ReadonlyArray<[RegExp, Qualifier]> = [
  [/\b(?:at least)\s*$/i, 'AT_LEAST'],
  [/\b(?:more than|over|above|exceeding|upwards of)\s*$/i, 'MORE_THAN'],
  [/\b(?:nearly|almost|close to|teetering on(?: the)?|approaching|approximately nearly)\s*$/i, 'NEARLY'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated|averaging around|averaging)\s*$/i, 'ABOUT'],
  [/\b(?:under|less than|fewer than|below|aged under)\s*$/i, 'LESS_THAN'],
];

export function findFigures(sentence: string, dateSpans: ReadonlyArray<{ start: number; end: number }>): FigureMention[] {
  // Dates become spaces of the same length, so offsets stay put.
  let text = sentence;
  for (const span of dateSpans) text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
  // Clock readings and video timestamps ("6:01 - 6: 20") are masked too.
  text = text.replace(/[\u2013\u2014]/g, '-').replace(/\d{1,2}\s*:\s*\d{2}/g, (clock) => ' '.repeat(clock.length));
  const found: FigureMention[] = [];
  const free = (start: number, end: number) => !found.some((other) => start < other.end && other.start < end);
  const add = (figure: Omit<FigureMention, 'qualifier'> & { qualifier?: Qualifier }) => {
    if (!free(figure.start, figure.end)) return;
    found.push({ ...figure, qualifier: figure.qualifier ?? qualifierBefore(text, figure.start) });
  };
  const number = (digits: string, scale?: string) => Number(digits.replace(/,/g, '')) * (scale ? SCALES[scale.toLowerCase()]! : 1);

  for (const m of text.matchAll(new RegExp(`\\b(?:between\\s+)?${NUM}${SCALE}\\s*(?:-|to|and)\\s*${NUM}${SCALE}`, 'gi'))) {
    if (/^\s*and/i.test(m[0].slice(m[0].search(/\d/))) && !/^between/i.test(m[0])) continue;
    if (/\band\b/i.test(m[0]) && !/^between/i.test(m[0])) continue;
    const scale = m[2] ?? m[4];
    const low = number(m[1]!, m[2] ?? m[4]);
    const high = number(m[3]!, m[4] ?? scale);
    if (!(low < high) || NOT_A_COUNT_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    add({ low, high, percent: false, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(/\b(\d+|one|two|three)\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?(\d+|two|three|four|five|ten)\b(?!\s+(?:cities|of))/gi)) {
    const part = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 1;
    const whole = Number(m[2]) || NUMBER_WORDS[m[2]!.toLowerCase()];
    if (!whole || part >= whole || !/out of|every/i.test(m[0])) continue;
    add({ value: Math.round((part / whole) * 1000) / 10, percent: true, start: m.index!, end: m.index! + m[0].length });
  }
  for (const [word, share] of Object.entries(FRACTIONS)) {
    for (const m of text.matchAll(new RegExp(`\\b${word}\\b(?=\\s+(?:of|the)\\b)`, 'gi'))) {
      add({ value: share, percent: true, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const m of text.matchAll(/\b(tens|hundreds)\s+of\s+(thousands|millions|billions)\b|\b(thousands|millions|billions)\s+of\b/gi)) {
    const unit = MAGNITUDE[(m[2] ?? m[3])!.toLowerCase()]!;
    const times = m[1] ? MAGNITUDE[m[1].toLowerCase()]! : 1;
    const qualifier = qualifierBefore(text, m.index!);
    // "nearing the hundreds of thousands" is nearly the lower bound; otherwise only the order is known.
    if (qualifier === 'NEARLY') add({ value: times * unit, qualifier, percent: false, start: m.index!, end: m.index! + m[0].length });
    else add({ low: times * unit, high: times * unit * 10 - 1, qualifier: 'ORDER_OF_MAGNITUDE', percent: false, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\w/:.-])${NUM}${SCALE}(\\s*(?:%|percent\\b))?`, 'gi'))) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end);
    const before = text.slice(Math.max(0, start - 12), start);
    if (NOT_A_COUNT_AFTER.test(after) || /^\s*\p{Lu}/u.test(after) && !m[2] && !/^\s*(?:CCP|Chinese|Falun|Party)\b/.test(after)) continue;
    if (/\bof the\s*$|\bage of\s*$|\[\s*video\s*$/i.test(before)) continue;
    add({ value: number(m[1]!, m[2]), percent: m[3] !== undefined, start, end });
  }
  // Counts in words are kept only when they count people ("six officials"); "three factors" is prose.
  for (const m of text.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+((?:[a-z-]+\s+){0,2}?)([a-z]+s|people|men|women|children)\b/g)) {
    if (!PEOPLE_NOUNS.test(m[3]!)) continue;
    add({ value: NUMBER_WORDS[m[1]!]!, percent: false, start: m.index!, end: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const [pattern, qualifier] of QUALIFIER_WORDS) if (pattern.test(before)) return qualifier;
  return 'EXACT';
}
