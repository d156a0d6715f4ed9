/** Bad input gets a clear, coded error naming the argument or limit, and the server keeps serving. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/api-limits';
import { StoreError, StoreUnavailableError } from '../../src/store/errors';
import { codes, startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ store: backend });
  });
  after(() => server?.stop());

  async function expectError(query: string, code: string, mentions: string[], variables?: Record<string, unknown>): Promise<void> {
    const response = await server.gql(query, variables);
    assert.deepEqual(codes(response), [code], JSON.stringify(response.body));
    const message = response.body.errors![0]!.message;
    for (const text of mentions) assert.ok(message.includes(text), `"${message}" should mention ${text}`);
    assert.equal(response.status, 400);
  }

  describe('malformed values are BAD_USER_INPUT naming the argument', () => {
    it('a malformed node id', () => expectError(`{ node(id: "Person:42") { id } }`, 'BAD_USER_INPUT', ['"id"', 'Person:42']));
    it('a statistic id where an entity id is needed', () => expectError(`{ entity(id: "stat/x") { id } }`, 'BAD_USER_INPUT', ['"id"']));
    it('a malformed id inside a filter', () => expectError(`{ events(filter: { placeId: "paris" }) { totalCount } }`, 'BAD_USER_INPUT', ['"filter.placeId"']));
    it('an impossible date literal', () => expectError(`{ timeline(from: "2021-02-30") { totalCount } }`, 'BAD_USER_INPUT', ['"from"', '2021-02-30']));
    it('a date in the wrong format inside a filter', () => expectError(`{ events(filter: { to: "10/03/2018" }) { totalCount } }`, 'BAD_USER_INPUT', ['"filter.to"']));
    it('an impossible date in a variable', () =>
      expectError(`query($d: PartialDate) { statistics(from: $d) { id } }`, 'BAD_USER_INPUT', ['"from"', '2005-13'], { d: '2005-13' }));
    it('an unknown enum value', () => expectError(`{ statistics(metric: WITHDRAWALS) { id } }`, 'BAD_USER_INPUT', ['"metric"', 'WITHDRAWALS']));
    it('an unknown enum value in a list inside a filter', () => expectError(`{ events(filter: { kinds: [PARADE, PICNIC] }) { totalCount } }`, 'BAD_USER_INPUT', ['"filter.kinds"', 'PICNIC']));
    it('a cursor the API never issued', () => expectError(`{ people(after: "not-a-cursor") { totalCount } }`, 'BAD_USER_INPUT', ['"after"']));
    it('a blank search', () => expectError(`{ search(query: "   ") { score } }`, 'BAD_USER_INPUT', ['"query"']));
    it('a negative page size', () => expectError(`{ people(first: -1) { totalCount } }`, 'BAD_USER_INPUT', ['"first"']));
    it('first and last together', () => expectError(`{ people(first: 2, last: 2) { totalCount } }`, 'BAD_USER_INPUT', ['"last"', 'first']));
  });

  describe('limits are LIMIT_EXCEEDED naming the maximum', () => {
    it('first above the maximum page size is refused, not clamped', () =>
      expectError(`{ people(first: ${DEFAULT_LIMITS.maxPageSize + 1}) { totalCount } }`, 'LIMIT_EXCEEDED', ['"first"', String(DEFAULT_LIMITS.maxPageSize)]));
    it('a neighbourhood deeper than allowed', () =>
      expectError(`{ neighborhood(id: "org/ccp", depth: ${DEFAULT_LIMITS.maxNeighborhoodDepth + 1}) { truncated } }`, 'LIMIT_EXCEEDED', ['"depth"', String(DEFAULT_LIMITS.maxNeighborhoodDepth)]));
    it('a query nested deeper than the maximum depth', () => {
      const deep = 'relations(first: 1) { edges { node { to { '.repeat(4) + 'id' + ' } } } }'.repeat(4);
      return expectError(`{ entity(id: "org/ccp") { ${deep} } }`, 'LIMIT_EXCEEDED', ['depth', String(DEFAULT_LIMITS.maxDepth)]);
    });
    it('a query whose estimated cost is above the maximum', () =>
      expectError(
        `{ people(first: 100) { edges { node { relations(first: 100) { edges { node { to { name } from { name } } } } } } } }`,
        'LIMIT_EXCEEDED',
        ['cost', String(DEFAULT_LIMITS.maxComplexity)],
      ));
    it('too many aliases', () => {
      const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: graphStats { entities }`).join(' ');
      return expectError(`{ ${aliases} }`, 'LIMIT_EXCEEDED', ['aliases', String(DEFAULT_LIMITS.maxAliases)]);
    });
  });

  it('limits are configurable by environment', async () => {
    const strict = await startTestServer({ store: backend, env: { MAX_PAGE_SIZE: '25' } });
    try {
      const response = await strict.gql(`{ people(first: 26) { totalCount } }`);
      assert.deepEqual(codes(response), ['LIMIT_EXCEEDED']);
      assert.match(response.body.errors![0]!.message, /maximum page size of 25/);
    } finally {
      await strict.stop();
    }
  });

  it('keeps serving after bad input', async () => {
    await server.gql(`{ node(id: "???") { id } }`);
    const { body } = await server.gql(`{ graphStats { entities } }`);
    assert.equal(body.errors, undefined);
    assert.ok(body.data.graphStats.entities > 0);
  });

  it('masks store failures with a code, logs the cause, and keeps serving', async () => {
    // Armed once the server has started: it reads the graph's size through counts as it starts.
    let failNext = false;
    const flaky = await startTestServer({
      store: backend,
      env: { NODE_ENV: 'production' },
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, property, receiver) {
            if (property === 'counts' && failNext) {
              return async () => {
                failNext = false;
                throw new StoreError('STORE_FAILURE', 'Neo.ClientError.Statement.SyntaxError in MATCH (n:Entity) RETURN n');
              };
            }
            return Reflect.get(target, property, receiver);
          },
        }),
    });
    failNext = true;
    try {
      const failed = await flaky.gql(`{ graphStats { entities } }`);
      assert.deepEqual(codes(failed), ['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(failed.body);
      assert.ok(!text.includes('MATCH') && !text.includes('stacktrace') && !text.includes('.js:'), text);
      const requestId = failed.headers.get('x-request-id');
      assert.ok(flaky.logs.some((line) => line['requestId'] === requestId && line['level'] === 50 && JSON.stringify(line).includes('MATCH (n:Entity)')));
      const retried = await flaky.gql(`{ graphStats { entities } }`);
      assert.equal(retried.body.errors, undefined);
    } finally {
      await flaky.stop();
    }
  });

  it('reports a store failure inside a nested list as an error, not as an empty list', async () => {
    const failing = await startTestServer({
      store: backend,
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, property, receiver) {
            if (property === 'getEntities') {
              return async () => {
                throw new StoreUnavailableError('store went away while loading sources');
              };
            }
            return Reflect.get(target, property, receiver);
          },
        }),
    });
    try {
      // The person comes from a list query; its sources need getEntities, which fails.
      const response = await failing.gql(`{ people(first: 1) { edges { node { id sources { id } } } } }`);
      assert.deepEqual(codes(response), ['STORE_UNAVAILABLE']);
    } finally {
      await failing.stop();
    }
  });
});
