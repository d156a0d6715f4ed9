/**
 * The box sigma frames a graph with, chosen so that the nodes fill the canvas while leaving room
 * at its edges for what sigma's own box leaves out: labels beside the outermost nodes and the
 * buttons laid over the canvas.
 */

export interface Extent {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** Room to keep free at each edge of the canvas, in CSS pixels. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/**
 * A box with the canvas's proportions in which `extent` sits inside the margins. Sigma maps the
 * box onto the canvas (less its stage padding), so graph units per pixel are the same both ways;
 * graph y grows upwards. Margins that would leave less than a third of the canvas are shrunk.
 */
export function framingBox(extent: Extent, width: number, height: number, padding: number, margins: Margins): BBox {
  const [innerWidth, innerHeight] = [Math.max(width - 2 * padding, 1), Math.max(height - 2 * padding, 1)];
  const squeezeX = Math.min(1, (innerWidth * 2) / 3 / Math.max(margins.left + margins.right, 1));
  const squeezeY = Math.min(1, (innerHeight * 2) / 3 / Math.max(margins.top + margins.bottom, 1));
  const [left, right] = [margins.left * squeezeX, margins.right * squeezeX];
  const [top, bottom] = [margins.top * squeezeY, margins.bottom * squeezeY];
  const graphWidth = Math.max(extent.maxX - extent.minX, 1e-6);
  const graphHeight = Math.max(extent.maxY - extent.minY, 1e-6);
  // Pixels per graph unit: the tighter of the two directions.
  const scale = Math.min((innerWidth - left - right) / graphWidth, (innerHeight - top - bottom) / graphHeight);
  const centreX = (extent.minX + extent.maxX) / 2;
  const centreY = (extent.minY + extent.maxY) / 2;
  const x0 = centreX - (left + (innerWidth - left - right) / 2) / scale;
  const y1 = centreY + (top + (innerHeight - top - bottom) / 2) / scale;
  return { x: [x0, x0 + innerWidth / scale], y: [y1 - innerHeight / scale, y1] };
}
