/**
 * Which metric and unit a figure measures, guessed from the words around it. The first rule whose
 * words stand near the figure wins; the draft marks every guess for review.
 */
import type { Metric, Unit } from '../model';

interface MetricRule {
  readonly words: RegExp;
  readonly metric: Metric;
  readonly unit: Unit;
  /** A rule for shares in percent; the others read plain counts only. */
  readonly percent?: boolean;
}

const QUIT = /\b(?:quit|quitting|withdr[ae]w\w*|withdrawals?|resign\w*|renounc\w*|denounc\w*|cut(?:ting)? their ties|left the|leave the|three withdrawals)\b/i;

const RULES: readonly MetricRule[] = [
  { words: /\bcameras?\b/i, metric: 'SURVEILLANCE_CAMERA_SHARE', unit: 'PERCENT', percent: true },
  { words: QUIT, metric: 'SHARE_WITHDRAWN', unit: 'PERCENT', percent: true },
  { words: /\b(?:aged|years old|ages?)\b/i, metric: 'MEMBER_AGE_RANGE', unit: 'YEARS_OF_AGE' },
  { words: /\brequests?\b.*\b(?:per day|a day|daily|each day)\b|\b(?:per day|a day|daily|each day)\b.*\brequests?\b/i, metric: 'DAILY_WITHDRAWALS', unit: 'REQUESTS_PER_DAY' },
  { words: /\b(?:per day|a day|daily|each day)\b/i, metric: 'DAILY_WITHDRAWALS', unit: 'PEOPLE_PER_DAY' },
  { words: /\b(?:per month|a month|monthly|that month|in one month|month alone)\b/i, metric: 'MONTHLY_WITHDRAWALS', unit: 'PEOPLE_PER_MONTH' },
  { words: /\b(?:died|deaths?|dying|killed|killings|blood|death toll|lives)\b/i, metric: 'DEATH_TOLL', unit: 'PEOPLE' },
  { words: /\bcampaigns\b/i, metric: 'CAMPAIGN_COUNT', unit: 'CAMPAIGNS' },
  { words: /\bcamps\b/i, metric: 'CAMP_COUNT', unit: 'CAMPS' },
  { words: /\bcities\b/i, metric: 'SURVEILLANCE_CITIES', unit: 'CITIES' },
  { words: /\b(?:dollars|usd|\$)/i, metric: 'TAX_THRESHOLD', unit: 'USD' },
  { words: /\bfamily\b/i, metric: 'FAMILY_PARTY_MEMBERS', unit: 'PEOPLE' },
  { words: /\b(?:during the event|at the parade|at the rally|during the parade)\b/i, metric: 'EVENT_WITHDRAWALS', unit: 'PEOPLE' },
  { words: QUIT, metric: 'CUMULATIVE_WITHDRAWALS', unit: 'PEOPLE' },
  { words: /\b(?:practitioners|followers|adherents|adherences)\b/i, metric: 'PRACTITIONER_COUNT', unit: 'PEOPLE' },
  { words: /\b(?:participated|took part|marched|attended|signed)\b/i, metric: 'PARTICIPANTS', unit: 'PEOPLE' },
  { words: /\bmembers\b/i, metric: 'MEMBERSHIP', unit: 'PEOPLE' },
  { words: /\b(?:population|controlled|living|citizens)\b/i, metric: 'POPULATION', unit: 'PEOPLE' },
];

/** The metric and unit for a figure at [start, end) of `sentence`; words within `reach` characters count first. */
export function guessMetric(sentence: string, start: number, end: number, percent: boolean): { metric: Metric; unit: Unit } {
  const near = sentence.slice(Math.max(0, start - 40), Math.min(sentence.length, end + 60));
  for (const text of [near, sentence]) {
    for (const rule of RULES) {
      if ((rule.percent ?? false) !== percent) continue;
      if (rule.words.test(text)) return { metric: rule.metric, unit: rule.unit };
    }
  }
  return percent ? { metric: 'SHARE_WITHDRAWN', unit: 'PERCENT' } : { metric: 'GROUP_SIZE', unit: 'PEOPLE' };
}
