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

/** `log` is a child logger made on first use: most requests log nothing, and a child costs. */
export function createContext(store: GraphStore, limits: ApiLimits, requestId: string, parentLog: Logger): GraphContext {
  let log: Logger | undefined;
  return {
    store,
    loaders: createLoaders(store),
    limits,
    requestId,
    get log() {
      return (log ??= parentLog.child({ requestId }));
    },
  };
}
