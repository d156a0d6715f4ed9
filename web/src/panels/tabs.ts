/**
 * Graph / Statistics / Events tabs (ARIA tabs pattern, arrow keys move between them). The statistics
 * module, with Chart.js, is loaded the first time its tab opens so it does not delay the graph.
 */
import type { ApiClient } from '../api/client';
import { byId } from '../dom';
import { createEventsTable, type EventsTable } from './events-table';
import type { StatisticsView } from './stats';

export const TAB_NAMES = ['graph', 'stats', 'events'] as const;
export type TabName = (typeof TAB_NAMES)[number];

export interface Tabs {
  open(name: TabName): Promise<void>;
  statistics(): StatisticsView | null;
  events(): EventsTable | null;
}

/** `onChooseEvent` is called when an event of the timeline is chosen, to show it in the graph. */
export function setUpTabs(api: ApiClient, onOpen: (name: TabName) => void = () => undefined, onChooseEvent: (id: string) => void = () => undefined): Tabs {
  const names = TAB_NAMES;
  let statistics: StatisticsView | null = null;
  let events: EventsTable | null = null;

  async function open(name: TabName): Promise<void> {
    onOpen(name);
    for (const other of names) {
      const selected = other === name;
      const tab = byId(`tab-${other}`);
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      byId(`${other}-panel`).hidden = !selected;
    }
    if (name === 'stats') {
      const { createStatisticsView } = await import('./stats');
      statistics ??= createStatisticsView(api);
      await statistics.show();
    }
    if (name === 'events') {
      events ??= createEventsTable(api, onChooseEvent);
      await events.show();
    }
  }

  names.forEach((name, index) => {
    const tab = byId(`tab-${name}`);
    tab.addEventListener('click', () => void open(name));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = names[(index + (event.key === 'ArrowRight' ? 1 : names.length - 1)) % names.length]!;
      byId(`tab-${next}`).focus();
      void open(next);
    });
  });

  return { open, statistics: () => statistics, events: () => events };
}
