/**
 * The one place the Neo4j adapter touches the driver: a session per call, managed transactions
 * (`executeRead`/`executeWrite` retry transient failures such as a leader switch), every statement
 * logged by name with its parameters, Neo4j integers turned into numbers, driver errors into store errors.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreError } from '../errors';
import { toStoreError } from './neo4j-errors';
import type { Statement, StatementParams } from './statement';

/** What the executor needs of a logger; a pino logger fits. */
export interface QueryLogger {
  debug(fields: Record<string, unknown>, message: string): void;
}

export const SILENT_LOGGER: QueryLogger = { debug: () => undefined };

export type Row = Readonly<Record<string, unknown>>;

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
}

export class CypherExecutor {
  private readonly logger: QueryLogger;
  private readonly onStatementRun: (name: string) => void;

  constructor(
    private readonly driver: Driver,
    private readonly target: ExecutorTarget,
    options: ExecutorOptions = {},
  ) {
    this.logger = options.logger ?? SILENT_LOGGER;
    this.onStatementRun = options.onStatementRun ?? (() => undefined);
  }

  read<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  write<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  /** Runs one statement in a transaction of its own. */
  readOne<P extends string>(statement: Statement<P>, params: StatementParams<P>): Promise<Row[]> {
    return this.read((tx) => tx.run(statement, params));
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
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
          return result.records.map((record) => toNative(record.toObject(), statement.name) as Row);
        },
      });
    try {
      return await (mode === 'READ' ? session.executeRead(runInTransaction) : session.executeWrite(runInTransaction));
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
