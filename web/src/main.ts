/**
 * Entry point of /explore: starts fetching the first neighbourhood before anything else (the
 * first view is what the page is judged on), then wires the panels to the explorer and exposes
 * read-only hooks for the browser test on window.__explorer.
 */
import { createApiClient } from './api/client';
import { byId } from './dom';
import { Explorer } from './explorer';
import { filterParams, readFilters, type ViewFilters } from './filter-address';
import { mostConnected } from './graph/hubs';
import { enableCanvasKeys } from './graph/keyboard';
import { isLayoutRunning } from './graph/layout';
import { OPEN_ENTITY_EVENT } from './panels/data-table';
import { createDateFilter } from './panels/date-filter';
import { createDetailsPanel, type DetailsPanel } from './panels/details';
import { download, downloadFrom, renderPng, serverExportUrl, toGexf, toJson, type PngCaption } from './panels/export';
import { ENTITY_TYPES } from './api/types';
import { TYPE_STYLES } from './graph/styles';
import { createHubFilter } from './panels/hub-filter';
import { graphFromJson } from './panels/import-file';
import { createInViewLists } from './panels/in-view-lists';
import { createLegend, type KindCount } from './panels/legend';
import { createPathFinder, pathQueryOf, pathQueryParams, type PathQuery } from './panels/path';
import { createSearchBox } from './panels/search';
import { setUpTabs, TAB_NAMES, type TabName } from './panels/tabs';
import { createStatusLine, describeError } from './status';
import { exposeTestHooks } from './test-hooks';

/**
 * The address holds the view: ?focus=<id>&depth=<n>. The first view is the movement itself unless
 * the address names another entity; each new centre is a history entry, so Back and Forward work.
 * A path found is kept too (pathFrom, pathTo, pathMax, pathAvoid, pathHubs, path: see panels/path.ts).
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
/** The date range last applied, as typed (for the address). */
let appliedDates = { from: '', to: '' };
const dateFilter = createDateFilter(({ from, to }, text) => {
  appliedDates = text;
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
  const hubs = mostConnected(graph, hubFilter.count(), explorer.centre);
  // What the reader has selected stays in sight, hub or not.
  if (explorer.selected.node) hubs.delete(explorer.selected.node);
  explorer.view.hideHubs(hubs);
  hubFilter.report([...hubs].map((node) => graph.getNodeAttribute(node, 'label')));
  emptyState.hidden = graph.order > 0;
  dateFilter.reportHidden(
    graph.filterNodes((node) => explorer.view.isHiddenByDate(node)).length,
    graph.filterNodes((node) => explorer.view.isUndatedUnderFilter(node)).length,
  );
  const relationCounts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => relationCounts.set(attributes.relationType, (relationCounts.get(attributes.relationType) ?? 0) + 1));
  legend.showRelationTypes(relationCounts);
  const kindCounts = new Map<string, KindCount>();
  graph.forEachNode((_node, { kind, entityType }) => {
    if (kind) kindCounts.set(kind, { entityType, count: (kindCounts.get(kind)?.count ?? 0) + 1 });
  });
  legend.showKinds(kindCounts);
  inViewLists.refresh();
  const [undo, redo] = [byId<HTMLButtonElement>('undo'), byId<HTMLButtonElement>('redo')];
  const focused = document.activeElement;
  undo.disabled = !explorer.canUndo;
  redo.disabled = !explorer.canRedo;
  // A disabled button loses focus to the page: hand it to the other one (or the canvas).
  if ((focused === undo && undo.disabled) || (focused === redo && redo.disabled)) {
    const other = focused === undo ? redo : undo;
    (other.disabled ? byId('graph') : other).focus();
  }
  const pinned = explorer.selected.node !== undefined && graph.hasNode(explorer.selected.node) && graph.getNodeAttribute(explorer.selected.node, 'fixed') === true;
  const unpin = byId<HTMLButtonElement>('unpin-selected');
  if (document.activeElement === unpin && !pinned) byId('graph').focus(); // a disabled button would drop focus to the page
  unpin.disabled = !pinned;
  byId('graph-size').textContent = `${graph.order} nodes, ${graph.size} relations`;
}

interface ViewState {
  readonly focus: string;
  readonly depth: string;
}
/** True while Back or Forward re-centres the view: that centre is already in the history. */
let restoringHistory = false;

function recordCentre(focus: string, depth: number): void {
  if (restoringHistory) return;
  const state: ViewState = { focus, depth: String(depth) };
  const url = new URL(location.href);
  url.searchParams.set('focus', state.focus);
  url.searchParams.set('depth', state.depth);
  const current = history.state as ViewState | null;
  if (current?.focus === undefined) history.replaceState(state, '', url);
  else if (current.focus !== state.focus || current.depth !== state.depth) history.pushState(state, '', url);
}

/** The tab open now, as the address names it. */
const openTab = (): string => TAB_NAMES.find((name) => byId(`tab-${name}`).getAttribute('aria-selected') === 'true') ?? 'graph';

window.addEventListener('popstate', (event) => {
  const state = event.state as ViewState | null;
  const params = new URLSearchParams(location.search);
  const depth = state?.depth ?? params.get('depth') ?? '1';
  if (DEPTHS.includes(depth)) byId<HTMLSelectElement>('depth').value = depth;
  restoringHistory = true;
  // Filters, tab and dates are settings, not history: Back and Forward step through centres and
  // keep them, so the address they land on is brought in line with what is shown.
  setAddress({ ...filterParams(currentFilters()), tab: openTab(), ...appliedDates, ...pathQueryParams(shownPath) });
  void explorer.centreOn(state?.focus ?? params.get('focus') ?? DEFAULT_CENTRE).finally(() => (restoringHistory = false));
});

const legend = createLegend(byId('legend'), byId('relation-types'), byId('kinds'), () => applyFilters());
const hubFilter = createHubFilter(() => applyFilters());
const currentFilters = (): ViewFilters => ({ ...legend.current(), hubs: hubFilter.count() });

/** Applies the legend's and the hub filter's settings to the view and writes them into the address. */
function applyFilters(): void {
  const filters = currentFilters();
  explorer.view.filterTypes(filters.hiddenEntityTypes, filters.hiddenRelationTypes);
  explorer.view.filterKinds(filters.hiddenKinds);
  refreshCounts();
  setAddress(filterParams(filters));
}

const explorer = new Explorer({
  api,
  status,
  container: byId('graph'),
  details: () => details,
  onGraphChange: () => refreshCounts(),
  onCentre: recordCentre,
});

const inViewLists = createInViewLists({
  get graph() {
    return explorer.graph;
  },
  isHidden: (node) => explorer.view.isHidden(node),
  isEdgeHidden: (edge) => explorer.view.isEdgeHidden(edge),
  select: (node) => explorer.select(node),
  expand: (node) => void explorer.expandSelected(node),
  openRelation(edge) {
    explorer.openRelation(edge);
    document.getElementById('details-title')?.focus(); // the panel keeps focus on its heading once the relation loads
  },
});
{
  // Filters named in the address apply from the first view on.
  const filters = readFilters(addressed);
  legend.set(filters);
  hubFilter.set(filters.hubs);
  explorer.view.filterTypes(filters.hiddenEntityTypes, filters.hiddenRelationTypes);
  explorer.view.filterKinds(filters.hiddenKinds);
}

details = createDetailsPanel(byId('details'), api, {
  onOpenEntity(id) {
    if (explorer.graph.hasNode(id)) explorer.select(id);
    else void details.showEntity(id);
  },
  onOpenRelation(relation) {
    explorer.view.select(null, explorer.graph.hasEdge(relation.id) ? relation.id : null);
    void details.showRelation(relation);
  },
  inView: (id) => explorer.origin === 'api' && explorer.graph.hasNode(id),
  onShowInGraph: (id) => void showInGraph(id),
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
  onQuery: (query) => {
    shownPath = query;
    setAddress(pathQueryParams(query));
  },
  onOpenSource: (id) => (explorer.graph.hasNode(id) ? explorer.select(id) : void details.showEntity(id)),
});
const addressedPath = pathQueryOf(addressed);
/** The path question shown now (kept in the address, like the filters, when Back or Forward runs). */
let shownPath: PathQuery | null = addressedPath;

/**
 * Centres the graph on an entity named elsewhere (the timeline, a table's cell, "Show in graph"),
 * switching to the graph's tab; focus goes to its details for a keyboard.
 */
async function showInGraph(id: string): Promise<void> {
  await tabs.open('graph');
  if (await explorer.centreOn(id)) document.getElementById('details-title')?.focus();
}
const tabs = setUpTabs(api, (name) => setAddress({ tab: name }), (id) => void showInGraph(id));
// A name in the events or statistics table (panels/data-table.ts).
document.addEventListener(OPEN_ENTITY_EVENT, (event) => void showInGraph((event as CustomEvent<{ id: string }>).detail.id));
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
    legend: ENTITY_TYPES.filter((type) => types.has(type)).map((type) => ({ label: TYPE_STYLES[type].label, color: TYPE_STYLES[type].color, shape: TYPE_STYLES[type].shape })),
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
byId('reset-view').addEventListener('click', () => void explorer.resetLayout());
byId('unpin-selected').addEventListener('click', () => explorer.unpin());
enableCanvasKeys(byId('graph'), explorer.view.sigma.getCamera(), {
  zoomIn: () => explorer.view.zoomIn(),
  zoomOut: () => explorer.view.zoomOut(),
  fit: () => explorer.view.frameAll(),
  expandSelected: () => void explorer.expandSelected(),
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-server-export]')) {
  button.addEventListener('click', () => downloadFrom(serverExportUrl(button.dataset['serverExport']!, explorer.centre, explorer.shownDepth)));
}
byId<HTMLSelectElement>('depth').addEventListener('change', async (event) => {
  // A new depth is a new view of the same centre: reloaded, and a history entry like a new centre.
  const select = event.target as HTMLSelectElement;
  if (explorer.origin !== 'api' || explorer.centre === null) return;
  if (!(await explorer.centreOn(explorer.centre))) select.value = String(explorer.shownDepth);
});
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

// The path goes onto the first view, once it is drawn (centring on it replaces the graph).
if (addressedPath) void firstView.then(() => pathFinder.restore(addressedPath));

exposeTestHooks({ explorer, details: () => details, pathFinder, tabs, firstView, isLayoutRunning });
