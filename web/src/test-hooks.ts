/**
 * Read-only state for the browser test (test/browser/explorer.test.ts) on window.__explorer:
 * the test drives the page like a user and reads these to check what was drawn. Nothing here
 * changes the page.
 */
import type { Explorer } from './explorer';
import { lastPngLayout } from './panels/export';
import type { DetailsPanel } from './panels/details';
import type { PathFinder } from './panels/path';
import type { Tabs } from './panels/tabs';

export interface TestHookSources {
  readonly explorer: Explorer;
  details(): DetailsPanel;
  readonly pathFinder: PathFinder;
  readonly tabs: Tabs;
  /** Resolves to ms from navigation start to the first drawn seed graph (NaN if it failed). */
  readonly firstView: Promise<number>;
  isLayoutRunning(): boolean;
}

/** A render of the graph: how many nodes it held, when sigma drew it and when it was on screen. */
export interface Draw {
  readonly order: number;
  readonly renderedAt: number;
  /** The second animation frame after the render: the frame holding it has been composited. */
  shownAt: number | null;
}

const KEPT_DRAWS = 50;

export function exposeTestHooks({ explorer, details, pathFinder, tabs, firstView, isLayoutRunning }: TestHookSources): void {
  const draws: Draw[] = [];
  const sigma = explorer.view.sigma;
  sigma.on('afterRender', () => {
    const draw: Draw = { order: sigma.getGraph().order, renderedAt: performance.now(), shownAt: null };
    draws.push(draw);
    if (draws.length > KEPT_DRAWS) draws.shift();
    requestAnimationFrame(() => requestAnimationFrame(() => (draw.shownAt = performance.now())));
  });
  const hooks = {
    firstView: () => firstView,
    centre: () => explorer.centre,
    selected: () => ({ ...explorer.selected }),
    detailsShowing: () => details().current(),
    nodes: () => explorer.graph.nodes(),
    /** Every node's layout position (graph coordinates), by id. */
    positions: () => Object.fromEntries(explorer.graph.mapNodes((node, a) => [node, [a.x, a.y]])),
    edges: () => explorer.graph.mapEdges((edge, a, source, target) => ({ id: edge, type: a.relationType, source, target })),
    /** Each node's kind (null for people and imported nodes), by id. */
    kinds: () => Object.fromEntries(explorer.graph.mapNodes((node, a) => [node, a.kind ?? null])),
    hiddenNodes: () => explorer.graph.filterNodes((node) => explorer.view.isHidden(node)),
    pinned: () => explorer.graph.filterNodes((_node, attributes) => attributes.fixed === true),
    /** How a node is drawn now (after the reducers): colour, label, hidden. */
    nodeLook: (id: string) => {
      const data = explorer.view.sigma.getNodeDisplayData(id);
      return data ? { color: data.color, label: data.label, hidden: data.hidden, own: explorer.graph.getNodeAttribute(id, 'color') } : null;
    },
    /** How an edge is drawn now (after the reducers): colour and width. */
    edgeLook: (id: string) => {
      const data = explorer.view.sigma.getEdgeDisplayData(id);
      return data ? { color: data.color, size: data.size } : null;
    },
    hiddenEdges: () => explorer.graph.filterEdges((edge) => explorer.view.isEdgeHidden(edge)),
    notes: () => [...explorer.currentNotes()],
    pathSteps: () => pathFinder.steps(),
    pathAlternatives: () => pathFinder.alternatives(),
    /** Where a node is drawn, in CSS pixels relative to the graph container. */
    nodePosition: (id: string) => explorer.view.viewportPosition(id),
    /** The node labels drawn in the last frame: text and box, in CSS pixels like nodePosition. */
    labels: () => explorer.view.labelBoxes().map((box) => ({ ...box })),
    graphSize: () => {
      const { width, height } = explorer.view.sigma.getDimensions();
      return { width, height };
    },
    layoutRunning: () => isLayoutRunning(),
    /** The camera's zoom ratio: smaller is closer. */
    cameraRatio: () => explorer.view.sigma.getCamera().ratio,
    importing: () => explorer.importing,
    /** The latest renders, oldest first (at most KEPT_DRAWS), times from performance.now(). */
    draws: () => draws.map((draw) => ({ ...draw })),
    pngLayout: () => lastPngLayout(),
    eventRows: () => tabs.events()?.shownIds() ?? null,
    statisticsPoints: () =>
      tabs
        .statistics()
        ?.chart()
        ?.data.datasets.map((dataset) => ({
          label: dataset.label,
          points: dataset.data.map((p) => ({ x: p.x, y: p.y, from: p.from, to: p.to, id: p.stat.id, asOf: p.stat.asOf, source: p.stat.source.name, claimant: p.stat.claimedBy?.id ?? null })),
        })) ?? null,
    statisticsTable: () => tabs.statistics()?.tableIds() ?? null,
    /** How each statistics series is drawn: colour, line, axis, whether shown, each claim's marker. */
    statisticsSeries: () => {
      const chart = tabs.statistics()?.chart();
      return (
        chart?.data.datasets.map((dataset, index) => ({
          label: dataset.label,
          color: dataset.borderColor,
          dashed: ((dataset.borderDash as number[] | undefined) ?? []).length > 0,
          axis: dataset.yAxisID,
          visible: chart.isDatasetVisible(index),
          marks: dataset.data.map((p, i) => ({ qualifier: p.stat.qualifier, style: (dataset.pointStyle as unknown[])[i] })),
        })) ?? null
      );
    },
    /** The statistics chart's x axis as drawn (decimal years). */
    statisticsXRange: () => {
      const x = tabs.statistics()?.chart()?.scales['x'];
      return x ? { min: x.min, max: x.max } : null;
    },
  };
  Object.defineProperty(window, '__explorer', { value: Object.freeze(hooks), writable: false });
}
