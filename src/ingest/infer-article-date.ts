/**
 * The article's date, when it gives none in a dateline: the latest date it states in full (an article
 * reports what has happened, so it appeared no earlier), or the date of a cumulative withdrawal
 * figure the graph already holds, when the article gives the same figure (a milestone dates the text
 * that reports it). The later of the two wins, at the precision it has; the reasoning says which.
 */
import { comparePartialDates, parsePartialDate, type StatisticRecord } from '../model';

export interface ArticleDate {
  readonly date: string;
  readonly basis: 'STATED' | 'INFERRED';
  /** In our words: how the date was obtained. */
  readonly reasoning: string;
}

export interface DateEvidence {
  /** Dates the article gives in full (with a year), as partial dates. */
  readonly statedDates: readonly string[];
  /** Cumulative withdrawal figures the article gives. */
  readonly cumulativeFigures: readonly number[];
}

export function inferArticleDate(evidence: DateEvidence, known: readonly StatisticRecord[], stated?: string): ArticleDate | undefined {
  if (stated !== undefined) return { date: stated, basis: 'STATED', reasoning: 'Given on the command line (--published).' };
  const candidates: Array<{ date: string; reason: string }> = [];
  const latest = [...evidence.statedDates].sort(comparePartialDates).pop();
  if (latest !== undefined) candidates.push({ date: monthOf(latest), reason: `the latest date the article gives in full is ${latest}, so it appeared then or later` });
  for (const figure of evidence.cumulativeFigures) {
    const match = known
      .filter((statistic) => statistic.metric === 'CUMULATIVE_WITHDRAWALS' && statistic.value === figure && parsePartialDate(statistic.asOf).precision !== 'YEAR')
      .map((statistic) => statistic.asOf)
      .sort(comparePartialDates)[0];
    if (match !== undefined) {
      candidates.push({ date: monthOf(match), reason: `the graph already dates the cumulative figure of ${figure.toLocaleString('en-US')} withdrawals it reports to ${match}` });
    }
  }
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => comparePartialDates(a.date, b.date));
  const chosen = candidates[candidates.length - 1]!;
  return { date: chosen.date, basis: 'INFERRED', reasoning: `No dateline; inferred by the ingest assistant: ${chosen.reason}. To be checked by the curator.` };
}

/** A day is cut to its month: the article appeared in that month or later, not on that day. */
function monthOf(date: string): string {
  return date.length > 7 ? date.slice(0, 7) : date;
}
