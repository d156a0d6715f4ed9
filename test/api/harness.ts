/**
 * Starts the real server on an ephemeral port over a store holding the real dataset (the embedded
 * store unless `store` names Neo4j), and speaks GraphQL to it over HTTP. `wrapStore` lets a test
 * count or break store calls.
 */
import { Writable } from 'node:stream';
import { after, before } from 'node:test';
import { readDataset } from '../../src/dataset';
import type { Dataset } from '../../src/model';
import { createApp } from '../../src/server/app';
import { serverConfigFrom, type Environment } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';
import type { GraphStore } from '../../src/store/port';
import { openStore, type StoreName } from '../support/stores';

export interface GraphQLResponse<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export interface TestServer {
  readonly origin: string;
  readonly url: string;
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, any>[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

let dataset: Promise<Dataset> | undefined;
/** TEST_SEED_DIR points the API tests at another copy of the seed; the real one by default. */
export const realDataset = (): Promise<Dataset> => (dataset ??= readDataset(process.env['TEST_SEED_DIR'] || undefined));

/**
 * For a suite of tests over one store: the server starts before the suite's first test and stops
 * after its last; `data` is the dataset it serves, to derive expectations from.
 */
export function serveDuringSuite(store: StoreName): { readonly server: TestServer; readonly data: Dataset } {
  const suite = {} as { server: TestServer; data: Dataset };
  before(async () => {
    suite.data = await realDataset();
    suite.server = await startTestServer({ store });
  });
  after(() => suite.server?.stop());
  return suite;
}

export interface ServerOptions {
  readonly env?: Environment;
  readonly wrapStore?: (store: GraphStore) => GraphStore;
  /** Which store holds the dataset; the embedded one by default. */
  readonly store?: StoreName;
  /** A store made by the test instead, used as it is (no dataset is loaded into it). */
  readonly makeStore?: () => Promise<GraphStore>;
}

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const base = options.makeStore ? await options.makeStore() : await openStore(options.store ?? 'memory', await realDataset());
  const store = options.wrapStore ? options.wrapStore(base) : base;
  const config = serverConfigFrom({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...options.env });
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = createApp(store, config, createLogger(config.logLevel, sink));
  const url = await app.start();
  return {
    origin: new URL(url).origin,
    url,
    logs,
    async gql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] };
    },
    stop: () => app.stop(),
  };
}

/** A store proxy that counts calls per method, to prove batching. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; total(): number } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

export function codes(response: GraphQLResponse): string[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.['code']);
}
