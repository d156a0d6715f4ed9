/**
 * Draft statistics: every figure of the article with its metric and unit guessed, its qualifier, the
 * date it is as of, who claims it and the paragraph that gives it. The as-of date is the date in the
 * figure's own sentence nearest to it (one after "since", "after" or "from" opens a period instead);
 * a sentence that refers back ("during the event", "that month") takes the date of the sentence
 * before; otherwise the figure is as of the article's date. The claimant is who "according to" names,
 * or who speaks in the sentence; otherwise the article itself.
 */
import type { Metric, Qualifier, Unit } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { givesFigure } from '../dataset/figures-in-text';
import { findDates, type DateMention } from './find-dates';
import { findFigures, type FigureMention } from './find-figures';
import { guessMetric } from './guess-metric';
import { SPEECH_VERBS } from './entity-clues';
import { placeNames, type NamedEntity } from './locate-names';
import { seedDate, type SeedDate } from './resolve-date';
import type { Sentence } from './text-units';

export interface DraftFigure {
  readonly sentence: Sentence;
  readonly figure: FigureMention;
  readonly metric: Metric;
  readonly unit: Unit;
}

/** Every figure with its metric guessed: the first pass, before the article's date is known. */
export function figuresOf(sentences: readonly Sentence[]): DraftFigure[] {
  return sentences.flatMap((sentence) =>
    findFigures(sentence.text, findDates(sentence.text)).map((figure) => ({ sentence, figure, ...guessMetric(sentence.text, figure.start, figure.end, figure.percent) })),
  );
}

export interface StatisticDraft {
  readonly metric: Metric;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier;
  readonly asOf: SeedDate;
  readonly claimedBy: string;
  readonly paragraph: number;
  /** False when the fidelity check could not find the figure in its paragraph as written ("1 out of 4" for 25%). */
  readonly citable: boolean;
  readonly asOfFrom: 'sentence' | 'previous sentence' | 'article';
}

const OPENS_PERIOD = new Set(['since', 'after', 'from', 'between', 'until', 'before']);
/** Wording that refers to the sentence before ("during the event", "This equates to..."). */
const REFERS_BACK = /\b(?:during the event|at the event|that month|that day|that year|the same day)\b|^(?:this|that|these)\s/i;

export function draftStatistics(
  figures: readonly DraftFigure[],
  sentences: readonly Sentence[],
  paragraphs: readonly string[],
  entities: readonly NamedEntity[],
  reportId: string,
  published: string,
): StatisticDraft[] {
  return figures.map(({ sentence, figure, metric, unit }) => {
    const { asOf, from } = asOfDate(sentence, figure, sentences, reportId, published);
    const values = [figure.value, figure.low, figure.high].filter((v): v is number => v !== undefined);
    const paragraphText = foldForMatching(paragraphs[sentence.paragraph - 1] ?? '');
    return {
      metric,
      ...(figure.value !== undefined ? { value: figure.value } : { low: figure.low!, high: figure.high! }),
      unit,
      qualifier: figure.qualifier,
      asOf,
      asOfFrom: from,
      claimedBy: claimantOf(sentence.text, entities) ?? reportId,
      paragraph: sentence.paragraph,
      citable: values.every((v) => givesFigure(paragraphText, v)),
    };
  });
}

function asOfDate(sentence: Sentence, figure: FigureMention, sentences: readonly Sentence[], reportId: string, published: string): { asOf: SeedDate; from: StatisticDraft['asOfFrom'] } {
  const own = nearestDate(findDates(sentence.text), figure, sentence.text);
  if (own !== undefined) return { asOf: seedDate(own.value, reportId, published), from: 'sentence' };
  if (REFERS_BACK.test(sentence.text)) {
    const previous = sentences.find((other) => other.paragraph === sentence.paragraph && other.index === sentence.index - 1);
    const date = previous === undefined ? undefined : nearestDate(findDates(previous.text), { start: previous.text.length, end: previous.text.length }, previous.text);
    if (date !== undefined) {
      const value = /that month/i.test(sentence.text) && date.value.kind !== 'relative' ? monthOnly(date.value) : date.value;
      return { asOf: seedDate(value, reportId, published), from: 'previous sentence' };
    }
  }
  return { asOf: { relativeTo: reportId, days: 0 }, from: 'article' };
}

function monthOnly(value: DateMention['value']): DateMention['value'] {
  if (value.kind === 'absolute') return { kind: 'absolute', date: value.date.slice(0, 7) };
  if (value.kind === 'yearless') return { kind: 'yearless', month: value.month };
  return value;
}

/**
 * The date nearest the figure in its sentence, leaving out dates that open or close a period ("since
 * 1949", "from 1958 to 1962") and dates inside a clause that opens with "after", "since", "before" or "until" ("after X launched Y in 1999").
 */
function nearestDate(dates: readonly DateMention[], figure: { start: number; end: number }, sentence: string): DateMention | undefined {
  const clauseBetween = (date: DateMention) => {
    const between = date.end <= figure.start ? sentence.slice(date.end, figure.start) : sentence.slice(figure.end, date.start);
    return /\b(?:after|since|before|until)\b/i.test(between);
  };
  const usable = dates.filter((date) => !OPENS_PERIOD.has(date.preposition) && !(date.preposition === 'to' || date.preposition === 'and') && !clauseBetween(date));
  const distance = (date: DateMention) => (date.end <= figure.start ? figure.start - date.end : date.start - figure.end);
  return [...usable].sort((a, b) => distance(a) - distance(b))[0];
}

/** Who "according to" names, or who speaks in the sentence (the nearest name before the verb of speech). */
export function claimantOf(sentence: string, entities: readonly NamedEntity[]): string | undefined {
  const folded = foldForMatching(sentence);
  const placed = placeNames(folded, entities).filter((p) => p.entity.type === 'Person' || p.entity.type === 'Organization' || p.entity.type === 'Report');
  const according = /according to\s+(?:the\s+)?/.exec(folded);
  if (according) {
    const after = according.index + according[0].length;
    const named = placed.find((p) => p.start >= after && p.start - after <= 5);
    if (named) return named.entity.id;
  }
  const speech = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`).exec(folded);
  if (speech) {
    const before = placed.filter((p) => p.end <= speech.index && p.entity.type === 'Person');
    if (before.length > 0) return before[before.length - 1]!.entity.id;
  }
  return undefined;
}
