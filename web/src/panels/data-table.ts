/**
 * A table of records that sorts by any column (a button in each header, aria-sort says how) and
 * writes the rows it shows as CSV. The events and statistics views use it; each narrows the
 * rows with its own controls through `filter` and calls render when they change. A cell that
 * names entities shows each as a button that dispatches OPEN_ENTITY_EVENT (the page shows it).
 */
import { el } from '../dom';

/** Dispatched (bubbling) by a cell's entity button, with `detail.id`: the page opens that entity. */
export const OPEN_ENTITY_EVENT = 'explorer:open-entity';

/** An entity a cell names, and the words it is shown with. */
export interface CellLink {
  readonly id: string;
  readonly label: string;
}

export interface Column<Row> {
  readonly key: string;
  readonly title: string;
  /** The cell as text: what is shown, searched and written to the CSV. */
  readonly text: (row: Row) => string;
  /** What the column sorts on when the text would sort wrongly (dates with words, numbers). */
  readonly sortKey?: (row: Row) => string | number;
  readonly numeric?: boolean;
  /** The entities the cell names, shown as buttons in place of the text (which the CSV keeps). */
  readonly links?: (row: Row) => readonly CellLink[];
}

function cell<Row>(column: Column<Row>, row: Row): HTMLElement {
  const links = column.links?.(row) ?? [];
  const open = (id: string) => (event: Event) => event.target?.dispatchEvent(new CustomEvent(OPEN_ENTITY_EVENT, { bubbles: true, detail: { id } }));
  const content = links.length
    ? links.flatMap((link, i) => {
        const button = el('button', { type: 'button', className: 'link', 'data-open': link.id, onclick: open(link.id) }, link.label);
        return i > 0 ? ['; ', button] : [button];
      })
    : [column.text(row)];
  // data-label: the column's name, which a narrow window shows before the cell (styles.css); the
  // content is one element there, so that several links stay on one line beside that name.
  return el('td', { ...(column.numeric ? { className: 'num' } : {}), 'data-label': column.title }, content.length > 1 ? el('span', {}, ...content) : content[0]!);
}

export interface DataTableOptions<Row> {
  readonly wrap: HTMLElement;
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rowId: (row: Row) => string;
  /** The column sorted on first, ascending. */
  readonly sortBy: string;
  /** Which rows to show; all when absent. */
  readonly filter?: (row: Row, text: (row: Row) => string) => boolean;
}

export interface DataTable<Row> {
  setRows(rows: readonly Row[]): void;
  render(): void;
  /** The rows as shown: filtered and sorted. */
  shown(): readonly Row[];
  total(): number;
  csv(): string;
}

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

export function createDataTable<Row>(options: DataTableOptions<Row>): DataTable<Row> {
  const { columns } = options;
  let rows: readonly Row[] = [];
  let shown: Row[] = [];
  let sort = { column: columns.find((c) => c.key === options.sortBy) ?? columns[0]!, ascending: true };
  /** All of a row's cells as one lower-case string, for text filters. */
  const rowText = (row: Row) => columns.map((c) => c.text(row)).join('\n').toLowerCase();

  function render(): void {
    // The header is rebuilt with the rows: a sort button pressed from the keyboard keeps focus.
    const active = options.wrap.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const focusedColumn = active?.classList.contains('sort') ? active.dataset['column'] : undefined;
    shown = rows.filter((row) => options.filter?.(row, rowText) ?? true);
    const key = sort.column.sortKey ?? sort.column.text;
    const direction = sort.ascending ? 1 : -1;
    shown.sort((a, b) => direction * compare(key(a), key(b)) || options.rowId(a).localeCompare(options.rowId(b)));
    const header = el(
      'tr',
      {},
      columns.map((column) =>
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
    const body = shown.map((row) => el('tr', { 'data-id': options.rowId(row) }, columns.map((column) => cell(column, row))));
    options.wrap.replaceChildren(el('table', { className: 'data-table' }, el('caption', {}, options.caption), el('thead', {}, header), el('tbody', {}, body)));
    if (focusedColumn !== undefined) options.wrap.querySelector<HTMLElement>(`button.sort[data-column="${CSS.escape(focusedColumn)}"]`)?.focus();
  }

  return {
    setRows(next) {
      rows = next;
      render();
    },
    render,
    shown: () => shown,
    total: () => rows.length,
    csv: () =>
      toCsv(
        columns.map((c) => c.title),
        shown.map((row) => columns.map((c) => c.text(row))),
      ),
  };
}
