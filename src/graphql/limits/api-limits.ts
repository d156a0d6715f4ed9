/**
 * The limits that keep one request from monopolising the server. Values come from the
 * environment (see src/server/config.ts); these defaults suit the curated dataset.
 */
export interface ApiLimits {
  /** Largest `first` on any list or connection. */
  readonly maxPageSize: number;
  /** Deepest field nesting in an operation, introspection excluded. */
  readonly maxDepth: number;
  /** Highest estimated cost of an operation (see complexity.ts). */
  readonly maxComplexity: number;
  /** Most aliased fields in one document. */
  readonly maxAliases: number;
  readonly maxNeighborhoodDepth: number;
  readonly maxNeighborhoodNodes: number;
  readonly maxPathLength: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  maxDepth: 12,
  maxComplexity: 10_000,
  maxAliases: 30,
  maxNeighborhoodDepth: 3,
  maxNeighborhoodNodes: 200,
  maxPathLength: 8,
};

/** What each limit is called in error messages: the argument or quantity a client can change. */
export const LIMIT_SUBJECTS: Readonly<Record<keyof ApiLimits, string>> = {
  maxPageSize: 'page size',
  maxDepth: 'query depth',
  maxComplexity: 'query cost',
  maxAliases: 'number of aliases',
  maxNeighborhoodDepth: 'neighbourhood depth',
  maxNeighborhoodNodes: 'neighbourhood size',
  maxPathLength: 'path length',
};
