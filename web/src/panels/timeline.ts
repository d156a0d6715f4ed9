/**
 * The timeline of the Events tab: the events shown in the table, one row each in date order,
 * each drawn on a shared time axis over the days its date means (a year as a year, a month as a
 * month; a single day as a dot). "By" and "after" dates carry a dashed tail on their open side.
 * Undated events are listed apart, never placed on the axis. A row's button focuses the event in
 * the graph. Rows are HTML laid out in percentages, so the axis narrows with the window.
 */
import type { EventRow } from '../api/types';
import { dayRange } from '../dates';
import { el } from '../dom';
import { enumWords } from '../format';

const DAY = 86_400_000;
/**
 * Labelled tick steps in years; the smallest giving at most MAX_TICKS labels is used. In a narrow
 * window every other label is left out (styles.css), so that they never overprint.
 */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const MAX_TICKS = 12;
const BOUND_WORDS: Readonly<Record<string, string>> = { BY: 'by ', BEFORE: 'before ', AFTER: 'on or after ' };

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** An event's placing: its first day and the day after its last, in ms, and how precise it is. */
export interface Placed {
  readonly row: EventRow;
  readonly start: number;
  readonly end: number;
  /** A single day is drawn as a dot; a month, a year or a range as a bar over its days. */
  readonly day: boolean;
}

export function place(row: EventRow): Placed | null {
  const first = dayRange(row.startDate);
  if (!first) return null;
  const last = dayRange(row.endDate) ?? first;
  const start = dayOf(first.first);
  const end = dayOf(last.last) + DAY;
  return { row, start, end, day: end - start === DAY };
}

export const dateWords = (row: EventRow): string => {
  if (!row.startDate) return 'undated';
  const start = `${BOUND_WORDS[row.dateBound ?? ''] ?? ''}${row.startDate}`;
  return row.endDate ? `${start} – ${row.endDate}` : start;
};

export interface Timeline {
  render(rows: readonly EventRow[]): void;
}

export function createTimeline(container: HTMLElement, onChoose: (id: string) => void): Timeline {
  // The date is a separate span (spaced by CSS) so that the link's underline stops at the name.
  const button = (row: EventRow, extra: Node | null) =>
    el(
      'button',
      { type: 'button', className: 'link tl-label', 'data-id': row.id, onclick: () => onChoose(row.id) },
      el('span', { className: 'tl-name' }, row.name),
      row.startDate ? el('span', { className: 'tl-when' }, dateWords(row)) : null,
      extra,
    );

  return {
    render(rows) {
      const placed = rows
        .map(place)
        .filter((p): p is Placed => p !== null)
        .sort((a, b) => a.start - b.start || a.end - b.end || a.row.name.localeCompare(b.row.name));
      const undated = rows.filter((row) => place(row) === null).sort((a, b) => a.name.localeCompare(b.name));
      if (placed.length === 0 && undated.length === 0) {
        container.replaceChildren(el('p', { className: 'muted' }, 'No event matches.'));
        return;
      }
      const parts: HTMLElement[] = [];
      if (placed.length > 0) {
        const firstYear = new Date(Math.min(...placed.map((p) => p.start))).getUTCFullYear();
        const lastYear = new Date(Math.max(...placed.map((p) => p.end)) - 1).getUTCFullYear();
        const step = TICK_STEPS.find((s) => Math.ceil((lastYear + 1) / s) - Math.floor(firstYear / s) <= MAX_TICKS) ?? 100;
        const axisFrom = Math.floor(firstYear / step) * step;
        const axisTo = Math.ceil((lastYear + 1) / step) * step;
        const t0 = Date.UTC(axisFrom, 0, 1);
        const t1 = Date.UTC(axisTo, 0, 1);
        const at = (t: number) => `${(((t - t0) / (t1 - t0)) * 100).toFixed(4)}%`;
        const ticks: HTMLElement[] = [];
        for (let year = axisFrom, i = 0; year <= axisTo; year += step, i++) {
          ticks.push(el('span', { className: `tl-tick${i % 2 === 1 ? ' odd' : ''}`, style: `left:${at(Date.UTC(year, 0, 1))}` }, String(year)));
        }
        const gridStep = `${((step / (axisTo - axisFrom)) * 100).toFixed(4)}%`;
        parts.push(
          el(
            'div',
            { className: 'tl-axis-row', 'aria-hidden': 'true' },
            el('span', { className: 'tl-axis-spacer' }),
            el('div', { className: 'tl-axis' }, ticks),
          ),
          el(
            'ol',
            { className: 'tl-rows', style: `--tl-grid:${gridStep}`, 'aria-label': `${placed.length} dated events, earliest first` },
            placed.map((p) => {
              const bound = p.row.dateBound === 'BY' || p.row.dateBound === 'BEFORE' ? ' bound-before' : p.row.dateBound === 'AFTER' ? ' bound-after' : '';
              const mark = el('span', {
                className: `tl-mark ${p.day ? 'day' : 'span'}${bound} kind-${p.row.kind.toLowerCase().replace(/_/g, '-')}`,
                style: p.day ? `left:${at(p.start + DAY / 2)}` : `left:${at(p.start)};width:${at(t0 + (p.end - p.start))}`,
              });
              return el(
                'li',
                { className: 'tl-row', 'data-id': p.row.id, 'data-start': String(p.start), 'data-end': String(p.end) },
                button(p.row, el('span', { className: 'visually-hidden' }, `, ${enumWords(p.row.kind)}`)),
                el('div', { className: 'tl-track', 'aria-hidden': 'true' }, mark),
              );
            }),
          ),
        );
      }
      if (undated.length > 0) {
        parts.push(
          el('h4', { id: 'tl-undated-title' }, `Undated (${undated.length}): not placed on the axis`),
          el(
            'ul',
            { className: 'tl-undated', 'aria-labelledby': 'tl-undated-title' },
            undated.map((row) => el('li', { 'data-id': row.id }, button(row, null))),
          ),
        );
      }
      container.replaceChildren(...parts);
    },
  };
}
