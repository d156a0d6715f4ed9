/** Wording shared by the details panel and the statistics view. */
import type { ReportRef, Statistic } from './api/types';

const QUALIFIERS: Readonly<Record<string, string>> = {
  ABOUT: 'about',
  AT_LEAST: 'at least',
  EXACT: '',
  LESS_THAN: 'under',
  MORE_THAN: 'more than',
  NEARLY: 'nearly',
  ORDER_OF_MAGNITUDE: 'of the order of',
};

/** 150 million as "150M", 60,000 as "60K": compact, and never a float artefact on an empty axis. */
export const compactNumber = (value: number): string => new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);

const UNITS: Readonly<Record<string, string>> = {
  PEOPLE: 'people',
  PEOPLE_PER_DAY: 'people per day',
  PEOPLE_PER_MONTH: 'people per month',
  REQUESTS_PER_DAY: 'requests per day',
  PERCENT: '%',
  USD: 'US dollars',
  YEARS_OF_AGE: 'years of age',
};

const number = new Intl.NumberFormat('en');

export const enumWords = (value: string): string => value.replace(/_/g, ' ').toLowerCase();
export const qualifierWords = (qualifier: string): string => QUALIFIERS[qualifier] ?? enumWords(qualifier);
export const unitWords = (unit: string): string => UNITS[unit] ?? enumWords(unit);

/** "more than 150,000,000" or "about 90,000–150,000": the figure as claimed, without the unit. */
export function claimedFigure(stat: Pick<Statistic, 'value' | 'low' | 'high' | 'qualifier'>): string {
  const figure =
    stat.value !== null
      ? number.format(stat.value)
      : `${stat.low === null ? '?' : number.format(stat.low)}–${stat.high === null ? '?' : number.format(stat.high)}`;
  return [qualifierWords(stat.qualifier), figure].filter(Boolean).join(' ');
}

/** "Report name (Publisher, 2023-08)" */
export function sourceLine(report: ReportRef): string {
  const where = [report.publisher?.name, report.publishedOn].filter(Boolean).join(', ');
  return where ? `${report.name} (${where})` : report.name;
}
