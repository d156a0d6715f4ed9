/**
 * Keys for the focused graph canvas: arrows move the view, + and − zoom, 0 fits the whole graph,
 * Enter expands the selected node. Nodes themselves are reached through the lists beside the
 * canvas (panels/in-view-lists.ts); this makes the picture itself usable without a mouse.
 */
import type { Camera } from 'sigma';

export interface CanvasKeyActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  expandSelected(): void;
}

/** The share of the visible width an arrow key moves the view by. */
const PAN_STEP = 0.1;

export function enableCanvasKeys(container: HTMLElement, camera: Camera, actions: CanvasKeyActions): void {
  container.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { x, y, ratio } = camera.getState();
    const pan: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const direction = pan[event.key];
    if (direction) void camera.animate({ x: x + direction[0] * PAN_STEP * ratio, y: y + direction[1] * PAN_STEP * ratio }, { duration: 120 });
    else if (event.key === '+' || event.key === '=') actions.zoomIn();
    else if (event.key === '-') actions.zoomOut();
    else if (event.key === '0') actions.fit();
    else if (event.key === 'Enter') actions.expandSelected();
    else return;
    event.preventDefault();
  });
}
