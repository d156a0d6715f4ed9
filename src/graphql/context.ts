/** What every resolver receives: the storage port, this request's loaders and the server's limits. */
import type { Logger } from 'pino';
import type { GraphStore } from '../store/port';
import type { ApiLimits } from './limits/api-limits';
import { createLoaders, type GraphLoaders } from './loaders/graph.loaders';

export interface GraphContext {
  readonly store: GraphStore;
  readonly loaders: GraphLoaders;
  readonly limits: ApiLimits;
  readonly requestId: string;
  readonly log: Logger;
  /** Shared by the operations of one HTTP request (several in a batch): their count and the cost spent so far. */
  readonly batch: { readonly operations: number; cost: number };
  /** Set when any operation of the request answered with an error, so the answer is not cached. */
  hadErrors: boolean;
}

/** `log` is a child logger made on first use: most requests log nothing, and a child costs. */
export function createContext(store: GraphStore, limits: ApiLimits, requestId: string, parentLog: Logger, operations = 1): GraphContext {
  let log: Logger | undefined;
  return {
    store,
    loaders: createLoaders(store),
    limits,
    requestId,
    batch: { operations, cost: 0 },
    hadErrors: false,
    get log() {
      return (log ??= parentLog.child({ requestId }));
    },
  };
}
