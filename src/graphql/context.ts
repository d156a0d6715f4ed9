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
}

export function createContext(store: GraphStore, limits: ApiLimits, requestId: string, log: Logger): GraphContext {
  return { store, loaders: createLoaders(store), limits, requestId, log };
}
