/**
 * The shortest paths between two entities in canonical order (see port.ts), ignoring direction
 * and stepping around avoided entities.
 *
 * A breadth-first search from each end, one whole layer at a time on the side with the smaller
 * frontier, finds the length L where the two balls meet. Their layers then mark every entity that
 * lies on some shortest path, and a depth-first walk from the start that always tries the smallest
 * id first lists the paths in canonical order. Every step of that walk stays on a shortest path,
 * so it never backtracks out of a dead end: the first `limit` paths cost about limit x L steps,
 * however many shortest paths a hub pair has.
 */
import type { Path, PathsOptions } from '../port';
import { entityOf, relationOf, type EntityGraph } from './entity-graph';
import type { RelationView } from './relation-views';

/** One side of the search: exact distances from its end, up to `layers.length - 1`. */
interface Ball {
  readonly distance: Map<string, number>;
  readonly layers: string[][];
}

export function shortestPathsBetween(graph: EntityGraph, view: RelationView, fromId: string, toId: string, options: PathsOptions): Path[] {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId) || options.limit < 1) return [];
  if (fromId === toId) return [{ nodes: [entityOf(graph, fromId)!], edges: [] }];
  const avoided = new Set(options.avoid ?? []);
  avoided.delete(fromId);
  avoided.delete(toId);
  const passable = (id: string) => !avoided.has(id);
  const start = ball(fromId);
  const end = ball(toId);
  const length = meet(view, start, end, passable, Math.floor(options.maxLength));
  if (length === null) return [];
  return canonicalSequences(view, fromId, start, end, length, options.limit).map((nodeIds) => ({
    nodes: nodeIds.map((id) => entityOf(graph, id)!),
    edges: nodeIds.slice(1).map((to, i) => relationOf(graph, smallest(view.edges(nodeIds[i]!, to)))!),
  }));
}

function ball(id: string): Ball {
  return { distance: new Map([[id, 0]]), layers: [[id]] };
}

/**
 * Grows the balls until they touch, and returns the length of a shortest path, or null when none
 * is at most maxLength long. While they have not touched, every path is longer than the sum of
 * their radii, so the least sum found while adding one layer is the length of a shortest path.
 */
function meet(view: RelationView, start: Ball, end: Ball, passable: (id: string) => boolean, maxLength: number): number | null {
  for (;;) {
    const [near, far] = start.layers.at(-1)!.length <= end.layers.at(-1)!.length ? [start, end] : [end, start];
    // A side with nothing left to visit has walked its whole component without meeting the other.
    if (near.layers.at(-1)!.length === 0) return null;
    // Any path found from here on is longer than the two radii together.
    if (start.layers.length - 1 + end.layers.length - 1 >= maxLength) return null;
    const radius = near.layers.length - 1;
    let least = Infinity;
    const layer: string[] = [];
    for (const id of near.layers.at(-1)!) {
      view.forEachNeighbor(id, (neighbor) => {
        if (!passable(neighbor)) return;
        const across = far.distance.get(neighbor);
        if (across !== undefined) least = Math.min(least, radius + 1 + across);
        if (near.distance.has(neighbor)) return;
        near.distance.set(neighbor, radius + 1);
        layer.push(neighbor);
      });
    }
    near.layers.push(layer);
    if (least !== Infinity) return least;
  }
}

/** The entity sequences of the first `limit` shortest paths, in canonical order. */
function canonicalSequences(view: RelationView, fromId: string, start: Ball, end: Ball, length: number, limit: number): string[][] {
  const half = start.layers.length - 1;
  // onPath[k]: entities k steps from the start that lie on some shortest path, for k <= half.
  // Farther on, end.distance alone says so for a neighbour of an entity already on one.
  const onPath: Set<string>[] = [];
  onPath[half] = new Set(start.layers[half]!.filter((id) => end.distance.get(id) === length - half));
  for (let k = half - 1; k >= 0; k--) {
    const next = onPath[k + 1]!;
    onPath[k] = new Set(start.layers[k]!.filter((id) => view.someNeighbor(id, (neighbor) => next.has(neighbor))));
  }
  const stays = (step: number) => (step <= half ? (id: string) => onPath[step]!.has(id) : (id: string) => end.distance.get(id) === length - step);
  const found: string[][] = [];
  const walk = [fromId];
  const extend = (step: number): void => {
    if (step > length) {
      found.push([...walk]);
      return;
    }
    for (const id of view.filterNeighbors(walk[step - 1]!, stays(step)).sort()) {
      walk.push(id);
      extend(step + 1);
      walk.pop();
      if (found.length >= limit) return;
    }
  };
  extend(1);
  return found;
}

function smallest(ids: readonly string[]): string {
  return ids.reduce((least, id) => (id < least ? id : least));
}
