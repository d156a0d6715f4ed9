/**
 * The sigma view of the explorer graph. Everything that changes how nodes and edges look without
 * changing the graph (selection, a highlighted path, the date filter) lives here as reducer
 * state, so the graph itself stays what the API said.
 */
import Sigma from 'sigma';
import { drawDiscNodeHover } from 'sigma/rendering';
import type { DayRange } from '../dates';
import { dayRange, overlaps } from '../dates';
import { LightEdgeProgram } from './light-edge-program';
import { type Extent, framingBox } from './framing';
import { type LabelBox, LabelPlacer } from './label-placement';
import { type EdgeAttributes, type ExplorerGraph, LARGE_GRAPH_ORDER, type NodeAttributes } from './model';
import { NodeShapeProgram } from './shape-program';
import { DIM_COLOR, HIGHLIGHT_EDGE_COLOR, SELECTED_EDGE_COLOR } from './styles';

/** A colour mixed two thirds of the way to white: an undated event while dates are filtered. */
const faded = (color: string): string => {
  const channels = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!channels) return color;
  return `#${channels.slice(1).map((hex) => Math.round(parseInt(hex, 16) + (255 - parseInt(hex, 16)) * 0.67).toString(16).padStart(2, '0')).join('')}`;
};

const MAX_LABEL = 28;
const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/**
 * Two rendering tiers. The full one (API views, under LARGE_GRAPH_ORDER nodes) draws arrows, edge
 * labels and clickable edges. The light one (imported files, huge expansions) draws edges as plain
 * lines without labels or picking: with software WebGL (no GPU) the full tier's instanced arrow
 * program cost ~0.6 s of GPU-process time per frame at 5,000 nodes and 7,500 edges, and the page's
 * main thread waits for it when the frame is composited. Nodes keep their shapes in both tiers.
 */
const FULL_TIER = { renderEdgeLabels: true, enableEdgeEvents: true, labelDensity: 100, labelGridCellSize: 40 } as const;
const LIGHT_TIER = { renderEdgeLabels: false, enableEdgeEvents: false, labelDensity: 0.7, labelGridCellSize: 110 } as const;

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_SIZE = 13;
const LABEL_WEIGHT = '500';
const LABEL_COLOR = '#1f2937';
const EDGE_LABEL_SIZE = 11;
const EDGE_LABEL_COLOR = '#4b5563';
/** Sigma's own margin around the framed box; framingBox adds the room labels and buttons need. */
const STAGE_PADDING = 8;
/** The buttons over the top of the canvas, and the size line under it (CSS pixels). */
const TOP_MARGIN = 52;
const BOTTOM_MARGIN = 26;
/** The biggest node radius resizeByDegree gives, plus the gap before its label. */
const NODE_ROOM = 22;

export interface ViewHandlers {
  onNodeClick(node: string): void;
  onNodeDoubleClick(node: string): void;
  onEdgeClick(edge: string): void;
  onStageClick(): void;
  /** A node was dragged and dropped (it is now pinned). */
  onNodeDrop(node: string): void;
}

export class GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private selectedNode: string | null = null;
  private selectedEdge: string | null = null;
  private pathNodes: Set<string> | null = null;
  private pathEdges: Set<string> | null = null;
  private range: { from: DayRange | null; to: DayRange | null } | null = null;
  private hiddenEntityTypes: ReadonlySet<string> = new Set();
  private hiddenRelationTypes: ReadonlySet<string> = new Set();
  private hiddenKinds: ReadonlySet<string> = new Set();
  /** The nodes "Hide hubs" takes out of the drawing (see graph/hubs.ts). */
  private hiddenHubs: ReadonlySet<string> = new Set();
  private light = false;
  /** False while a large graph waits for its layout (see show). */
  private edgesShown = true;
  /** The full name, type and dates of the node under the pointer (labels are shortened). */
  private readonly tooltip: HTMLDivElement;
  private readonly labels = new LabelPlacer();
  /** The node under the pointer, whose name sigma's hover layer draws. */
  private hovered: string | null = null;
  /** Measures label widths for framing (see labelRoom). */
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(container: HTMLElement, graph: ExplorerGraph, handlers: ViewHandlers) {
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      defaultNodeType: 'shape',
      nodeProgramClasses: { shape: NodeShapeProgram<NodeAttributes, EdgeAttributes> },
      edgeProgramClasses: { light: LightEdgeProgram<NodeAttributes, EdgeAttributes> },
      defaultEdgeType: 'arrow',
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: LABEL_WEIGHT,
      labelColor: { color: LABEL_COLOR },
      // Sigma only hands its labels over; the placer draws them after the frame (see placeLabels).
      defaultDrawNodeLabel: this.labels.collect,
      defaultDrawEdgeLabel: this.labels.collectEdge,
      // Sigma boxes the selected node's name on its hover layer, wherever that covers; the placer
      // boxes it where it fits instead, so sigma draws only the node's halo unless it is hovered.
      defaultDrawNodeHover: (context, data, settings) =>
        drawDiscNodeHover(context, data.highlighted && data.key !== this.hovered ? { ...data, label: null } : data, settings),
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: EDGE_LABEL_SIZE,
      edgeLabelColor: { color: EDGE_LABEL_COLOR },
      // The full tier offers the placer every label and lets it decide what fits; the light tier
      // keeps sigma's coarse grid, so a zoomed-in 5,000-node file offers a bounded number.
      ...FULL_TIER,
      // API nodes are at least 6px; imported ones are 4px, so a 5,000-node file draws no label until zoomed in.
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      stagePadding: STAGE_PADDING,
      // The graph's tab can be hidden (statistics view); sigma must not throw on a zero-size container.
      allowInvalidContainer: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('afterRender', () => this.placeLabels());
    this.sigma.on('enterNode', ({ node }) => (this.hovered = node));
    this.sigma.on('leaveNode', () => (this.hovered = null));
    this.sigma.on('clickNode', ({ node }) => handlers.onNodeClick(node));
    // Double-click expands the node; sigma would zoom in as well, which moves the node away.
    this.sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      handlers.onNodeDoubleClick(event.node);
    });
    this.sigma.on('clickEdge', ({ edge }) => handlers.onEdgeClick(edge));
    this.sigma.on('clickStage', () => handlers.onStageClick());
    this.enableDragging(handlers.onNodeDrop);
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'node-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    container.after(this.tooltip);
    this.sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      this.showTooltip(node);
    });
    this.sigma.on('leaveNode', () => {
      container.style.cursor = '';
      this.tooltip.hidden = true;
    });
    // The tooltip would stay where the node was.
    this.sigma.getCamera().on('updated', () => (this.tooltip.hidden = true));
  }

  get graph(): ExplorerGraph {
    return this.sigma.getGraph();
  }

  /** Moves the camera to show these nodes, with a margin (a path found is zoomed to). */
  zoomTo(nodes: readonly string[]): void {
    const points = nodes.map((node) => this.sigma.getNodeDisplayData(node)).filter((data) => data !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Camera coordinates are the framed graph's [0, 1] square; the ratio is the share of it shown.
    const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.4));
    void this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
  }

  zoomIn(): void {
    void this.sigma.getCamera().animatedZoom({ duration: 200 });
  }

  zoomOut(): void {
    void this.sigma.getCamera().animatedUnzoom({ duration: 200 });
  }

  /**
   * Shows another graph with a single render: forgets the selection and highlighted path, picks
   * the tier for its size and frames it before sigma draws it. (Each separate refresh of a large
   * graph is another full frame of GPU work the main thread ends up waiting for.) A large graph
   * whose layout is still to come is drawn without edges until frameAll: they would join random
   * start positions, a grey fog that costs as much to draw as the nodes.
   */
  show(graph: ExplorerGraph, { laidOut = true } = {}): void {
    this.selectedNode = this.selectedEdge = null;
    this.pathNodes = this.pathEdges = null;
    this.useTierFor(graph);
    this.edgesShown = laidOut || !this.light;
    this.frame(graph);
    if (this.sigma.getGraph() === graph) this.sigma.refresh();
    else this.sigma.setGraph(graph); // refreshes and renders
  }

  select(node: string | null, edge: string | null = null): void {
    this.selectedNode = node;
    this.selectedEdge = edge;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Highlights a path (dimming everything else), or clears it with null. */
  highlightPath(nodes: readonly string[] | null, edges: readonly string[] = []): void {
    this.pathNodes = nodes ? new Set(nodes) : null;
    this.pathEdges = nodes ? new Set(edges) : null;
    this.sigma.refresh({ skipIndexation: true });
  }

  filterDates(from: DayRange | null, to: DayRange | null): void {
    this.range = from || to ? { from, to } : null;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Hides entity and relation types (the legend's and the relation list's checkboxes). */
  filterTypes(hiddenEntityTypes: ReadonlySet<string>, hiddenRelationTypes: ReadonlySet<string>): void {
    this.hiddenEntityTypes = hiddenEntityTypes;
    this.hiddenRelationTypes = hiddenRelationTypes;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Hides the entities of these kinds (the kind list's checkboxes). */
  filterKinds(hiddenKinds: ReadonlySet<string>): void {
    this.hiddenKinds = hiddenKinds;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Hides these nodes as hubs, or none with an empty set; redraws only when the set changed. */
  hideHubs(nodes: ReadonlySet<string>): void {
    if (nodes.size === this.hiddenHubs.size && [...nodes].every((node) => this.hiddenHubs.has(node))) return;
    this.hiddenHubs = nodes;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Whether the date filter hides this node. */
  isHiddenByDate(node: string): boolean {
    if (!this.range || !this.graph.hasNode(node)) return false;
    const attributes = this.graph.getNodeAttributes(node);
    return attributes.entityType === 'Event' && !overlaps(attributes.startDate, attributes.endDate, this.range.from, this.range.to);
  }

  /** Whether this is an undated event while a date range is applied: shown, but faded (the range says nothing of it). */
  isUndatedUnderFilter(node: string): boolean {
    if (!this.range || !this.graph.hasNode(node)) return false;
    const attributes = this.graph.getNodeAttributes(node);
    return attributes.entityType === 'Event' && dayRange(attributes.startDate) === null;
  }

  /** Whether a filter (dates, entity types, kinds, hubs) hides this node. */
  isHidden(node: string): boolean {
    if (!this.graph.hasNode(node)) return false;
    const { entityType, kind } = this.graph.getNodeAttributes(node);
    return (
      this.hiddenEntityTypes.has(entityType) ||
      (kind != null && this.hiddenKinds.has(kind)) ||
      this.hiddenHubs.has(node) ||
      this.isHiddenByDate(node)
    );
  }

  /** Whether a filter hides this edge: its relation type, or either end. */
  isEdgeHidden(edge: string): boolean {
    if (!this.graph.hasEdge(edge)) return false;
    const [source, target] = this.graph.extremities(edge);
    return this.hiddenRelationTypes.has(this.graph.getEdgeAttribute(edge, 'relationType')) || this.isHidden(source) || this.isHidden(target);
  }

  /**
   * Frames the view on `node`: a box centred on it and just wide enough for every node, so the
   * chosen entity sits in the middle of the canvas with its neighbourhood around it.
   */
  centreOn(node: string): void {
    const graph = this.graph;
    if (!graph.hasNode(node)) return;
    const { x, y } = graph.getNodeAttributes(node);
    // Reaches per axis: a wide neighbourhood fills the width, a tall one the height.
    let [reachX, reachY] = [1e-6, 1e-6];
    graph.forEachNode((_n, a) => {
      reachX = Math.max(reachX, Math.abs(a.x - x));
      reachY = Math.max(reachY, Math.abs(a.y - y));
    });
    this.useTierFor(graph);
    this.setFrame(graph, { minX: x - reachX, maxX: x + reachX, minY: y - reachY, maxY: y + reachY }, { centred: true });
    this.sigma.refresh();
  }

  /**
   * Frames the whole graph (after it grew past the centred box), leaving room at the edges for
   * the outermost nodes' labels, which sigma's box of positions does not hold.
   */
  frameAll({ drawNow = true } = {}): void {
    this.edgesShown = true;
    this.useTierFor(this.graph);
    this.frame(this.graph);
    // Sigma reduces every node and edge at once either way; drawNow: false leaves the drawing to
    // its next frame, so after a large layout's write-back the two are separate tasks.
    if (drawNow) this.sigma.refresh();
    else this.sigma.scheduleRefresh();
  }

  /** The labels drawn in the last frame, with their boxes (for the browser test). */
  labelBoxes(): readonly LabelBox[] {
    return this.labels.placed();
  }

  /** Sets the box and camera for frameAll without rendering (sigma only schedules a frame). */
  private frame(graph: ExplorerGraph): void {
    if (graph.order === 0) return;
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((_n, a) => {
      [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    });
    this.setFrame(graph, { minX, maxX, minY, maxY });
  }

  /**
   * Frames `extent` with room for labels at the sides and for the buttons above; `centred` keeps
   * the extent's middle in the canvas's middle (equal margins on opposite sides).
   */
  private setFrame(graph: ExplorerGraph, extent: Extent, { centred = false } = {}): void {
    const { width, height } = this.sigma.getDimensions();
    if (width <= 0 || height <= 0) {
      // A hidden tab: frame the positions alone; the next show or centreOn frames it properly.
      this.sigma.setCustomBBox({ x: [extent.minX, extent.maxX], y: [extent.minY, extent.maxY] });
    } else {
      const [left, right] = this.labelRoom(graph, extent, width);
      const margins = centred
        ? { top: TOP_MARGIN, right: Math.max(left, right), bottom: TOP_MARGIN, left: Math.max(left, right) }
        : { top: TOP_MARGIN, right, bottom: BOTTOM_MARGIN, left };
      this.sigma.setCustomBBox(framingBox(extent, width, height, STAGE_PADDING, margins));
    }
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /**
   * Room for labels at the left and right edges: the widest label among the nodes in the outer
   * fifth of each side (labels are placed away from the centre first), at most a quarter of the
   * canvas. Light-tier graphs draw no labels at first, so they get none.
   */
  private labelRoom(graph: ExplorerGraph, extent: Extent, width: number): [number, number] {
    if (graph.order >= LARGE_GRAPH_ORDER || !this.measure) return [NODE_ROOM, NODE_ROOM];
    this.measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`;
    const band = (extent.maxX - extent.minX) / 5;
    let [left, right] = [0, 0];
    graph.forEachNode((_n, a) => {
      const outerLeft = a.x <= extent.minX + band;
      const outerRight = a.x >= extent.maxX - band;
      if (!outerLeft && !outerRight) return;
      const labelWidth = this.measure!.measureText(shorten(a.label)).width;
      if (outerLeft) left = Math.max(left, labelWidth);
      if (outerRight) right = Math.max(right, labelWidth);
    });
    const cap = width / 6;
    return [NODE_ROOM + Math.min(left, cap), NODE_ROOM + Math.min(right, cap)];
  }

  /** Lays out and draws the labels sigma collected in the frame just rendered. */
  private placeLabels(): void {
    const canvas = this.sigma.getCanvases()['labels'];
    const context = canvas?.getContext('2d');
    if (!context) return;
    const { width, height } = this.sigma.getDimensions();
    this.labels.place(
      context,
      width,
      height,
      { font: `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`, size: LABEL_SIZE, color: LABEL_COLOR },
      { font: `${EDGE_LABEL_SIZE}px ${LABEL_FONT}`, size: EDGE_LABEL_SIZE, color: EDGE_LABEL_COLOR },
    );
  }

  /** Switches tier when the graph crosses LARGE_GRAPH_ORDER (the next full refresh applies it). */
  private useTierFor(graph: ExplorerGraph): void {
    const light = graph.order >= LARGE_GRAPH_ORDER;
    if (light === this.light) return;
    this.light = light;
    this.sigma.setSettings(light ? LIGHT_TIER : FULL_TIER);
  }

  /**
   * Dragging a node moves it and pins it there (later layouts leave it alone), instead of panning
   * the view. The camera stays put while a node is held.
   */
  private enableDragging(onDrop: (node: string) => void): void {
    let dragged: string | null = null;
    let moved = false;
    const captor = this.sigma.getMouseCaptor();
    this.sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
      // Positions are normalised against the graph's box; without a fixed box a drag would rescale it.
      if (!this.sigma.getCustomBBox()) this.sigma.setCustomBBox(this.sigma.getBBox());
    });
    captor.on('mousemovebody', (event) => {
      if (dragged === null) return;
      const position = this.sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
      moved = true;
      this.tooltip.hidden = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      if (dragged !== null && moved) onDrop(dragged);
      dragged = null;
    });
  }

  private showTooltip(node: string): void {
    const attributes = this.graph.getNodeAttributes(node);
    const position = this.viewportPosition(node);
    if (!position) return;
    const dates = [attributes.startDate, attributes.endDate].filter(Boolean).join(' – ');
    const facts = [attributes.entityType, dates, attributes.fixed ? 'pinned where you dropped it' : ''].filter(Boolean).join(', ');
    this.tooltip.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: attributes.label }),
      Object.assign(document.createElement('span'), { textContent: facts }),
    );
    this.tooltip.style.left = `${Math.round(position.x + 12)}px`;
    this.tooltip.style.top = `${Math.round(position.y + 12)}px`;
    this.tooltip.hidden = false;
  }

  /** Where a node is drawn, in CSS pixels from the container's top-left corner. */
  viewportPosition(node: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(node)) return null;
    const { x, y } = this.graph.getNodeAttributes(node);
    return this.sigma.graphToViewport({ x, y });
  }

  /**
   * Relations between the same two entities are drawn on top of each other, so their labels
   * would overprint: the first carries all their types ("part of · triggered"), the rest none.
   */
  private sharedLabel(edge: string, source: string, target: string): string {
    const graph = this.graph;
    const label = graph.getEdgeAttribute(edge, 'label');
    const siblings = [...graph.edges(source, target), ...(source === target ? [] : graph.edges(target, source))];
    if (siblings.length < 2) return label;
    return siblings[0] === edge ? [...new Set(siblings.map((e) => graph.getEdgeAttribute(e, 'label')))].join(' · ') : '';
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeAttributes> & Record<string, unknown> {
    const out: Partial<NodeAttributes> & Record<string, unknown> = { ...data, label: shorten(data.label) };
    if (this.isHidden(node)) out['hidden'] = true;
    if (this.isUndatedUnderFilter(node)) out.color = faded(data.color);
    // A dragged node says so: the layout leaves it where it was dropped until it is unpinned.
    if (data.fixed) out.label = `${out.label} (pinned)`;
    if (this.pathNodes) {
      if (this.pathNodes.has(node)) Object.assign(out, { forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: DIM_COLOR, label: '', zIndex: 0 });
    }
    if (node === this.selectedNode) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeAttributes> & Record<string, unknown> {
    const out: Partial<EdgeAttributes> & Record<string, unknown> = { ...data };
    const [source, target] = this.graph.extremities(edge);
    if (!this.edgesShown || this.isEdgeHidden(edge)) out['hidden'] = true;
    if (this.light) out.type = 'light';
    // Edge labels are not drawn in the light tier: skip the per-edge sibling lookup.
    out.label = this.light ? '' : this.sharedLabel(edge, source, target);
    if (this.pathEdges) {
      if (this.pathEdges.has(edge)) Object.assign(out, { label: data.label, color: HIGHLIGHT_EDGE_COLOR, size: 3, forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: DIM_COLOR, label: '', zIndex: 0 });
    }
    if (edge === this.selectedEdge) Object.assign(out, { label: data.label, color: SELECTED_EDGE_COLOR, size: 2.5, forceLabel: true, zIndex: 3 });
    return out;
  }
}
