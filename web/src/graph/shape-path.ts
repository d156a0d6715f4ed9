/**
 * The node shapes as 2D canvas paths, the same outlines shape-program.ts cuts in its shader, for
 * drawings made outside WebGL (the PNG export's legend).
 */
import type { Shape } from './shape-program';

/** Adds `shape` around (x, y) to the context's path; r is the node's radius, as in the shader. */
export function traceShape(context: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number): void {
  const polygon = (points: readonly (readonly [number, number])[]) => {
    points.forEach(([px, py], i) => (i === 0 ? context.moveTo(x + px, y + py) : context.lineTo(x + px, y + py)));
    context.closePath();
  };
  switch (shape) {
    case 'square': {
      const half = r * 0.86;
      polygon([[-half, -half], [half, -half], [half, half], [-half, half]]);
      return;
    }
    case 'diamond': {
      const tip = r * 1.3;
      polygon([[0, -tip], [tip, 0], [0, tip], [-tip, 0]]);
      return;
    }
    case 'triangle': {
      // Inscribed circle 0.62r, point up (canvas y grows downwards).
      const inner = r * 0.62;
      polygon([[0, -2 * inner], [inner * Math.sqrt(3), inner], [-inner * Math.sqrt(3), inner]]);
      return;
    }
    case 'hexagon': {
      // Flat top and bottom 0.92r from the centre, corners left and right.
      const flat = r * 0.92;
      const side = flat / Math.sqrt(3);
      polygon([[-2 * side, 0], [-side, -flat], [side, -flat], [2 * side, 0], [side, flat], [-side, flat]]);
      return;
    }
    default:
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
  }
}
