/**
 * Node labels placed so that none overprints another, covers a node or runs off the canvas.
 * Sigma draws each label it picks to the right of its node; here it only hands them over
 * (`collect`), and `place` lays them out after the frame in order of importance.
 */

/** A drawn label's box, in CSS pixels from the canvas's top-left corner. */
export interface LabelBox {
  readonly node: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Request {
  readonly node: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly forced: boolean;
  /** Sigma draws a highlighted node's label itself (on its hover layer), to the right. */
  readonly highlighted: boolean;
}

interface EdgeRequest {
  readonly label: string;
  readonly size: number;
  readonly forced: boolean;
  readonly source: { readonly x: number; readonly y: number; readonly size: number };
  readonly target: { readonly x: number; readonly y: number; readonly size: number };
}

export interface LabelStyle {
  readonly font: string;
  readonly size: number;
  readonly color: string;
}

interface EndData {
  x: number;
  y: number;
  size: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Beyond this many labels a frame places the most important only: the pass stays bounded. */
const MAX_REQUESTS = 400;
/** The biggest nodes' labels may cover the rims of smaller nodes when nothing else is free... */
const HUB_LABELS = 8;
/** ...and the very biggest (after forced ones) may cover whole nodes rather than go unnamed. */
const TOP_HUBS = 4;
/** A name that fits nowhere whole is tried again this short (the tooltip has it in full). */
const SHORT_LABEL = 16;
const GAP = 3;
/** Half the side of the square around a node's middle that no label may cover. */
const CORE = 3;
/** Room around the selected node's name inside its box. */
const BOX_PADDING = 3;
const CELL = 64;

const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const shortened = (label: string): string => (label.length > SHORT_LABEL ? `${label.slice(0, SHORT_LABEL - 1).trimEnd()}…` : label);

/** Rectangles bucketed by grid cell, so a frame's collision tests stay near linear. */
class RectIndex {
  private readonly cells = new Map<number, Rect[]>();

  add(rect: Rect): void {
    this.forCells(rect, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
      return false;
    });
  }

  hits(rect: Rect, ignore?: Rect): boolean {
    return this.forCells(rect, (key) => (this.cells.get(key) ?? []).some((other) => other !== ignore && overlap(rect, other)));
  }

  private forCells(rect: Rect, visit: (key: number) => boolean): boolean {
    const [x0, x1] = [Math.floor(rect.x / CELL), Math.floor((rect.x + rect.width) / CELL)];
    const [y0, y1] = [Math.floor(rect.y / CELL), Math.floor((rect.y + rect.height) / CELL)];
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) if (visit(cy * 4096 + cx)) return true;
    return false;
  }
}

export class LabelPlacer {
  private requests: Request[] = [];
  private edgeRequests: EdgeRequest[] = [];
  private boxes: LabelBox[] = [];
  private edgeLabelCount = 0;

  /** Sigma's drawEdgeLabel: keeps the relation's label for `place`, drawn where no node label is. */
  readonly collectEdge = (
    _context: CanvasRenderingContext2D,
    data: { label?: string | null; size: number; forceLabel?: boolean },
    source: EndData,
    target: EndData,
  ): void => {
    if (data.label) this.edgeRequests.push({ label: data.label, size: data.size, forced: Boolean(data.forceLabel), source: { ...source }, target: { ...target } });
  };

  /** How many relation labels the last frame drew. */
  placedEdgeLabels(): number {
    return this.edgeLabelCount;
  }

  /** Sigma's drawLabel: keeps the label for `place` instead of drawing it. */
  readonly collect = (_context: CanvasRenderingContext2D, data: { key?: string; label?: string | null; x: number; y: number; size: number; forceLabel?: boolean; highlighted?: boolean }): void => {
    // Sigma passes the node's key with its display data when it draws labels.
    if (data.label && data.key !== undefined) this.requests.push({ node: data.key, label: data.label, x: data.x, y: data.y, size: data.size, forced: Boolean(data.forceLabel || data.highlighted), highlighted: Boolean(data.highlighted) });
  };

  /** The labels drawn in the last frame. */
  placed(): readonly LabelBox[] {
    return this.boxes;
  }

  /**
   * Draws the labels collected in this frame: forced ones (the selection, a path) first, then by
   * node size (bigger nodes are the better connected). Each takes the first free spot around its
   * node, trying the side away from the canvas's centre first; a name that fits nowhere is tried
   * shortened, then left out (forced ones are drawn on the right regardless).
   */
  place(context: CanvasRenderingContext2D, width: number, height: number, style: LabelStyle, edgeStyle: LabelStyle): void {
    const requests = this.requests
      .sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.node < b.node ? -1 : 1))
      .slice(0, MAX_REQUESTS);
    const edgeRequests = this.edgeRequests.sort((a, b) => Number(b.forced) - Number(a.forced)).slice(0, MAX_REQUESTS);
    this.requests = [];
    this.edgeRequests = [];
    this.boxes = [];
    this.edgeLabelCount = 0;
    if (width <= 0 || height <= 0) return;
    context.font = style.font;
    context.fillStyle = style.color;
    context.textBaseline = 'middle';
    // Labels avoid whole nodes and each other. The biggest nodes get a second chance that only
    // keeps clear of labels and of the other nodes' middles, and the very biggest a third that
    // keeps clear of labels alone: a hub unnamed is worse than a small node under a name.
    const taken = new RectIndex();
    const texts = new RectIndex();
    const cores = new RectIndex();
    const nodes = requests.map((r) => ({ x: r.x - r.size, y: r.y - r.size, width: 2 * r.size, height: 2 * r.size }));
    nodes.forEach((rect) => taken.add(rect));
    requests.forEach((r) => cores.add({ x: r.x - CORE, y: r.y - CORE, width: 2 * CORE, height: 2 * CORE }));
    const lineHeight = Math.ceil(style.size * 1.25);
    const onCanvas = (rect: Rect) => rect.x >= 1 && rect.y >= 1 && rect.x + rect.width <= width - 1 && rect.y + rect.height <= height - 1;
    const clear = (rect: Rect, own: Rect) => !taken.hits(rect, own);
    // (A spot beside a node never covers its own middle, so `own` needs no exception here.)
    const clearOfMiddles = (rect: Rect) => !texts.hits(rect) && !cores.hits(rect);
    // A white halo keeps a label legible where it crosses relation lines.
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.lineWidth = 3;
    context.lineJoin = 'round';
    requests.forEach((request, i) => {
      const own = nodes[i]!;
      const whole = request.label.replace(/\s+…$/, '…');
      const variants = whole === shortened(whole) ? [whole] : [whole, shortened(whole)];
      const tries = variants.map((text) => ({ text, free: clear }));
      if (i < HUB_LABELS || request.forced) tries.push(...variants.map((text) => ({ text, free: clearOfMiddles })));
      if (i < TOP_HUBS) tries.push(...variants.map((text) => ({ text, free: (rect: Rect) => !texts.hits(rect) })));
      // The selected node's name goes in a box (as sigma draws a hovered node's), so it needs room for one.
      const pad = request.highlighted ? BOX_PADDING : 0;
      for (const [attempt, { text, free }] of tries.entries()) {
        const textWidth = Math.ceil(context.measureText(text).width) + 2 * pad;
        const spot = this.candidates(request, textWidth, lineHeight + 2 * pad, width / 2, height / 2).find((rect) => onCanvas(rect) && free(rect, own));
        if (!spot && !(request.forced && attempt === tries.length - 1)) continue;
        const rect = spot ?? this.candidates(request, textWidth, lineHeight + 2 * pad, -Infinity, 0)[0]!;
        taken.add(rect);
        texts.add(rect);
        this.boxes.push({ node: request.node, text, ...rect });
        if (request.highlighted) {
          context.save();
          context.fillStyle = '#ffffff';
          context.strokeStyle = '#6b7280';
          context.lineWidth = 1;
          context.fillRect(rect.x, rect.y, rect.width, rect.height);
          context.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
          context.restore();
        } else {
          context.strokeText(text, rect.x, rect.y + rect.height / 2);
        }
        context.fillText(text, rect.x + pad, rect.y + rect.height / 2);
        return;
      }
    });
    context.font = edgeStyle.font;
    context.fillStyle = edgeStyle.color;
    context.textAlign = 'center';
    for (const request of edgeRequests) if (this.placeEdgeLabel(context, request, edgeStyle, taken, width, height)) this.edgeLabelCount++;
    context.textAlign = 'start';
  }

  /**
   * A relation's label along the middle of its line, upright, shortened to the line's length,
   * and drawn only where it covers no node, node label or other relation label (forced ones, the
   * selection and a path's steps, always). Its footprint is a row of squares along the text.
   */
  private placeEdgeLabel(context: CanvasRenderingContext2D, { label, size, forced, source, target }: EdgeRequest, style: LabelStyle, taken: RectIndex, width: number, height: number): boolean {
    const [dx, dy] = [target.x - source.x, target.y - source.y];
    const distance = Math.hypot(dx, dy);
    const length = distance - source.size - target.size - 4;
    if (length < 24) return false;
    let text = label;
    let textWidth = context.measureText(text).width;
    while (textWidth > length && text.length > 4) {
      text = `${text.slice(0, -2)}…`;
      textWidth = context.measureText(text).width;
    }
    if (textWidth > length) return false;
    let angle = Math.atan2(dy, dx);
    if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
    const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
    // Half a line off the relation's own line, so the text does not sit on it.
    const offset = size / 2 + style.size * 0.65;
    // The middle of the visible line, between the two nodes' edges.
    const shift = (source.size - target.size) / 2 / distance;
    const middleX = (source.x + target.x) / 2 + dx * shift - uy * offset;
    const middleY = (source.y + target.y) / 2 + dy * shift + ux * offset;
    const side = style.size;
    const footprint: Rect[] = [];
    for (let along = -textWidth / 2 + side / 2; along <= textWidth / 2; along += side * 0.8) {
      footprint.push({ x: middleX + ux * along - side / 2, y: middleY + uy * along - side / 2, width: side, height: side });
    }
    const inside = footprint.every((r) => r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height);
    if (!forced && (!inside || footprint.some((r) => taken.hits(r)))) return false;
    footprint.forEach((r) => taken.add(r));
    context.save();
    context.translate(middleX, middleY);
    context.rotate(angle);
    context.fillText(text, 0, 0);
    context.restore();
    return true;
  }

  /** Spots around a node for a label of this size, best first. */
  private candidates({ x, y, size }: Request, textWidth: number, lineHeight: number, centreX: number, centreY: number): Rect[] {
    const right = { x: x + size + GAP, y: y - lineHeight / 2, width: textWidth, height: lineHeight };
    const left = { x: x - size - GAP - textWidth, y: y - lineHeight / 2, width: textWidth, height: lineHeight };
    const below = { x: x - textWidth / 2, y: y + size + 1, width: textWidth, height: lineHeight };
    const above = { x: x - textWidth / 2, y: y - size - 1 - lineHeight, width: textWidth, height: lineHeight };
    const diagonal = size * 0.7;
    const rightAbove = { x: x + diagonal + GAP, y: y - diagonal - lineHeight, width: textWidth, height: lineHeight };
    const rightBelow = { x: x + diagonal + GAP, y: y + diagonal, width: textWidth, height: lineHeight };
    const leftAbove = { ...rightAbove, x: x - diagonal - GAP - textWidth };
    const leftBelow = { ...rightBelow, x: x - diagonal - GAP - textWidth };
    const vertical = y < centreY ? [above, below] : [below, above];
    return x >= centreX
      ? [right, left, ...vertical, rightAbove, rightBelow, leftAbove, leftBelow]
      : [left, right, ...vertical, leftAbove, leftBelow, rightAbove, rightBelow];
  }
}
