/**
 * The explorer's controller: owns the graph and its view, and turns what the panels ask for
 * (centre on an entity, expand a node, show a path, filter dates, import a file) into API calls,
 * graph merges and view changes. Panels never touch sigma or the graph directly.
 */
import type { ApiClient } from './api/client';
import type { Path, Subgraph } from './api/types';
import { byId } from './dom';
import { collapsibleNodes } from './graph/collapse';
import { layout, seedPositions } from './graph/layout';
import { addRelation, createGraph, type ExplorerGraph, mergeSubgraph } from './graph/model';
import { GraphView } from './graph/view';
import type { DetailsPanel } from './panels/details';
import type { StatusLine } from './status';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from './graph/model';

/** The API's largest neighbourhood (MAX_NEIGHBORHOOD_NODES default). */
const API_MAX_NODES = 200;
/** Fewer FA2 iterations when growing an already laid-out graph: it only needs to settle. */
const EXPAND_ITERATIONS = 60;

/** Resolves in a task after the next frame, i.e. once what was just drawn has been composited. */
const afterNextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface ExplorerOptions {
  readonly api: ApiClient;
  readonly status: StatusLine;
  readonly container: HTMLElement;
  /** The details panel is created after the explorer (it calls back into it). */
  details(): DetailsPanel;
  /** Called after every change of the drawn graph (for the hidden-event count, empty state). */
  onGraphChange(): void;
  /** Called when the view is centred on an entity, at a depth (to keep the address in step). */
  onCentre?(id: string, depth: number): void;
}

type Snapshot = SerializedGraph<NodeAttributes, EdgeAttributes>;

/** How many earlier views Undo can return to. */
const HISTORY_LIMIT = 30;

export class Explorer {
  readonly view: GraphView;
  centre: string | null = null;
  /** The depth the centre's neighbourhood was loaded at: what is shown, whatever the control says meanwhile. */
  shownDepth = 1;
  /** Where the drawn graph came from: imported nodes are not API entities, so they are not expanded. */
  origin: 'api' | 'file' = 'api';
  selected: { node?: string; edge?: string } = {};
  /** Views before and after the changes made within one centre (expand, hide, path), for undo and redo. */
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];
  private notes: string[] = [];
  /** Imports under way: from the file's graph arriving until its laid-out positions are drawn. */
  private pendingImports = 0;

  constructor(private readonly options: ExplorerOptions) {
    this.view = new GraphView(options.container, createGraph(), {
      onNodeClick: (node) => this.select(node),
      onNodeDoubleClick: (node) => void this.expandSelected(node),
      onEdgeClick: (edge) => this.openRelation(edge),
      onStageClick: () => this.select(null),
      // A node just dropped is the one to unpin, if the reader wants to.
      onNodeDrop: (node) => (this.selected.node === node ? this.options.onGraphChange() : this.select(node)),
    });
  }

  get graph(): ExplorerGraph {
    return this.view.graph;
  }

  get importing(): boolean {
    return this.pendingImports > 0;
  }

  /** The most nodes the view may hold (the "max nodes" control). */
  get cap(): number {
    const value = Number(byId<HTMLInputElement>('max-nodes').value);
    return Number.isFinite(value) && value >= 5 ? Math.floor(value) : 150;
  }

  get depth(): number {
    return Number(byId<HTMLSelectElement>('depth').value) || 1;
  }

  /** Replaces the view with `id`'s neighbourhood, centred on it. `answer` lets the caller prefetch. */
  async centreOn(id: string, answer?: Promise<Subgraph | null>): Promise<boolean> {
    const { status } = this.options;
    const depth = this.depth;
    let subgraph: Subgraph | null;
    try {
      subgraph = await (answer ?? this.options.api.neighborhood(id, depth, Math.min(this.cap, API_MAX_NODES)));
    } catch (error) {
      status.fail('Loading the neighbourhood', error, () => void this.centreOn(id));
      return false;
    }
    status.clearError();
    if (!subgraph) {
      this.setNotes([`Nothing found for “${id}”.`]);
      return false;
    }
    if (this.origin === 'file') this.view.show(createGraph());
    this.origin = 'api';
    const graph = this.graph;
    this.undoStack = [];
    this.redoStack = [];
    graph.clear();
    this.view.highlightPath(null);
    const merged = mergeSubgraph(graph, subgraph.nodes, subgraph.edges, this.cap);
    await layout(graph);
    this.centre = id;
    this.shownDepth = depth;
    this.view.centreOn(id);
    this.options.onCentre?.(id, depth);
    this.setNotes(this.limitNotes(subgraph, merged.skipped, id));
    this.select(id);
    return true;
  }

  /** Merges a node's neighbours into the view, within the cap. */
  async expand(node: string): Promise<void> {
    const room = this.cap - this.graph.order;
    if (room <= 0) {
      this.setNotes([`The view is full (${this.cap} nodes). Raise “Max nodes” or search for a new centre.`]);
      return;
    }
    let subgraph: Subgraph | null;
    try {
      subgraph = await this.options.api.neighborhood(node, 1, Math.min(room + 1, API_MAX_NODES));
    } catch (error) {
      this.options.status.fail('Expanding the node', error, () => void this.expand(node));
      return;
    }
    this.options.status.clearError();
    if (!subgraph || !this.graph.hasNode(node)) return;
    this.remember();
    const merged = mergeSubgraph(this.graph, subgraph.nodes, subgraph.edges, room, node);
    for (const added of merged.addedNodes) this.graph.setNodeAttribute(added, 'expandedFrom', node);
    if (merged.addedNodes.length > 0) {
      await layout(this.graph, EXPAND_ITERATIONS);
      this.view.frameAll();
    }
    this.setNotes(this.limitNotes(subgraph, merged.skipped, node));
  }

  /** Adds a path's entities and relations (whatever the cap: a path is short) and highlights it. */
  async showPath(path: Path): Promise<void> {
    this.remember();
    // A relation opened before would be drawn over the path as if it were a step of it: its
    // highlight goes, and so does anything the details panel shows that the path does not hold
    // (the selected node, still highlighted, stays): the panel then names the path.
    if (this.selected.edge) {
      this.selected = this.selected.node ? { node: this.selected.node } : {};
      this.view.select(this.selected.node ?? null);
    }
    const details = this.options.details();
    const showing = details.current();
    const onPath = showing !== null && (path.nodes.some((node) => node.id === showing) || path.edges.some((edge) => edge.id === showing));
    if (!onPath && (showing === null || showing !== this.selected.node)) details.showPath(path);
    const merged = mergeSubgraph(this.graph, path.nodes, path.edges, Number.POSITIVE_INFINITY, this.centre ?? undefined);
    for (const edge of path.edges) addRelation(this.graph, edge);
    if (merged.addedNodes.length > 0) {
      await layout(this.graph, EXPAND_ITERATIONS);
      this.view.frameAll();
    }
    this.view.highlightPath(
      path.nodes.map((node) => node.id),
      path.edges.map((edge) => edge.id),
    );
    this.view.zoomTo(path.nodes.map((node) => node.id));
    this.options.onGraphChange();
  }

  /** Shows an imported graph instead of the API's (see panels/import-file.ts). */
  async replaceGraph(graph: ExplorerGraph): Promise<void> {
    this.pendingImports++;
    try {
      // The caller has just parsed the file: let that task end before the first draw starts another.
      await afterNextPaint();
      seedPositions(graph); // sigma needs positions to draw and frame the file while FA2 runs
      this.origin = 'file';
      this.centre = null;
      this.selected = {};
      // One render for the new graph, selection cleared and framed (view.show): with thousands of
      // nodes every extra refresh is another full frame the main thread waits for.
      this.view.show(graph, { laidOut: false });
      this.options.details().clear();
      this.setNotes([`Showing an imported graph of ${graph.order} nodes and ${graph.size} edges.`]);
      // Starting the layout copies the graph and spawns a worker: a task of its own, after the draw.
      await afterNextPaint();
      await layout(graph);
      if (this.graph !== graph) return; // another file or a search replaced it meanwhile
      this.view.frameAll({ drawNow: false });
      this.options.onGraphChange();
      await afterNextPaint(); // "importing" lasts until the laid-out graph is on screen
    } finally {
      this.pendingImports--;
    }
  }

  select(node: string | null, edge: string | null = null): void {
    this.selected = { ...(node ? { node } : {}), ...(edge ? { edge } : {}) };
    this.view.select(node, edge);
    const details = this.options.details();
    if (node) {
      const local = this.graph.hasNode(node) ? this.graph.getNodeAttributes(node) : undefined;
      void details.showEntity(node, local, this.origin === 'file');
    } else if (!edge) details.clear();
    this.options.onGraphChange();
  }

  openRelation(edge: string): void {
    this.selected = { edge };
    this.view.select(null, this.graph.hasEdge(edge) ? edge : null);
    void this.options.details().showRelation(edge);
  }

  /** Takes a node and its relations out of the view (Undo brings them back). */
  hide(node: string | null = this.selected.node ?? null): void {
    if (node === null || !this.graph.hasNode(node)) return;
    this.remember();
    this.graph.dropNode(node);
    if (this.selected.node === node) this.select(null);
    this.options.onGraphChange();
  }

  /** Takes back what expanding a node brought in (see graph/collapse.ts); Undo brings it back. */
  collapse(node: string | null = this.selected.node ?? null): void {
    if (node === null || !this.graph.hasNode(node)) return;
    const gone = collapsibleNodes(this.graph, node, this.centre);
    const name = this.graph.getNodeAttribute(node, 'label');
    if (gone.length === 0) {
      this.setNotes([`Nothing to collapse: no node in view was brought in only by expanding ${name}.`]);
      return;
    }
    this.remember();
    for (const other of gone) this.graph.dropNode(other);
    if (this.selected.node && !this.graph.hasNode(this.selected.node)) this.select(null);
    this.view.frameAll();
    this.setNotes([]);
  }

  /** Lets the layout move a node dragged into place again (it stays where it is until the next layout). */
  unpin(node: string | null = this.selected.node ?? null): void {
    if (node === null || !this.graph.hasNode(node)) return;
    this.graph.removeNodeAttribute(node, 'fixed');
    this.options.onGraphChange();
  }

  /**
   * The view as a fresh load of this graph would draw it: nothing pinned, the layout run again
   * from its usual start, the camera around the centre (or the whole graph). Undo goes back.
   */
  async resetLayout(): Promise<void> {
    if (this.graph.order === 0) return;
    this.remember();
    this.graph.updateEachNodeAttributes((_node, attributes) => {
      const { fixed: _fixed, ...rest } = attributes;
      return { ...rest, x: NaN, y: NaN };
    });
    await layout(this.graph);
    if (this.centre !== null && this.graph.hasNode(this.centre)) this.view.centreOn(this.centre);
    else this.view.frameAll();
    this.options.onGraphChange();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): void {
    const previous = this.undoStack.pop();
    if (!previous) return;
    this.redoStack.push(this.graph.export());
    this.restore(previous);
  }

  redo(): void {
    const next = this.redoStack.pop();
    if (!next) return;
    this.undoStack.push(this.graph.export());
    this.restore(next);
  }

  /** Keeps the view as it is before a change; a new change forgets what was undone. */
  private remember(): void {
    this.undoStack.push(this.graph.export());
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  private restore(snapshot: Snapshot): void {
    const graph = this.graph;
    graph.clear();
    graph.import(snapshot);
    if (this.selected.node && !graph.hasNode(this.selected.node)) this.select(null);
    this.view.frameAll();
    this.options.onGraphChange();
  }

  /**
   * Selects a node and adds its neighbours (double-click, or the Expand button for the selected
   * node). A click only selects, so looking at a node does not grow the graph.
   */
  async expandSelected(node: string | null = this.selected.node ?? null): Promise<void> {
    if (node === null || !this.graph.hasNode(node)) return;
    this.select(node);
    if (this.origin === 'api') await this.expand(node);
  }

  private limitNotes(subgraph: Subgraph, skipped: number, around: string): string[] {
    const name = this.graph.hasNode(around) ? this.graph.getNodeAttribute(around, 'label') : around;
    const notes: string[] = [];
    if (subgraph.truncated) notes.push(`The API truncated the neighbourhood of ${name}: more entities lie within reach than it returned.`);
    if (skipped > 0) notes.push(`Max nodes reached: ${skipped} more ${skipped === 1 ? 'entity was' : 'entities were'} left out of the view.`);
    return notes;
  }

  private setNotes(notes: string[]): void {
    this.notes = notes;
    this.options.status.notes(notes);
    this.options.onGraphChange();
  }

  currentNotes(): readonly string[] {
    return this.notes;
  }
}
