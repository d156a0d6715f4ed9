/**
 * Turns a date found in the text into what a seed file holds: a partial date for one given in full,
 * or a date relative to the article (seed/FORMAT.md) for a year-less or relative one, so that the
 * dataset reader resolves it and records the basis. A year-less month after the article's month is
 * taken from the year before ("in December", read in a March article).
 */
import { parsePartialDate, shiftPartialDate } from '../model';
import type { DateValue } from './find-dates';

export type SeedDate = string | { readonly relativeTo: string; readonly years?: number; readonly month?: number; readonly day?: number; readonly days?: number };

export function seedDate(value: DateValue, reportId: string, published: string): SeedDate {
  switch (value.kind) {
    case 'absolute':
      return value.date;
    case 'relative':
      return value.years !== undefined ? { relativeTo: reportId, years: value.years } : { relativeTo: reportId, days: value.days ?? 0 };
    case 'yearless': {
      const anchor = parsePartialDate(published);
      const years = anchor.month !== undefined && value.month > anchor.month ? -1 : 0;
      const year = anchor.year + years;
      const day = value.endOfMonth ? new Date(Date.UTC(year, value.month, 0)).getUTCDate() : value.day;
      return day === undefined ? { relativeTo: reportId, years, month: value.month } : { relativeTo: reportId, years, month: value.month, day };
    }
  }
}

/** The partial date a seed date stands for, given the article's date. */
export function resolvedDate(date: SeedDate, published: string): string {
  return typeof date === 'string' ? date : shiftPartialDate(published, date);
}
