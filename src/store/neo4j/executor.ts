/**
 * The one place the Neo4j adapter touches the driver: a session per call, managed transactions
 * (`executeRead`/`executeWrite` retry transient failures such as a leader switch), every statement
 * logged by name with its parameters, Neo4j integers turned into numbers, driver errors into store errors.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreError, StoreUnavailableError } from '../errors';
import { LOOKUPS } from './cypher';
import { toStoreError } from './neo4j-errors';
import type { Statement, StatementParams } from './statement';

/** What the executor needs of a logger; a pino logger fits. */
export interface QueryLogger {
  debug(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export const SILENT_LOGGER: QueryLogger = { debug: () => undefined, warn: () => undefined };

export type Row = Readonly<Record<string, unknown>>;

/** Reads retried because a load swapped the graph in mid-read; loads are minutes apart. */
const SNAPSHOT_ATTEMPTS = 5;
/** How long a read waits for a swap to end, and how often it looks. A swap takes well under a second at 100k entities. */
const SWAP_WAIT_MS = 10_000;
const SWAP_POLL_MS = 20;
const SWAP_POLL_MAX_MS = 250;

/** The driver's fetch size meaning "every record". */
const FETCH_ALL = -1;

function versionOf(rows: readonly Row[]): { version: unknown; swapping: boolean } {
  return { version: rows[0]?.['version'] ?? null, swapping: rows[0]?.['swapping'] === true };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs statements inside one transaction. */
export interface StatementRunner {
  run<P extends string>(statement: Statement<P>, params: StatementParams<P>): Promise<Row[]>;
}

export interface ExecutorTarget {
  readonly uri: string;
  readonly database: string;
}

export interface ExecutorOptions {
  readonly logger?: QueryLogger;
  /** Told the name of each statement the server ran without error (the tests use it to prove every statement runs). */
  readonly onStatementRun?: (name: string) => void;
  /**
   * Told of each warning the server attaches to a statement's result (a deprecated feature, a
   * plan that builds a cartesian product, an unknown label...): logged, and failed on in tests.
   */
  readonly onWarning?: (warning: StatementWarning) => void;
}

export interface StatementWarning {
  readonly statement: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

export class CypherExecutor {
  private readonly logger: QueryLogger;
  private readonly onStatementRun: (name: string) => void;
  private readonly onWarning: (warning: StatementWarning) => void;

  constructor(
    private readonly driver: Driver,
    private readonly target: ExecutorTarget,
    options: ExecutorOptions = {},
  ) {
    this.logger = options.logger ?? SILENT_LOGGER;
    this.onStatementRun = options.onStatementRun ?? (() => undefined);
    this.onWarning = options.onWarning ?? (() => undefined);
  }

  read<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  /** A write transaction; `timeoutMs` asks the server to abort it if it runs longer. */
  write<T>(work: (tx: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.inSession('WRITE', work, timeoutMs);
  }

  /**
   * A read that sees one whole graph. Neo4j isolates transactions at read-committed, and a load's
   * swap (graph-load.ts) becomes visible label by label, so a read overlapping it could see part
   * of each graph, even within one statement. So every read checks the graph version and the swap
   * lease before and after its statements: while a swap is on it waits, and if the version changed
   * under it, it runs again.
   */
  readSnapshot<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.untilOneGraph(async (tx) => {
      const before = await tx.run(LOOKUPS.GRAPH_VERSION, {});
      if (versionOf(before).swapping) return { before, after: before, value: undefined as T };
      const value = await work(tx);
      return { before, value, after: await tx.run(LOOKUPS.GRAPH_VERSION, {}) };
    });
  }

  /**
   * A read of one statement against one whole graph (see readSnapshot). The three statements are
   * sent together (Bolt pipelining) and the server runs them in order, each to its last row,
   * since sessions fetch whole results: one round trip instead of three.
   */
  readOne<P extends string>(statement: Statement<P>, params: StatementParams<P>): Promise<Row[]> {
    return this.untilOneGraph(async (tx) => {
      const [before, value, after] = await Promise.all([tx.run(LOOKUPS.GRAPH_VERSION, {}), tx.run(statement, params), tx.run(LOOKUPS.GRAPH_VERSION, {})]);
      return { before, value, after };
    });
  }

  private async untilOneGraph<T>(attempt: (tx: StatementRunner) => Promise<{ before: Row[]; value: T; after: Row[] }>): Promise<T> {
    const started = Date.now();
    for (let tries = 1; ; tries++) {
      const { before, value, after } = await this.read(attempt);
      const [first, last] = [versionOf(before), versionOf(after)];
      if (!first.swapping && !last.swapping && first.version === last.version) return value;
      if (!first.swapping && tries >= SNAPSHOT_ATTEMPTS) {
        throw new StoreError('STORE_FAILURE', `The graph was replaced during each of ${SNAPSHOT_ATTEMPTS} attempts at one read; try again once loading has stopped.`);
      }
      if (Date.now() - started > SWAP_WAIT_MS) {
        throw new StoreUnavailableError(`Neo4j at ${this.target.uri} has been swapping in a new graph for over ${SWAP_WAIT_MS / 1000} s; try again shortly.`);
      }
      if (first.swapping || last.swapping) await delay(Math.min(SWAP_POLL_MAX_MS, SWAP_POLL_MS * tries));
    }
  }

  /**
   * Runs a parameterless statement once, without the managed transaction's retries: for health
   * checks and the per-request version read, which must fail fast when Neo4j is gone.
   */
  async probe(statement: Statement<never>): Promise<Row[]> {
    const session = this.driver.session({ database: this.target.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(statement.text);
      this.onStatementRun(statement.name);
      return result.records.map((record) => toNative(record.toObject(), statement.name) as Row);
    } catch (error) {
      throw toStoreError(error, { ...this.target, statement: statement.name });
    } finally {
      await session.close();
    }
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Whole results at once: the statements pipelined by readOne must each finish before the next.
      fetchSize: FETCH_ALL,
    });
    // The name of the statement in flight, for error messages. Errors must leave the work function
    // unchanged, or the managed transaction could no longer recognise the retryable ones.
    let current: string | undefined;
    const runInTransaction = (tx: ManagedTransaction) =>
      work({
        run: async (statement, params) => {
          current = statement.name;
          this.logger.debug({ statement: statement.name, params: summarize(params) }, `cypher ${statement.name}`);
          const result = await tx.run(statement.text, params);
          this.onStatementRun(statement.name);
          for (const notification of result.summary?.notifications ?? []) {
            if (notification.severityLevel !== 'WARNING') continue;
            const warning = { statement: statement.name, code: notification.code, title: notification.title, description: notification.description };
            this.logger.warn(warning, `cypher ${statement.name}: ${notification.title}`);
            this.onWarning(warning);
          }
          return result.records.map((record) => toNative(record.toObject(), statement.name) as Row);
        },
      });
    try {
      const config = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
      return await (mode === 'READ' ? session.executeRead(runInTransaction, config) : session.executeWrite(runInTransaction, config));
    } catch (error) {
      throw toStoreError(error, { ...this.target, statement: current });
    } finally {
      await session.close();
    }
  }
}

/** A Neo4j integer as a parameter: SKIP, LIMIT and list slicing reject the floats JS numbers become. */
export function cypherInt(value: number): unknown {
  return neo4j.int(value);
}

/** Neo4j integers (counts, degrees) become numbers; maps and lists are converted throughout. */
export function toNative(value: unknown, statement: string): unknown {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) {
      throw new StoreError('STORE_FAILURE', `${statement} returned the integer ${value.toString()}, beyond JavaScript's safe range.`);
    }
    return value.toNumber();
  }
  if (Array.isArray(value)) return value.map((item) => toNative(item, statement));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNative(item, statement)]));
  }
  return value;
}

/** Keeps debug logs readable when a parameter is a batch of thousands of rows. */
const LOGGED_LIST_ITEMS = 5;

function summarize(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      Array.isArray(value) && value.length > LOGGED_LIST_ITEMS ? [...value.slice(0, LOGGED_LIST_ITEMS), `... ${value.length} items`] : value,
    ]),
  );
}
