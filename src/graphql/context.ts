/** What every resolver receives: the storage port, this request's loaders and the server's limits. */
import type { Logger } from 'pino';
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
 * rather than a getter on the context, since Apollo's per-operation copy of the context would
 * call a getter; methods on the prototype, so nothing is made per request but the object.
 */
class LazyChildLog {
  private child?: Logger;

  constructor(
    private readonly parent: Logger,
    private readonly requestId: string,
  ) {}

  private logger(): Logger {
    return (this.child ??= this.parent.child({ requestId: this.requestId }));
  }

  debug(...args: unknown[]): void {
    (this.logger().debug as (...a: unknown[]) => void)(...args);
  }
  info(...args: unknown[]): void {
    (this.logger().info as (...a: unknown[]) => void)(...args);
  }
  warn(...args: unknown[]): void {
    (this.logger().warn as (...a: unknown[]) => void)(...args);
  }
  error(...args: unknown[]): void {
    (this.logger().error as (...a: unknown[]) => void)(...args);
  }
}

export function createContext(store: GraphStore, limits: ApiLimits, requestId: string, parentLog: Logger, operations = 1): GraphContext {
  return {
    store,
    loaders: createLoaders(store),
    limits,
    requestId,
    // The methods accept what pino's LogFn overloads accept and pass it on unchanged.
    log: new LazyChildLog(parentLog, requestId) as unknown as RequestLog,
    batch: { operations, cost: 0, hadErrors: false },
  };
}
