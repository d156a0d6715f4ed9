/**
 * The events table: every event with who took part, when, where and which reports say so, for the
 * questions a picture answers badly ("who quit, when, where, says who"). Rows can be narrowed by
 * kind and by text, sorted by any column, and downloaded as CSV exactly as shown. The timeline
 * above the table draws the same rows on a time axis.
 */
import type { ApiClient } from '../api/client';
import type { EventRow } from '../api/types';
import { byId, el } from '../dom';
import { enumWords } from '../format';
import { createDataTable, type Column } from './data-table';
import { download } from './export';
import { createTimeline, dateWords } from './timeline';

/** The table leaves an undated event's cell empty, where the timeline writes "undated". */
const when = (row: EventRow): string => (row.startDate ? dateWords(row) : '');

const cited = (c: EventRow['citations'][number]) => (c.paragraphs.length > 0 ? `${c.report.name} (¶${c.paragraphs.join(', ')})` : c.report.name);

// Names are buttons that show the entity in the graph (see data-table.ts).
const COLUMNS: readonly Column<EventRow>[] = [
  { key: 'name', title: 'Event', text: (row) => row.name, links: (row) => [{ id: row.id, label: row.name }] },
  { key: 'kind', title: 'Kind', text: (row) => enumWords(row.kind) },
  // Sorted on the date itself, not its words ("by 2022-08-03"); undated events last.
  { key: 'date', title: 'When', text: when, sortKey: (row) => row.startDate ?? '\uffff' },
  { key: 'place', title: 'Where', text: (row) => row.place?.name ?? '', links: (row) => (row.place ? [{ id: row.place.id, label: row.place.name }] : []) },
  { key: 'who', title: 'Who', text: (row) => row.participants.map((p) => p.name).join('; '), links: (row) => row.participants.map((p) => ({ id: p.id, label: p.name })) },
  {
    key: 'sources',
    title: 'Sources (paragraphs)',
    text: (row) => row.citations.map(cited).join('; '),
    links: (row) => row.citations.map((c) => ({ id: c.report.id, label: cited(c) })),
  },
];

export interface EventsTable {
  show(): Promise<void>;
  /** The rows as shown, for the browser test. */
  shownIds(): string[];
}

/** `onChoose` is called with an event's id when its row of the timeline is chosen. */
export function createEventsTable(api: ApiClient, onChoose: (id: string) => void = () => undefined): EventsTable {
  const kindSelect = byId<HTMLSelectElement>('events-kind');
  const textInput = byId<HTMLInputElement>('events-text');
  const message = byId('events-message');
  let loaded = false;
  const table = createDataTable<EventRow>({
    wrap: byId('events-table-wrap'),
    caption: 'Events, with who took part, when, where and the reports that say so',
    columns: COLUMNS,
    rowId: (row) => row.id,
    sortBy: 'date',
    filter: (row, text) => (kindSelect.value === '' || row.kind === kindSelect.value) && text(row).includes(textInput.value.trim().toLowerCase()),
  });
  const timeline = createTimeline(byId('timeline-body'), onChoose);
  const render = () => {
    table.render();
    timeline.render(table.shown());
    message.textContent = `${table.shown().length} of ${table.total()} events.`;
  };

  kindSelect.addEventListener('change', render);
  textInput.addEventListener('input', render);
  byId('events-csv').addEventListener('click', () => download('tuidang-events.csv', table.csv(), 'text/csv'));

  return {
    async show() {
      if (loaded) return;
      message.textContent = 'Loading the events…';
      let rows: EventRow[];
      try {
        rows = await api.allEvents();
      } catch (error) {
        message.textContent = `The events could not be loaded: ${(error as Error).message}`;
        return;
      }
      loaded = true;
      const kinds = [...new Set(rows.map((row) => row.kind))].sort();
      kindSelect.replaceChildren(el('option', { value: '' }, 'All kinds'), ...kinds.map((kind) => el('option', { value: kind }, enumWords(kind))));
      table.setRows(rows);
      render();
    },
    shownIds: () => table.shown().map((row) => row.id),
  };
}
