/**
 * Dates as precise as the sources give them: "2004", "2018-03" or "2018-03-10".
 * Each partial date covers a range of days, which is what sorting and filtering use.
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE';
  constructor(readonly value: unknown, reason: string) {
    super(`${JSON.stringify(value)} is not a valid date: ${reason}`);
    this.name = 'InvalidDateError';
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date, rejecting malformed text and impossible days such as 2021-02-30. */
export function parsePartialDate(value: unknown): PartialDate {
  if (typeof value !== 'string') throw new InvalidDateError(value, 'expected a string like "2004", "2018-03" or "2018-03-10"');
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new InvalidDateError(value, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
  const year = Number(match[1]);
  // There is no year 0 in the calendar the sources use (1 BC is followed by AD 1).
  if (year < 1) throw new InvalidDateError(value, 'year 0000 does not exist');
  if (match[2] === undefined) return { year, precision: 'YEAR' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new InvalidDateError(value, `month ${match[2]} does not exist`);
  if (match[3] === undefined) return { year, month, precision: 'MONTH' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(value, `day ${match[3]} does not exist in ${match[1]}-${match[2]}`);
  }
  return { year, month, day, precision: 'DAY' };
}

export function isPartialDate(value: unknown): value is string {
  try {
    parsePartialDate(value);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return pad(date.year, 4);
  if (date.day === undefined) return `${pad(date.year, 4)}-${pad(date.month)}`;
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** First and last ISO day (YYYY-MM-DD) a partial date can mean; ISO days sort as strings. */
export interface DayRange {
  readonly earliest: string;
  readonly latest: string;
}

export function dayRange(value: string | PartialDate): DayRange {
  const date = typeof value === 'string' ? parsePartialDate(value) : value;
  const y = pad(date.year, 4);
  if (date.month === undefined) return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const m = pad(date.month);
  if (date.day === undefined) {
    return { earliest: `${y}-${m}-01`, latest: `${y}-${m}-${pad(daysInMonth(date.year, date.month))}` };
  }
  const d = `${y}-${m}-${pad(date.day)}`;
  return { earliest: d, latest: d };
}

/**
 * The days an event with these dates can cover: from the earliest day of its start to the
 * latest day of its end (or of its start, when it has no end).
 */
export function spanOf(startDate?: string, endDate?: string): DayRange | undefined {
  const first = startDate ?? endDate;
  if (first === undefined) return undefined;
  return { earliest: dayRange(first).earliest, latest: dayRange(endDate ?? first).latest };
}

/** Orders partial dates by their earliest day, then the less precise first ("2005" before "2005-06"). */
export function comparePartialDates(a: string, b: string): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra.earliest !== rb.earliest) return ra.earliest < rb.earliest ? -1 : 1;
  if (ra.latest !== rb.latest) return ra.latest > rb.latest ? -1 : 1;
  return 0;
}

/** True when an end date certainly falls before a start date, at the precision both are given. */
export function endsBeforeStart(startDate: string, endDate: string): boolean {
  return dayRange(endDate).latest < dayRange(startDate).earliest;
}

/** How a date is given relative to another (see seed/FORMAT.md): years, then a month and day, or days. */
export interface DateShift {
  readonly years?: number;
  readonly month?: number;
  readonly day?: number;
  readonly days?: number;
}

/**
 * The date `shift` makes of `anchor`. With `years`, the anchor's year moves and `month` and `day`,
 * when given, replace the anchor's (so precision follows what is given: "last year" of 2022-08 is
 * 2021, "August 3" of 2022-08 is 2022-08-03). With `days`, the anchor's date moves by that many
 * days at the anchor's own precision: a week before a month-precision date is read from its first day.
 */
export function shiftPartialDate(anchor: string, shift: DateShift): string {
  const date = parsePartialDate(anchor);
  if (shift.days !== undefined) {
    const start = new Date(`${dayRange(date).earliest}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + shift.days);
    const moved = { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() };
    const precise = date.precision === 'DAY' ? moved : date.precision === 'MONTH' ? { year: moved.year, month: moved.month } : { year: moved.year };
    return formatPartialDate({ ...precise, precision: date.precision });
  }
  const year = date.year + (shift.years ?? 0);
  const text = shift.month === undefined ? pad(year, 4) : shift.day === undefined ? `${pad(year, 4)}-${pad(shift.month)}` : `${pad(year, 4)}-${pad(shift.month)}-${pad(shift.day)}`;
  // Parsing checks the result: February 29 of a year that has none is refused here.
  return formatPartialDate(parsePartialDate(text));
}
