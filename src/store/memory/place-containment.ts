/**
 * Which places lie inside which, following LOCATED_IN chains (Toronto in Ontario in Canada).
 * Kept as its own directed graph of places so that a BFS over inbound edges walks only
 * containment, not the organizations or events that also point at places.
 */
import { DirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { EntityGraph } from './entity-graph';

export class PlaceContainment {
  private readonly places = new DirectedGraph();

  constructor(graph: EntityGraph) {
    graph.forEachNode((id, { entity }) => {
      if (entity.type === 'Place') this.places.addNode(id);
    });
    graph.forEachEdge((_id, { relation: { type, from, to } }) => {
      if (type === 'LOCATED_IN' && this.places.hasNode(from) && this.places.hasNode(to)) this.places.mergeEdge(from, to);
    });
  }

  /** The place and every place inside it, however deep; empty for an id that is not a place. */
  placesWithin(placeId: string): string[] {
    if (!this.places.hasNode(placeId)) return [];
    const within: string[] = [];
    bfsFromNode(this.places, placeId, (id) => {
      within.push(id);
    }, { mode: 'inbound' });
    return within;
  }
}
