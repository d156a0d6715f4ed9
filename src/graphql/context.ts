/** What every resolver receives: the storage port, this request's loaders and the server's limits. */
import type { LogFn, Logger } from 'pino';
import type { GraphStore } from '../store/port';
import type { ApiLimits } from './limits/api-limits';
import { createLoaders, type GraphLoaders } from './loaders/graph.loaders';

/** The logging a request needs: its lines carry its request id. */
export type RequestLog = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * What the operations of one HTTP request (several in a batch) share. Apollo gives each operation
 * a shallow copy of the context, so state written during a request lives in this one object.
 */
export interface RequestState {
  readonly operations: number;
  /** The cost the request's operations have spent so far. */
  cost: number;
  /** Set when any operation answered with an error, so the answer is not cached. */
  hadErrors: boolean;
}

export interface GraphContext {
  readonly store: GraphStore;
  readonly loaders: GraphLoaders;
  readonly limits: ApiLimits;
  readonly requestId: string;
  readonly log: RequestLog;
  readonly batch: RequestState;
}

/**
 * A child logger made on first use: most requests log nothing, and a child costs. A plain object
 * rather than a getter, since Apollo's per-operation copy of the context would call a getter.
 */
function lazyChild(parent: Logger, requestId: string): RequestLog {
  let child: Logger | undefined;
  const logger = () => (child ??= parent.child({ requestId }));
  const forward = (level: keyof RequestLog): LogFn => ((...args: unknown[]) => (logger()[level] as (...a: unknown[]) => void)(...args)) as LogFn;
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

export function createContext(store: GraphStore, limits: ApiLimits, requestId: string, parentLog: Logger, operations = 1): GraphContext {
  return {
    store,
    loaders: createLoaders(store),
    limits,
    requestId,
    log: lazyChild(parentLog, requestId),
    batch: { operations, cost: 0, hadErrors: false },
  };
}
