/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the API for entity-by-id, search,
 * neighbourhood (depth 2) and timeline, each beside a bare Apollo Server answering a constant,
 * measured in the same run on the same machine. Each server runs in its own child process so
 * the load generator (autocannon, in this process) does not share its event loop.
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

async function startChild(role: 'api' | 'bare'): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(__filename, ['serve', role], { env: { ...process.env, NODE_ENV: 'production' } });
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

async function main(): Promise<void> {
  const api = await startChild('api');
  const bare = await startChild('bare');
  try {
    // Let both servers' JIT settle before anything is measured.
    await load(bare.url, CONSTANT_QUERY, WARM_UP_SECONDS);
    for (const query of Object.values(SCENARIOS)) await load(api.url, query, WARM_UP_SECONDS);
    console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS}s per run, POST JSON; servers in child processes\n`);
    console.log('| query                 |  API req/s | p50 ms | p99 ms | errors | bare req/s | bare p50 | bare p99 | API/bare |');
    console.log('|-----------------------|-----------:|-------:|-------:|-------:|-----------:|---------:|---------:|---------:|');
    let entityRatio = 0;
    let failures = 0;
    for (const [name, query] of Object.entries(SCENARIOS)) {
      // The bare server runs right before each scenario so both see the same machine state.
      const baseline = await load(bare.url, CONSTANT_QUERY);
      const result = await load(api.url, query);
      const errors = result.errors + result.timeouts + result.non2xx;
      failures += errors;
      const ratio = result.requests.average / baseline.requests.average;
      if (name === 'entity by id') entityRatio = ratio;
      console.log(
        `| ${name.padEnd(21)} | ${fmt(result.requests.average)}  | ${fmt(result.latency.p50).slice(3)} | ${fmt(result.latency.p99).slice(3)} | ${fmt(errors).slice(3)} | ${fmt(baseline.requests.average)}  | ${fmt(baseline.latency.p50).slice(1)} | ${fmt(baseline.latency.p99).slice(1)} | ${fmt(ratio * 100, 0).slice(1)}% |`,
      );
    }
    const met = entityRatio >= ENTITY_TARGET_RATIO && failures === 0;
    console.log(`\nentity by id at ${(entityRatio * 100).toFixed(0)}% of the bare server (target >= ${ENTITY_TARGET_RATIO * 100}%), ${failures} errors: ${met ? 'target met' : 'TARGET MISSED'}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    api.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

if (process.argv[2] === 'serve') void serve();
else void main();
