/**
 * The server executes operations compiled by graphql-jit unless GRAPHQL_COMPILED_EXECUTION=false.
 * Both ways must answer alike: the same status, data and errors (message, code, path, locations)
 * for the example queries, for operations with variables, and for each kind of failure.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import { StoreUnavailableError } from '../../src/store/errors';
import { startTestServer, type TestServer } from './harness';

const EXAMPLES = [...readFileSync(join(PROJECT_ROOT, 'docs', 'example-queries.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

const CASES: readonly { readonly name: string; readonly query: string; readonly variables?: Record<string, unknown> }[] = [
  ...EXAMPLES.map((query) => ({ name: `example ${/query (\w+)/.exec(query)?.[1] ?? query.slice(0, 30)}`, query })),
  { name: 'an entity through two interfaces', query: '{ node(id: "person/gao-zhisheng") { id ... on Entity { name aliases } ... on Person { sources { id } } } }' },
  { name: 'an unknown id', query: '{ entity(id: "person/nobody") { id } }' },
  { name: 'an id of the wrong shape', query: '{ entity(id: "not an id") { id } }' },
  { name: 'variables, one of them null', query: 'query($n: Int, $after: String) { people(first: $n, after: $after) { totalCount edges { cursor node { id } } } }', variables: { n: 2, after: null } },
  // graphql-jit reads {} as missing the input's fields; graphql-js fills in their defaults.
  { name: 'an input variable left to its fields\' defaults', query: 'query($o: EntityOrder) { people(orderBy: $o) { totalCount } }', variables: { o: {} } },
  { name: 'a variable that does not coerce', query: 'query($o: EntityOrder) { people(orderBy: $o) { totalCount } }', variables: { o: { field: 'SHOE_SIZE' } } },
  { name: 'a missing required variable', query: 'query($id: ID!) { entity(id: $id) { id } }', variables: {} },
  { name: 'a field the schema lacks', query: '{ entity(id: "person/gao-zhisheng") { nickname } }' },
  { name: 'two operations without a name chosen', query: 'query A { graphStats { entities } } query B { graphStats { relations } }' },
  { name: 'a named operation among several', query: 'query A { graphStats { entities } } query B { graphStats { relations } }' },
  { name: '@skip and @include', query: 'query($s: Boolean!) { entity(id: "person/gao-zhisheng") { id name @skip(if: $s) description @include(if: $s) } }', variables: { s: true } },
];

function serverPair(wrap?: (store: import('../../src/store/port').GraphStore) => import('../../src/store/port').GraphStore) {
  const servers = {} as { compiled: TestServer; interpreted: TestServer };
  before(async () => {
    servers.compiled = await startTestServer({ wrapStore: wrap });
    servers.interpreted = await startTestServer({ env: { GRAPHQL_COMPILED_EXECUTION: 'false' }, wrapStore: wrap });
  });
  after(async () => {
    await servers.compiled?.stop();
    await servers.interpreted?.stop();
  });
  return servers;
}

async function bothAnswer(servers: { compiled: TestServer; interpreted: TestServer }, query: string, variables?: Record<string, unknown>, operationName?: string) {
  const ask = async (server: TestServer) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }) });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };
  return { compiled: await ask(servers.compiled), interpreted: await ask(servers.interpreted) };
}

describe('compiled and interpreted execution answer alike', () => {
  const servers = serverPair();

  for (const { name, query, variables } of CASES) {
    it(name, async () => {
      const operationName = name === 'a named operation among several' ? 'B' : undefined;
      const { compiled, interpreted } = await bothAnswer(servers, query, variables, operationName);
      assert.deepEqual(compiled, interpreted);
      // Each case says something: data, or at least one error with a code.
      assert.ok(compiled.body.data !== undefined || (compiled.body.errors?.length ?? 0) > 0, JSON.stringify(compiled.body));
    });
  }

  it('the failing cases above do fail, with the codes clients rely on', async () => {
    const codes = async (query: string, variables?: Record<string, unknown>) =>
      ((await bothAnswer(servers, query, variables)).compiled.body.errors ?? []).map((e) => (e as { extensions: { code: string } }).extensions.code);
    assert.deepEqual(await codes('{ entity(id: "not an id") { id } }'), ['BAD_USER_INPUT']);
    assert.deepEqual(await codes('query($o: EntityOrder) { people(orderBy: $o) { totalCount } }', { o: { field: 'SHOE_SIZE' } }), ['BAD_USER_INPUT']);
    assert.deepEqual(await codes('query($id: ID!) { entity(id: $id) { id } }', {}), ['BAD_USER_INPUT']);
    assert.deepEqual(await codes('{ entity(id: "person/gao-zhisheng") { nickname } }'), ['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('compiled and interpreted execution report a failing store alike', () => {
  const servers = serverPair(
    (store) =>
      new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'getEntities') return async () => Promise.reject(new StoreUnavailableError('the store went away in a test'));
          return Reflect.get(target, property, receiver);
        },
      }),
  );

  for (const query of ['{ entity(id: "person/gao-zhisheng") { id } }', '{ people(first: 2) { edges { node { id sources { id } } } } }']) {
    it(query, async () => {
      const { compiled, interpreted } = await bothAnswer(servers, query);
      assert.deepEqual(compiled, interpreted);
      assert.deepEqual(compiled.body.errors?.map((e) => (e as { extensions: { code: string } }).extensions.code), ['STORE_UNAVAILABLE']);
    });
  }
});
