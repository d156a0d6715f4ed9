/**
 * Entry point of /explore: starts fetching the first neighbourhood before anything else (the
 * first view is what the page is judged on), then wires the panels to the explorer and exposes
 * read-only hooks for the browser test on window.__explorer.
 */
import { createApiClient } from './api/client';
import { byId } from './dom';
import { Explorer } from './explorer';
import { isLayoutRunning } from './graph/layout';
import { createDateFilter } from './panels/date-filter';
import { createDetailsPanel, type DetailsPanel } from './panels/details';
import { download, downloadFrom, renderPng, serverExportUrl, toGexf, toJson } from './panels/export';
import { graphFromJson } from './panels/import-file';
import { renderLegend } from './panels/legend';
import { createPathFinder } from './panels/path';
import { createSearchBox } from './panels/search';
import { setUpTabs } from './panels/tabs';
import { createStatusLine, describeError } from './status';
import { exposeTestHooks } from './test-hooks';

/** The first view: the movement itself, unless the address names another entity (?focus=id). */
const DEFAULT_CENTRE = 'event/tuidang-movement';
const firstCentre = new URLSearchParams(location.search).get('focus') || DEFAULT_CENTRE;

const api = createApiClient(new URL('/graphql', location.href).pathname);
const status = createStatusLine();
const firstAnswer = api.neighborhood(firstCentre, 1, 150);
firstAnswer.catch(() => undefined); // handled by centreOn; avoid an unhandled-rejection report meanwhile

let details: DetailsPanel;
const emptyState = byId('empty-state');
const dateFilter = createDateFilter(({ from, to }) => {
  explorer.view.filterDates(from, to);
  refreshCounts();
});

function refreshCounts(): void {
  const graph = explorer.graph;
  emptyState.hidden = graph.order > 0;
  dateFilter.reportHidden(graph.filterNodes((node) => explorer.view.isHidden(node)).length);
  byId('graph-size').textContent = `${graph.order} nodes, ${graph.size} relations`;
}

const explorer = new Explorer({ api, status, container: byId('graph'), details: () => details, onGraphChange: () => refreshCounts() });

details = createDetailsPanel(byId('details'), api, {
  onOpenEntity(id) {
    if (explorer.graph.hasNode(id)) explorer.select(id);
    else void details.showEntity(id);
  },
  onOpenRelation(relation) {
    explorer.view.select(null, explorer.graph.hasEdge(relation.id) ? relation.id : null);
    void details.showRelation(relation);
  },
});
details.clear();

createSearchBox({
  api,
  input: byId<HTMLInputElement>('search'),
  list: byId<HTMLUListElement>('search-list'),
  onChoose: (hit) => void explorer.centreOn(hit.entity.id),
});
const pathFinder = createPathFinder(api, {
  onPath: (path) => void explorer.showPath(path),
  onClear: () => explorer.view.highlightPath(null),
});
renderLegend(byId('legend'));
const tabs = setUpTabs(api);

byId('export-png').addEventListener('click', async () => download('tuidang-graph.png', await renderPng(explorer.view.sigma)));
byId('export-gexf').addEventListener('click', () => download('tuidang-graph.gexf', toGexf(explorer.graph), 'application/xml'));
byId('export-json').addEventListener('click', () => download('tuidang-graph.json', toJson(explorer.graph), 'application/json'));
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-server-export]')) {
  button.addEventListener('click', () => downloadFrom(serverExportUrl(button.dataset['serverExport']!, explorer.centre, explorer.depth)));
}
byId<HTMLInputElement>('import-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  try {
    await explorer.replaceGraph(graphFromJson(await file.text(), file.name));
    status.clearError();
  } catch (error) {
    status.fail(`Opening ${file.name}`, error, () => input.click());
  } finally {
    input.value = '';
  }
});

const firstView = (async () => {
  // "First view": from navigation start (performance.timeOrigin) to sigma's first render that
  // holds the seed neighbourhood.
  let drawnAt = NaN;
  const sigma = explorer.view.sigma;
  const onRender = () => {
    if (sigma.getGraph().order === 0) return;
    drawnAt = performance.now();
    sigma.off('afterRender', onRender);
  };
  sigma.on('afterRender', onRender);
  const ok = await explorer.centreOn(firstCentre, firstAnswer);
  return ok ? drawnAt : NaN;
})().catch((error: unknown) => {
  status.fail('Starting the explorer', error, () => location.reload());
  console.error(describeError(error));
  return NaN;
});

exposeTestHooks({ explorer, details: () => details, pathFinder, tabs, firstView, isLayoutRunning });
