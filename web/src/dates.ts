/**
 * Partial dates as the API gives them ("2005", "2005-03", "2005-03-10"), turned into the first
 * and last day they can mean so that ranges compare as plain ISO strings.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayRange {
  readonly first: string;
  readonly last: string;
}

export const isPartialDate = (text: string): boolean => PARTIAL_DATE.test(text.trim());

/** The days a partial date covers, or null when the text is not one. */
export function dayRange(text: string | null | undefined): DayRange | null {
  const match = PARTIAL_DATE.exec((text ?? '').trim());
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (day) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Whether an event dated start..end (end absent for one-day/month/year events) overlaps [from, to]. */
export function overlaps(start: string | null | undefined, end: string | null | undefined, from: DayRange | null, to: DayRange | null): boolean {
  const begins = dayRange(start);
  if (!begins) return true; // undated events are not outside any range
  const ends = dayRange(end) ?? begins;
  if (from && ends.last < from.first) return false;
  if (to && begins.first > to.last) return false;
  return true;
}

/** A partial date's first day as a decimal year (2013-07-02 is about 2013.5): a chart's x. */
export function decimalYear(text: string): number {
  const first = dayRange(text)?.first ?? text;
  const year = Number(first.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  return year + (Date.parse(`${first}T00:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
}
