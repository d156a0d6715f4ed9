/**
 * Force layout with a bounded cost. Small graphs (what the API returns) get a fixed number of
 * ForceAtlas2 iterations on the main thread: quick, and the view is final when first drawn.
 * Large graphs (imported files) run in FA2's web worker for a bounded time, on a copy: redrawing
 * thousands of nodes after every iteration would keep the renderer (and, with software WebGL,
 * the main thread) busy, so the drawn graph moves once, when the layout is done.
 */
import type Graph from 'graphology';
import circular from 'graphology-layout/circular';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { LARGE_GRAPH_ORDER } from './model';
import { seededRandom } from './seeded';

/** From this many nodes the layout moves to the worker. */
const WORKER_THRESHOLD = LARGE_GRAPH_ORDER;
const SYNC_ITERATIONS = 150;
const WORKER_MILLISECONDS = 3000;

let running: FA2LayoutSupervisor | undefined;

function settings(graph: Graph) {
  // inferSettings picks Barnes-Hut and scaling from the graph's size; extra gravity keeps
  // disconnected pieces (e.g. a path's far end) in view.
  return { ...forceAtlas2.inferSettings(graph), gravity: 1.5, adjustSizes: false };
}

/** Up to this many nodes, strong gravity draws a neighbourhood as a tidy ring around its centre. */
const RING_ORDER = 60;

/**
 * Graphs laid out on the main thread are read label by label. Strong gravity keeps a small
 * neighbourhood a ring around its centre, but packs a larger one (depth 2: 100+ nodes) into an
 * even disc; ordinary gravity lets those spread into groups around their hubs, with gaps for names.
 */
function readableSettings(graph: Graph) {
  return graph.order <= RING_ORDER ? settings(graph) : { ...settings(graph), strongGravityMode: false, gravity: 1 };
}

/**
 * Gives every node without a position a start for FA2: a circle for small graphs (tidy from the
 * first iteration), a random scatter for large ones (a circle of thousands of nodes takes FA2
 * far longer to unfold than the bounded run allows).
 */
export function seedPositions(graph: Graph): void {
  const missing = graph.filterNodes((_node, attributes) => !Number.isFinite(attributes['x']) || !Number.isFinite(attributes['y']));
  if (missing.length === 0) return;
  const scale = 10 + Math.sqrt(graph.order);
  // Seeded by the graph's size: the same file scatters the same way on every load.
  const start = graph.order < WORKER_THRESHOLD ? circular(graph, { scale }) : random(graph, { scale, center: 0, rng: seededRandom(graph.order) });
  for (const node of missing) graph.mergeNodeAttributes(node, start[node] ?? { x: 0, y: 0 });
}

/** Lays the graph out; resolves when the positions are final (at once for small graphs). */
export function layout(graph: Graph, iterations = SYNC_ITERATIONS): Promise<void> {
  stopLayout();
  seedPositions(graph);
  if (graph.order < WORKER_THRESHOLD) {
    forceAtlas2.assign(graph, { iterations, settings: readableSettings(graph) });
    return Promise.resolve();
  }
  const copy = graph.copy();
  const supervisor = new FA2LayoutSupervisor(copy, { settings: settings(copy) });
  running = supervisor;
  supervisor.start();
  return new Promise((resolve) =>
    setTimeout(() => {
      if (running === supervisor) {
        stopLayout();
        graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, x: copy.getNodeAttribute(node, 'x'), y: copy.getNodeAttribute(node, 'y') }), {
          attributes: ['x', 'y'],
        });
      }
      resolve();
    }, WORKER_MILLISECONDS),
  );
}

export function stopLayout(): void {
  running?.kill();
  running = undefined;
}

export const isLayoutRunning = (): boolean => running?.isRunning() ?? false;
