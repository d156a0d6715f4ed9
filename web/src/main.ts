/**
 * Entry point of /explore: starts fetching the first neighbourhood before anything else (the
 * first view is what the page is judged on), then wires the panels to the explorer and exposes
 * read-only hooks for the browser test on window.__explorer.
 */
import { createApiClient } from './api/client';
import { byId, el } from './dom';
import { Explorer } from './explorer';
import { isLayoutRunning } from './graph/layout';
import { LARGE_GRAPH_ORDER } from './graph/model';
import { createDateFilter } from './panels/date-filter';
import { createDetailsPanel, type DetailsPanel } from './panels/details';
import { download, downloadFrom, renderPng, serverExportUrl, toGexf, toJson, type PngCaption } from './panels/export';
import { ENTITY_TYPES } from './api/types';
import { TYPE_STYLES } from './graph/styles';
import { graphFromJson } from './panels/import-file';
import { createLegend } from './panels/legend';
import { createPathFinder } from './panels/path';
import { createSearchBox } from './panels/search';
import { setUpTabs, TAB_NAMES, type TabName } from './panels/tabs';
import { createStatusLine, describeError } from './status';
import { exposeTestHooks } from './test-hooks';

/**
 * The address holds the view: ?focus=<id>&depth=<n>. The first view is the movement itself unless
 * the address names another entity; each new centre is a history entry, so Back and Forward work.
 */
const DEFAULT_CENTRE = 'event/tuidang-movement';
const DEPTHS = ['1', '2'];
const addressed = new URLSearchParams(location.search);
const firstCentre = addressed.get('focus') || DEFAULT_CENTRE;
if (DEPTHS.includes(addressed.get('depth') ?? '')) byId<HTMLSelectElement>('depth').value = addressed.get('depth')!;

const api = createApiClient(new URL('/graphql', location.href).pathname);
const status = createStatusLine();
const firstAnswer = api.neighborhood(firstCentre, Number(byId<HTMLSelectElement>('depth').value), 150);
firstAnswer.catch(() => undefined); // handled by centreOn; avoid an unhandled-rejection report meanwhile

let details: DetailsPanel;
const emptyState = byId('empty-state');
const dateFilter = createDateFilter(({ from, to }, text) => {
  explorer.view.filterDates(from, to);
  refreshCounts();
  setAddress({ from: text.from, to: text.to });
});

/**
 * Writes view settings other than the centre into the address without a history entry: a copied
 * address reopens the same tab and date range; Back and Forward step through centres.
 */
function setAddress(values: Readonly<Record<string, string>>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === '' || (name === 'tab' && value === 'graph')) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  history.replaceState(history.state, '', url);
}

function refreshCounts(): void {
  const graph = explorer.graph;
  emptyState.hidden = graph.order > 0;
  dateFilter.reportHidden(graph.filterNodes((node) => explorer.view.isHiddenByDate(node)).length);
  const relationCounts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => relationCounts.set(attributes.relationType, (relationCounts.get(attributes.relationType) ?? 0) + 1));
  legend.showRelationTypes(relationCounts);
  listNodesInView();
  byId<HTMLButtonElement>('undo').disabled = !explorer.canUndo;
  byId<HTMLButtonElement>('redo').disabled = !explorer.canRedo;
  byId('graph-size').textContent = `${graph.order} nodes, ${graph.size} relations`;
}

interface ViewState {
  readonly focus: string;
  readonly depth: string;
}
/** True while Back or Forward re-centres the view: that centre is already in the history. */
let restoringHistory = false;

function recordCentre(focus: string): void {
  if (restoringHistory) return;
  const state: ViewState = { focus, depth: byId<HTMLSelectElement>('depth').value };
  const url = new URL(location.href);
  url.searchParams.set('focus', state.focus);
  url.searchParams.set('depth', state.depth);
  const current = history.state as ViewState | null;
  if (current?.focus === undefined) history.replaceState(state, '', url);
  else if (current.focus !== state.focus || current.depth !== state.depth) history.pushState(state, '', url);
}

window.addEventListener('popstate', (event) => {
  const state = event.state as ViewState | null;
  const params = new URLSearchParams(location.search);
  const depth = state?.depth ?? params.get('depth') ?? '1';
  if (DEPTHS.includes(depth)) byId<HTMLSelectElement>('depth').value = depth;
  restoringHistory = true;
  void explorer.centreOn(state?.focus ?? params.get('focus') ?? DEFAULT_CENTRE).finally(() => (restoringHistory = false));
});

/** The drawn graph as buttons, in name order: the keyboard's way to every node. */
function listNodesInView(): void {
  const graph = explorer.graph;
  if (graph.order >= LARGE_GRAPH_ORDER) {
    // Thousands of buttons would cost more than the drawing; search reaches any of them.
    byId('in-view-title').textContent = `Nodes in view (${graph.order}, too many to list: use the search)`;
    byId('in-view-list').replaceChildren();
    return;
  }
  const nodes = graph.nodes().sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  byId('in-view-title').textContent = `Nodes in view (${nodes.length})`;
  byId('in-view-list').replaceChildren(
    ...nodes.map((node) => {
      const { label, entityType } = graph.getNodeAttributes(node);
      return el('li', {}, el('button', { type: 'button', className: 'link', 'data-id': node, onclick: () => explorer.select(node) }, `${label} (${entityType})`));
    }),
  );
}

const legend = createLegend(byId('legend'), byId('relation-types'), ({ hiddenEntityTypes, hiddenRelationTypes }) => {
  explorer.view.filterTypes(hiddenEntityTypes, hiddenRelationTypes);
  refreshCounts();
});

const explorer = new Explorer({
  api,
  status,
  container: byId('graph'),
  details: () => details,
  onGraphChange: () => refreshCounts(),
  onCentre: recordCentre,
});

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

const tabs = setUpTabs(api, (name) => setAddress({ tab: name }));
const addressedTab = addressed.get('tab');
if (addressedTab && (TAB_NAMES as readonly string[]).includes(addressedTab)) void tabs.open(addressedTab as TabName);
if (addressed.get('from') || addressed.get('to')) dateFilter.set(addressed.get('from') ?? '', addressed.get('to') ?? '');

/** The PNG's title, legend (the types drawn) and source line. */
function pngCaption(): PngCaption {
  const graph = explorer.graph;
  const centre = explorer.centre !== null && graph.hasNode(explorer.centre) ? graph.getNodeAttribute(explorer.centre, 'label') : null;
  const types = new Set(graph.mapNodes((_node, attributes) => attributes.entityType));
  return {
    title: centre ? `Tuidang knowledge graph: around ${centre}` : 'Tuidang knowledge graph',
    legend: ENTITY_TYPES.filter((type) => types.has(type)).map((type) => ({ label: TYPE_STYLES[type].label, color: TYPE_STYLES[type].color })),
    source: `${graph.order} entities, ${graph.size} relations, each sourced to the reports in its details · ${location.origin}/explore · ${new Date().toISOString().slice(0, 10)}`,
  };
}
byId('export-png').addEventListener('click', async () => download('tuidang-graph.png', await renderPng(explorer.view.sigma, pngCaption())));
byId('export-gexf').addEventListener('click', () => download('tuidang-graph.gexf', toGexf(explorer.graph), 'application/xml'));
byId('export-json').addEventListener('click', () => download('tuidang-graph.json', toJson(explorer.graph), 'application/json'));
byId('expand-selected').addEventListener('click', () => void explorer.expandSelected());
byId('collapse-selected').addEventListener('click', () => explorer.collapse());
byId('hide-selected').addEventListener('click', () => explorer.hide());
byId('undo').addEventListener('click', () => explorer.undo());
byId('redo').addEventListener('click', () => explorer.redo());
document.addEventListener('keydown', (event) => {
  // Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac), except while typing, where the field's own undo applies.
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
  event.preventDefault();
  if (event.shiftKey) explorer.redo();
  else explorer.undo();
});
byId('zoom-in').addEventListener('click', () => explorer.view.zoomIn());
byId('zoom-out').addEventListener('click', () => explorer.view.zoomOut());
byId('zoom-fit').addEventListener('click', () => explorer.view.frameAll());
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
