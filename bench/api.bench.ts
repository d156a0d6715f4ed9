/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the API for entity-by-id, search,
 * neighbourhood (depth 2) and timeline, each measured beside two baselines in the same run:
 *
 * - bare: an Apollo Server answering `{ hello }` with a constant, the ceiling of the HTTP and
 *   GraphQL stack on this machine;
 * - same schema: plain graphql-js (parse, validate, execute per request, on node:http) running the
 *   same query against our schema over its precomputed answer, so the ratio to it shows what our
 *   own layers (limits, cost, loaders, the store) cost, not what GraphQL costs.
 *
 * Our API runs twice: with its response cache (the default) and without (RESPONSE_CACHE_BYTES=0).
 * Neo4j rows follow when the run has a server (npm run bench:api starts one through
 * scripts/with-neo4j --if-available). Every server runs in its own child process so the load
 * generator (autocannon, in this process) does not share its event loop.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 100) tune the run, BENCH_QUERIES picks queries; BENCH_PROFILE=dir
 * starts the uncached embedded-store server with --cpu-prof into that folder.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, Kind, parse, print, validate, visit, type DocumentNode, type SelectionSetNode } from 'graphql';

// autocannon ships no types; this is the part of its result the report reads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: object) => Promise<CannonResult>;

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 100);
const WARM_UP_SECONDS = 3;

/** The issue's targets, all on the embedded store, all in one run. */
const TARGETS = { cachedOfBare: 0.9, uncachedOfSameSchema: 0.8, entityUncachedOfBare: 0.85 };

const SCENARIOS: Readonly<Record<string, string>> = {
  'entity by id': '{ entity(id: "person/gao-zhisheng") { id name description ... on Person { aliases } } }',
  search: '{ searchEntities(query: "falun gong", first: 10) { edges { score node { id name } } } }',
  'neighborhood depth 2': '{ neighborhood(id: "org/tuidang-center", depth: 2, limit: 50) { truncated nodes { id name } edges { id type } } }',
  timeline: '{ timeline(first: 20) { totalCount edges { node { id name startDate } } } }',
};
const CONSTANT_QUERY = '{ hello }';
/** BENCH_QUERIES=entity,search runs the scenarios whose names contain one of the words (all by default). */
const ONLY = (process.env['BENCH_QUERIES'] ?? '').split(',').map((word) => word.trim()).filter(Boolean);
const RUN = Object.entries(SCENARIOS).filter(([name]) => ONLY.length === 0 || ONLY.some((word) => name.includes(word)));

type Role = 'bare' | 'same-schema' | 'api';

// ---- the child processes ------------------------------------------------------------------------

async function serveBare(): Promise<string> {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  return (await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url;
}

/**
 * Plain graphql-js over our schema: each request is parsed, validated and executed; the default
 * resolvers read the precomputed answer (which carries __typename, so interfaces resolve).
 */
async function serveSameSchema(answers: Record<string, unknown>): Promise<string> {
  const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      const document = parse(query);
      const errors = validate(schema, document);
      const result = errors.length > 0 ? { errors } : execute({ schema, document, rootValue: answers[query], variableValues: variables });
      const body = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function serveApi(): Promise<string> {
  const { createStore } = await import('../src/store/create-store');
  const { createApp } = await import('../src/server/app');
  const { serverConfigFrom } = await import('../src/server/config');
  const { createLogger } = await import('../src/server/logger');
  const config = serverConfigFrom({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const app = createApp(await createStore(process.env), config, createLogger(config.logLevel));
  return app.start();
}

async function serve(role: Role): Promise<void> {
  let url: string;
  if (role === 'bare') url = await serveBare();
  else if (role === 'api') url = await serveApi();
  else {
    const [answers] = (await once(process, 'message')) as [Record<string, unknown>];
    url = await serveSameSchema(answers);
  }
  process.send!({ url });
  // A profiled child writes its profile on a normal exit, so SIGTERM ends it through process.exit.
  process.on('SIGTERM', () => process.exit(0));
}

// ---- the load generator -------------------------------------------------------------------------

const NEO4J_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];

interface Child {
  readonly child: ChildProcess;
  readonly url: string;
}

async function startChild(role: Role, options: { store?: 'memory' | 'neo4j'; env?: NodeJS.ProcessEnv; execArgv?: string[]; message?: Record<string, unknown> } = {}): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...options.env };
  if ((options.store ?? 'memory') === 'memory') for (const name of NEO4J_VARIABLES) delete env[name];
  const child = fork(__filename, ['serve', role], { env, execArgv: options.execArgv ?? [] });
  if (options.message !== undefined) child.send(options.message);
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { child, url: message.url };
}

async function post(url: string, query: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

async function load(url: string, query: string, seconds = SECONDS): Promise<CannonResult> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

interface Measured {
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** A measured run, after checking the server answers the query without errors and with `expected` data. */
async function measure(url: string, query: string, expected?: unknown): Promise<Measured> {
  const body = await post(url, query);
  if (body.errors) throw new Error(`${url} failed ${query}: ${JSON.stringify(body.errors)}`);
  if (expected !== undefined && JSON.stringify(body.data) !== JSON.stringify(expected)) throw new Error(`${url} answered ${query} differently from the API`);
  const result = await load(url, query);
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** The query with __typename asked in every selection set, so its answer can drive interface resolution. */
function withTypenames(query: string): string {
  const document = visit(parse(query), {
    SelectionSet(node: SelectionSetNode): SelectionSetNode {
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return node;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  }) as DocumentNode;
  return print(document);
}

/** Loads the seed into the run's Neo4j for the Neo4j API to serve; null with the reason when there is none. */
async function prepareNeo4j(): Promise<string | null> {
  const { storeConfigFrom } = await import('../src/store/config');
  const config = storeConfigFrom(process.env);
  if (config.kind !== 'neo4j') return process.env['NEO4J_UNAVAILABLE_REASON'] || 'NEO4J_URI is not set';
  const { Neo4jStore } = await import('../src/store/neo4j');
  const { readDataset } = await import('../src/dataset');
  const store = await Neo4jStore.connect(config.neo4j);
  try {
    await store.load(await readDataset());
  } finally {
    await store.close();
  }
  return null;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const rate = (m: Measured) => m.rate.toFixed(0);

async function main(): Promise<void> {
  const skipped = await prepareNeo4j();
  const profileDir = process.env['BENCH_PROFILE'];
  const uncachedEnv = { RESPONSE_CACHE_BYTES: '0' };
  const servers: Record<string, Child | undefined> = {
    bare: await startChild('bare'),
    cached: await startChild('api'),
    uncached: await startChild('api', { env: uncachedEnv, execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] }),
    neo4jCached: skipped === null ? await startChild('api', { store: 'neo4j' }) : undefined,
    neo4jUncached: skipped === null ? await startChild('api', { store: 'neo4j', env: uncachedEnv }) : undefined,
  };
  // The same-schema baseline answers from what the API answers, with __typename added for interfaces.
  const answers: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  for (const [, query] of RUN) {
    const typed = await post(servers['uncached']!.url, withTypenames(query));
    if (typed.errors) throw new Error(`precomputing ${query}: ${JSON.stringify(typed.errors)}`);
    answers[query] = typed.data;
    expected[query] = (await post(servers['uncached']!.url, query)).data;
  }
  servers['sameSchema'] = await startChild('same-schema', { message: answers });
  const url = (name: string) => servers[name]!.url;

  try {
    // Let every server's JIT settle before anything is measured.
    await load(url('bare'), CONSTANT_QUERY, WARM_UP_SECONDS);
    for (const [, query] of RUN) {
      for (const name of ['sameSchema', 'cached', 'uncached', 'neo4jCached', 'neo4jUncached']) {
        if (servers[name]) await load(url(name), query, WARM_UP_SECONDS);
      }
    }
    console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS}s per run, POST JSON; every server in its own child process`);
    if (skipped !== null) console.log(`Neo4j is not benchmarked in this run: ${skipped}`);
    console.log('');
    console.log('| query | bare req/s | same-schema req/s | cached req/s | p50/p99 ms | cached/bare | uncached req/s | p50/p99 ms | uncached/same-schema | uncached/bare |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const neo4jRows: string[] = [];
    const misses: string[] = [];
    let errors = 0;
    for (const [name, query] of RUN) {
      // The baselines run right beside the API for each query, so all see the same machine state.
      const bare = await measure(url('bare'), CONSTANT_QUERY);
      const same = await measure(url('sameSchema'), query, expected[query]);
      const cached = await measure(url('cached'), query);
      const uncached = await measure(url('uncached'), query);
      errors += bare.errors + same.errors + cached.errors + uncached.errors;
      const ratios = { cachedOfBare: cached.rate / bare.rate, uncachedOfSame: uncached.rate / same.rate, uncachedOfBare: uncached.rate / bare.rate };
      if (ratios.cachedOfBare < TARGETS.cachedOfBare) misses.push(`${name}: cached ${pct(ratios.cachedOfBare)} of bare`);
      if (ratios.uncachedOfSame < TARGETS.uncachedOfSameSchema) misses.push(`${name}: uncached ${pct(ratios.uncachedOfSame)} of same-schema`);
      if (name === 'entity by id' && ratios.uncachedOfBare < TARGETS.entityUncachedOfBare) misses.push(`${name}: uncached ${pct(ratios.uncachedOfBare)} of bare`);
      const row = [name, rate(bare), rate(same), rate(cached), `${cached.p50}/${cached.p99}`, pct(ratios.cachedOfBare), rate(uncached), `${uncached.p50}/${uncached.p99}`, pct(ratios.uncachedOfSame), pct(ratios.uncachedOfBare)];
      console.log(`| ${row.join(' | ')} |`);
      if (servers['neo4jCached'] && servers['neo4jUncached']) {
        const n4Cached = await measure(url('neo4jCached'), query);
        const n4Uncached = await measure(url('neo4jUncached'), query);
        errors += n4Cached.errors + n4Uncached.errors;
        neo4jRows.push(
          `| ${[name, rate(bare), rate(same), rate(n4Cached), `${n4Cached.p50}/${n4Cached.p99}`, pct(n4Cached.rate / bare.rate), rate(n4Uncached), `${n4Uncached.p50}/${n4Uncached.p99}`, pct(n4Uncached.rate / same.rate), pct(n4Uncached.rate / bare.rate)].join(' | ')} |`,
        );
      }
    }
    if (neo4jRows.length > 0) {
      console.log('\nOn Neo4j (the same baselines; no targets):\n');
      console.log('| query | bare req/s | same-schema req/s | cached req/s | p50/p99 ms | cached/bare | uncached req/s | p50/p99 ms | uncached/same-schema | uncached/bare |');
      console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const row of neo4jRows) console.log(row);
    }
    console.log(
      `\nTargets on the embedded store: cached >= ${pct(TARGETS.cachedOfBare)} of bare for every query; uncached >= ${pct(TARGETS.uncachedOfSameSchema)} of same-schema for every query; entity by id uncached >= ${pct(TARGETS.entityUncachedOfBare)} of bare.`,
    );
    if (errors > 0) misses.push(`${errors} failed requests`);
    console.log(misses.length === 0 ? 'All targets met.' : `TARGETS MISSED: ${misses.join('; ')}`);
    process.exitCode = misses.length === 0 ? 0 : 1;
  } finally {
    const exits = Object.values(servers).map((server) => server && once(server.child, 'exit'));
    for (const server of Object.values(servers)) server?.child.kill('SIGTERM');
    await Promise.all(exits);
  }
}

if (process.argv[2] === 'serve') void serve(process.argv[3] as Role);
else void main();
