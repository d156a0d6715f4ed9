/**
 * Raised by either store's `load()` when a dataset cannot form a graph; the store keeps its previous graph.
 * Separate from StoreError because it blames the data, not the store.
 */
export type GraphIntegrityProblem = 'DANGLING_RELATION' | 'DUPLICATE_ID';

export class GraphIntegrityError extends Error {
  readonly code = 'GRAPH_INTEGRITY';

  constructor(
    readonly problem: GraphIntegrityProblem,
    /** The id of the record that could not be loaded. */
    readonly recordId: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphIntegrityError';
  }

  static danglingRelation(relationId: string, endpoint: 'from' | 'to', missingId: string): GraphIntegrityError {
    return new GraphIntegrityError(
      'DANGLING_RELATION',
      relationId,
      `load: relation "${relationId}" points (${endpoint}) at unknown entity "${missingId}"; add the entity or drop the relation.`,
    );
  }

  static duplicateId(recordId: string): GraphIntegrityError {
    return new GraphIntegrityError('DUPLICATE_ID', recordId, `load: id "${recordId}" is used by more than one record; ids must be unique.`);
  }
}
