/**
 * The canonical shortest path, ignoring direction: of all shortest paths, the one whose entity ids,
 * read in order, come first (compared id by id), and between two consecutive entities the relation
 * with the smallest id. Every store answers with this path, so the same question gets the same
 * answer after a reload and on either store.
 *
 * graphology-shortest-path's bidirectional BFS finds the length L. Then two breadth-first balls,
 * of radius ceil(L/2) around the start and floor(L/2) around the end, hold every entity of every
 * shortest path; the walk from the start takes the smallest id that stays on one.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Path, PathOptions } from '../port';
import { entityOf, relationOf, type EntityGraph } from './entity-graph';
import type { RelationView } from './relation-views';

export function shortestPathBetween(graph: EntityGraph, view: RelationView, fromId: string, toId: string, options: PathOptions): Path | null {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId)) return null;
  // The library takes no length bound, so the bound is applied to the path it finds.
  const found = bidirectional(view, fromId, toId);
  if (found === null || found.length - 1 > options.maxLength) return null;
  const nodeIds = canonicalNodes(view, fromId, toId, found.length - 1);
  const edges = nodeIds.slice(1).map((to, i) => relationOf(graph, smallest(view.edges(nodeIds[i]!, to)))!);
  return { nodes: nodeIds.map((id) => entityOf(graph, id)!), edges };
}

function canonicalNodes(view: RelationView, fromId: string, toId: string, length: number): string[] {
  if (length === 0) return [fromId];
  const half = Math.ceil(length / 2);
  const forward = layers(view, fromId, half);
  const toEnd = distances(layers(view, toId, length - half));
  // onPath[k]: entities k steps from the start that lie on some shortest path.
  const onPath: Set<string>[] = [];
  onPath[half] = new Set(forward[half]!.filter((id) => toEnd.get(id) === length - half));
  for (let k = half - 1; k >= 0; k--) {
    const next = onPath[k + 1]!;
    onPath[k] = new Set(forward[k]!.filter((id) => view.someNeighbor(id, (neighbor) => next.has(neighbor))));
  }
  const path = [fromId];
  let current = fromId;
  for (let step = 1; step <= length; step++) {
    const stays = step <= half ? (id: string) => onPath[step]!.has(id) : (id: string) => toEnd.get(id) === length - step;
    current = smallest(view.filterNeighbors(current, stays));
    path.push(current);
  }
  return path;
}

/** Breadth-first layers around a node: layers[k] holds the nodes exactly k steps away, k <= radius. */
function layers(view: RelationView, start: string, radius: number): string[][] {
  const seen = new Set([start]);
  const result = [[start]];
  for (let k = 1; k <= radius; k++) {
    const layer: string[] = [];
    for (const id of result[k - 1]!) {
      view.forEachNeighbor(id, (neighbor) => {
        if (!seen.has(neighbor)) {
          seen.add(neighbor);
          layer.push(neighbor);
        }
      });
    }
    result.push(layer);
  }
  return result;
}

function distances(layered: readonly string[][]): Map<string, number> {
  const map = new Map<string, number>();
  layered.forEach((layer, k) => layer.forEach((id) => map.set(id, k)));
  return map;
}

function smallest(ids: readonly string[]): string {
  return ids.reduce((least, id) => (id < least ? id : least));
}
