/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the API for entity-by-id, search,
 * neighbourhood (depth 2) and timeline, on the embedded store and on Neo4j (when the run has one:
 * npm run bench:api starts it through scripts/with-neo4j --if-available), each beside a bare
 * Apollo Server answering a constant, measured in the same run on the same machine. Each server
 * runs in its own child process so the load generator (autocannon, in this process) does not
 * share its event loop.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 100) tune the run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

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
const WARM_UP_SECONDS = 2;
const ENTITY_TARGET_RATIO = 0.6;

const SCENARIOS: Readonly<Record<string, string>> = {
  'entity by id': '{ entity(id: "person/gao-zhisheng") { id name description ... on Person { aliases } } }',
  search: '{ search(query: "falun gong", first: 10) { score entity { id name } } }',
  'neighborhood depth 2': '{ neighborhood(id: "org/tuidang-center", depth: 2, limit: 50) { truncated nodes { id name } edges { id type } } }',
  timeline: '{ timeline(first: 20) { totalCount edges { node { id name startDate } } } }',
};
const CONSTANT_QUERY = '{ hello }';

async function serve(): Promise<void> {
  const role = process.argv[3];
  let url: string;
  if (role === 'bare') {
    const { ApolloServer } = await import('@apollo/server');
    const { startStandaloneServer } = await import('@apollo/server/standalone');
    const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
    ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } }));
  } else {
    const { createStore } = await import('../src/store/create-store');
    const { createApp } = await import('../src/server/app');
    const { serverConfigFrom } = await import('../src/server/config');
    const { createLogger } = await import('../src/server/logger');
    const config = serverConfigFrom({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    const app = createApp(await createStore(process.env), config, createLogger(config.logLevel));
    url = await app.start();
  }
  process.send!({ url });
}

const NEO4J_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];

async function startChild(role: 'api' | 'bare', store: 'memory' | 'neo4j' = 'memory'): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (store === 'memory') for (const name of NEO4J_VARIABLES) delete env[name];
  const child = fork(__filename, ['serve', role], { env });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { child, url: message.url };
}

async function load(url: string, query: string, seconds = SECONDS): Promise<CannonResult> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
  if ((body as { errors?: unknown }).errors) throw new Error(`query failed: ${JSON.stringify(body)}`);
  return result;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

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

interface Measured {
  readonly result: CannonResult;
  readonly errors: number;
}

async function measure(url: string, query: string): Promise<Measured> {
  const result = await load(url, query);
  return { result, errors: result.errors + result.timeouts + result.non2xx };
}

const cells = (m: Measured | undefined) =>
  m === undefined ? ['-', '-', '-', '-'] : [fmt(m.result.requests.average).trim(), String(m.result.latency.p50), String(m.result.latency.p99), String(m.errors)];

async function main(): Promise<void> {
  const skipped = await prepareNeo4j();
  const servers = {
    memory: await startChild('api', 'memory'),
    neo4j: skipped === null ? await startChild('api', 'neo4j') : undefined,
    bare: await startChild('bare'),
  };
  try {
    // Let the servers' JIT settle before anything is measured.
    await load(servers.bare.url, CONSTANT_QUERY, WARM_UP_SECONDS);
    for (const query of Object.values(SCENARIOS)) {
      await load(servers.memory.url, query, WARM_UP_SECONDS);
      if (servers.neo4j) await load(servers.neo4j.url, query, WARM_UP_SECONDS);
    }
    console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS}s per run, POST JSON; servers in child processes`);
    if (skipped !== null) console.log(`Neo4j is not benchmarked in this run: ${skipped}`);
    console.log('');
    console.log('| query | memory req/s | p50 ms | p99 ms | errors | Neo4j req/s | p50 ms | p99 ms | errors | bare req/s | bare p50 | bare p99 | memory/bare | Neo4j/bare |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    let entityRatio = 0;
    let failures = 0;
    for (const [name, query] of Object.entries(SCENARIOS)) {
      // The bare server runs right before each scenario so all see the same machine state.
      const baseline = await load(servers.bare.url, CONSTANT_QUERY);
      const memory = await measure(servers.memory.url, query);
      const neo4j = servers.neo4j ? await measure(servers.neo4j.url, query) : undefined;
      failures += memory.errors + (neo4j?.errors ?? 0);
      const ratio = (m: Measured | undefined) => (m === undefined ? '-' : `${((m.result.requests.average / baseline.requests.average) * 100).toFixed(0)}%`);
      if (name === 'entity by id') entityRatio = memory.result.requests.average / baseline.requests.average;
      const row = [name, ...cells(memory), ...cells(neo4j), fmt(baseline.requests.average).trim(), String(baseline.latency.p50), String(baseline.latency.p99), ratio(memory), ratio(neo4j)];
      console.log(`| ${row.join(' | ')} |`);
    }
    const met = entityRatio >= ENTITY_TARGET_RATIO && failures === 0;
    console.log(`\nentity by id on the embedded store at ${(entityRatio * 100).toFixed(0)}% of the bare server (target >= ${ENTITY_TARGET_RATIO * 100}%), ${failures} errors: ${met ? 'target met' : 'TARGET MISSED'}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    for (const server of Object.values(servers)) server?.child.kill('SIGTERM');
  }
}

if (process.argv[2] === 'serve') void serve();
else void main();
