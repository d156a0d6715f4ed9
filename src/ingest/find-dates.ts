/**
 * Dates in an article's sentences: full ("July 20, 1999", "16th July 2021"), month and year ("March
 * 2006"), year alone ("1999"), year-less ("August 3", "the end of July"), and relative ("last week",
 * "last year", "this year"). Year-less and relative dates are resolved against the article's date
 * later (see resolveDate), and keep the word before them ("by", "since"...), which says what they bound.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export type DateValue =
  /** A partial date given in full: "1999", "2006-03", "1999-07-20". */
  | { readonly kind: 'absolute'; readonly date: string }
  /** A day or month without its year: resolved in the article's year. */
  | { readonly kind: 'yearless'; readonly month: number; readonly day?: number; readonly endOfMonth?: boolean }
  /** "last year" (years -1), "this year" (years 0), "last week" (days -7). */
  | { readonly kind: 'relative'; readonly years?: number; readonly days?: number };

export interface DateMention {
  readonly value: DateValue;
  /** Where it stands in its sentence. */
  readonly start: number;
  readonly end: number;
  /** The word (or two) right before it, lowercased: "by", "since", "as of", "on". */
  readonly preposition: string;
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const PATTERNS: ReadonlyArray<{ regex: RegExp; read: (m: RegExpExecArray) => DateValue | undefined }> = [
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), read: (m) => absolute(m[3]!, m[1]!, m[2]!) },
  { regex: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), read: (m) => absolute(m[3]!, m[2]!, m[1]!) },
  { regex: new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+${YEAR}\\b`, 'gi'), read: (m) => absolute(m[2]!, m[1]!) },
  { regex: new RegExp(`\\bend\\s+of\\s+${MONTH}(?!\\s*,?\\s*\\d)`, 'gi'), read: (m) => ({ kind: 'yearless', month: MONTHS[m[1]!.toLowerCase()]!, endOfMonth: true }) },
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*,?\\s*\\d{4})`, 'gi'), read: (m) => yearless(m[1]!, m[2]!) },
  { regex: /\b(?:in|since|by|until|of|from|to|after|before|during|late|early|mid)\s+(\d{4})s?\b|\b(\d{4})(?=\s*(?:to|-|–|and)\s*\d{4})|(?<=\d{4}\s*(?:to|-|–|and)\s*)(\d{4})\b/gi, read: (m) => yearOnly(m[1] ?? m[2] ?? m[3]!) },
  { regex: /\blast\s+year\b/gi, read: () => ({ kind: 'relative', years: -1 }) },
  { regex: /\bthis\s+year\b/gi, read: () => ({ kind: 'relative', years: 0 }) },
  { regex: /\blast\s+week\b/gi, read: () => ({ kind: 'relative', days: -7 }) },
  { regex: /\byesterday\b/gi, read: () => ({ kind: 'relative', days: -1 }) },
];

function absolute(year: string, month: string, day?: string): DateValue | undefined {
  const m = MONTHS[month.toLowerCase()];
  if (m === undefined) return undefined;
  const y = Number(year);
  if (y < 1000 || y > 2999) return undefined;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return { kind: 'absolute', date: `${year}-${mm}` };
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return { kind: 'absolute', date: `${year}-${mm}-${String(d).padStart(2, '0')}` };
}

function yearless(month: string, day: string): DateValue | undefined {
  const m = MONTHS[month.toLowerCase()];
  const d = Number(day);
  // "May 1" is a date, but "may 10 people" is not: the month word must be capitalized (checked by the caller).
  if (m === undefined || d < 1 || d > 31) return undefined;
  return { kind: 'yearless', month: m, day: d };
}

function yearOnly(year: string): DateValue | undefined {
  const y = Number(year);
  return y >= 1000 && y <= 2999 ? { kind: 'absolute', date: year } : undefined;
}

export function findDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const match of sentence.matchAll(regex)) {
      const monthWord = /[a-z]+/i.exec(match[0]);
      if (monthWord && MONTHS[monthWord[0].toLowerCase()] !== undefined && !/^\p{Lu}/u.test(monthWord[0]) && !/^end$/i.test(monthWord[0])) continue;
      const value = read(match as unknown as RegExpExecArray);
      if (value === undefined) continue;
      // A year pattern that starts with its preposition: the date itself starts at the digits.
      const offset = value.kind === 'absolute' && /^\d{4}$/.test(value.date) ? match[0].indexOf(value.date) : 0;
      const start = match.index! + offset;
      const end = match.index! + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ value, start, end, preposition: prepositionBefore(sentence, start) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function prepositionBefore(sentence: string, start: number): string {
  const before = sentence.slice(Math.max(0, start - 30), start).toLowerCase();
  const match = /\b(as of|by the end of|by|since|after|before|from|until|to|on|in|at|during|between|the end of|and)\s*(?:the\s+)?$/.exec(before);
  return match ? match[1]! : '';
}
