/**
 * The events table: every event with who took part, when, where and which reports say so, for the
 * questions a picture answers badly ("who quit, when, where, says who"). Rows can be narrowed by
 * kind and by text, sorted by any column, and downloaded as CSV exactly as shown.
 */
import type { ApiClient } from '../api/client';
import type { EventRow } from '../api/types';
import { byId, el } from '../dom';
import { enumWords } from '../format';
import { download } from './export';

interface Column {
  readonly key: string;
  readonly title: string;
  /** The cell as text: what is shown, sorted on and written to the CSV. */
  readonly text: (row: EventRow) => string;
}

const BOUND_WORDS: Readonly<Record<string, string>> = { BY: 'by ', BEFORE: 'before ', AFTER: 'on or after ' };

const when = (row: EventRow): string => {
  if (!row.startDate) return '';
  const start = `${BOUND_WORDS[row.dateBound ?? ''] ?? ''}${row.startDate}`;
  return row.endDate ? `${start} – ${row.endDate}` : start;
};

const COLUMNS: readonly Column[] = [
  { key: 'name', title: 'Event', text: (row) => row.name },
  { key: 'kind', title: 'Kind', text: (row) => enumWords(row.kind) },
  { key: 'date', title: 'When', text: when },
  { key: 'place', title: 'Where', text: (row) => row.place?.name ?? '' },
  { key: 'who', title: 'Who', text: (row) => row.participants.map((p) => p.name).join('; ') },
  {
    key: 'sources',
    title: 'Sources (paragraphs)',
    text: (row) => row.citations.map((c) => (c.paragraphs.length > 0 ? `${c.report.name} (¶${c.paragraphs.join(', ')})` : c.report.name)).join('; '),
  },
];

/** Sorting on dates needs the date itself, not its words ("by 2022-08-03"). */
const sortValue = (column: Column, row: EventRow): string => (column.key === 'date' ? (row.startDate ?? '\uffff') : column.text(row).toLowerCase());

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

export interface EventsTable {
  show(): Promise<void>;
  /** The rows as shown, for the browser test. */
  shownIds(): string[];
}

export function createEventsTable(api: ApiClient): EventsTable {
  const kindSelect = byId<HTMLSelectElement>('events-kind');
  const textInput = byId<HTMLInputElement>('events-text');
  const wrap = byId('events-table-wrap');
  const message = byId('events-message');
  let rows: EventRow[] | null = null;
  let shown: EventRow[] = [];
  let sort: { column: Column; ascending: boolean } = { column: COLUMNS[2]!, ascending: true };

  function render(): void {
    if (!rows) return;
    const kind = kindSelect.value;
    const text = textInput.value.trim().toLowerCase();
    shown = rows.filter((row) => (kind === '' || row.kind === kind) && (text === '' || COLUMNS.some((c) => c.text(row).toLowerCase().includes(text))));
    const direction = sort.ascending ? 1 : -1;
    shown.sort((a, b) => direction * sortValue(sort.column, a).localeCompare(sortValue(sort.column, b)) || a.id.localeCompare(b.id));
    message.textContent = `${shown.length} of ${rows.length} events.`;
    const header = el(
      'tr',
      {},
      COLUMNS.map((column) =>
        el(
          'th',
          { scope: 'col', 'aria-sort': column === sort.column ? (sort.ascending ? 'ascending' : 'descending') : 'none' },
          el(
            'button',
            {
              type: 'button',
              className: 'sort',
              'data-column': column.key,
              onClick: () => {
                sort = { column, ascending: column === sort.column ? !sort.ascending : true };
                render();
              },
            },
            column.title,
          ),
        ),
      ),
    );
    const body = shown.map((row) => el('tr', { 'data-id': row.id }, COLUMNS.map((column) => el('td', {}, column.text(row)))));
    wrap.replaceChildren(el('table', { className: 'events-table' }, el('caption', { className: 'visually-hidden' }, 'Events'), el('thead', {}, header), el('tbody', {}, body)));
  }

  kindSelect.addEventListener('change', render);
  textInput.addEventListener('input', render);
  byId('events-csv').addEventListener('click', () => {
    const csv = toCsv(
      COLUMNS.map((c) => c.title),
      shown.map((row) => COLUMNS.map((c) => c.text(row))),
    );
    download('tuidang-events.csv', csv, 'text/csv');
  });

  return {
    async show() {
      if (rows) return;
      message.textContent = 'Loading the events…';
      try {
        rows = await api.allEvents();
      } catch (error) {
        message.textContent = `The events could not be loaded: ${(error as Error).message}`;
        return;
      }
      const kinds = [...new Set(rows.map((row) => row.kind))].sort();
      kindSelect.replaceChildren(el('option', { value: '' }, 'All kinds'), ...kinds.map((kind) => el('option', { value: kind }, enumWords(kind))));
      render();
    },
    shownIds: () => shown.map((row) => row.id),
  };
}
