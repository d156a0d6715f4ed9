/**
 * The API as a hostile or careless client meets it. Each case here was answered badly once (a 5xx,
 * an INTERNAL_SERVER_ERROR, a stall, an echo of a megabyte, a silent empty answer) and must now get
 * a 200 or a 4xx with a code; the server must answer normally afterwards. The last test sweeps a
 * list of hostile values through every argument of every root field.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import * as http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { getIntrospectionQuery, isNonNullType } from 'graphql';
import { graphSchema } from '../../src/graphql/schema';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './harness';

/** A small selection for each root field, and values for its required arguments. */
const ROOT_FIELDS: Readonly<Record<string, { args: string; select: string }>> = {
  node: { args: 'id: "person/gao-zhisheng"', select: '{ id }' },
  entity: { args: 'id: "person/gao-zhisheng"', select: '{ id }' },
  search: { args: 'query: "gao"', select: '{ entity { id } }' },
  searchEntities: { args: 'query: "gao"', select: '{ totalCount edges { score node { id } } }' },
  nodes: { args: 'ids: ["person/gao-zhisheng", "stat/none"]', select: '{ id }' },
  people: { args: '', select: '{ totalCount edges { node { id } } }' },
  organizations: { args: '', select: '{ totalCount edges { node { id } } }' },
  events: { args: '', select: '{ totalCount edges { node { id } } }' },
  places: { args: '', select: '{ totalCount edges { node { id } } }' },
  reports: { args: '', select: '{ totalCount edges { node { id } } }' },
  timeline: { args: '', select: '{ totalCount edges { node { id } } }' },
  statistics: { args: '', select: '{ id }' },
  neighborhood: { args: 'id: "person/gao-zhisheng"', select: '{ nodes { id } edges { id } }' },
  shortestPath: { args: 'fromId: "person/gao-zhisheng", toId: "person/rong-yi"', select: '{ nodes { id } }' },
  shortestPaths: { args: 'fromId: "person/gao-zhisheng", toId: "person/rong-yi"', select: '{ nodes { id } }' },
  graphStats: { args: '', select: '{ entities }' },
  export: { args: 'format: GEXF', select: '{ nodeCount edgeCount }' },
};

const rootFields = () => Object.values(graphSchema().getQueryType()!.getFields());

function serverErrors(response: GraphQLResponse): string[] {
  return codes(response).filter((code) => code === 'INTERNAL_SERVER_ERROR' || code === undefined);
}

async function raw(origin: string, init: RequestInit & { path?: string }): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${origin}${init.path ?? '/graphql'}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the API against hostile clients', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  describe('requests that cost more than they look', () => {
    it('refuses 30 aliased whole-graph GraphML exports as over the cost limit (they were cost 90 and 5 MB)', async () => {
      const response = await server.gql(`{ ${Array.from({ length: 30 }, (_, i) => `e${i}: export(format: GRAPHML) { content }`).join(' ')} }`);
      assert.equal(response.status, 400);
      assert.deepEqual(codes(response), ['LIMIT_EXCEEDED']);
      assert.match(response.body.errors![0]!.message, /query cost of this operation is \d+, above the maximum of 10000/);
    });

    it('counts introspection: GraphiQL\'s own query passes, 30 aliased __schema walks do not', async () => {
      const ide = await server.gql(getIntrospectionQuery());
      assert.equal(ide.body.errors, undefined);
      const alias = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } } } }`).join(' ')} }`;
      const many = await server.gql(alias);
      assert.deepEqual(codes(many), ['LIMIT_EXCEEDED']);
    });

    it('refuses an answer larger than MAX_RESPONSE_BYTES, naming the limit', async () => {
      const small = await startTestServer({ env: { MAX_RESPONSE_BYTES: '2048' } });
      try {
        const response = await small.gql('{ people(first: 100) { edges { node { id name description } } } }');
        assert.equal(response.status, 400);
        assert.deepEqual(codes(response), ['LIMIT_EXCEEDED']);
        assert.match(response.body.errors![0]!.message, /above the maximum of 2048 \(MAX_RESPONSE_BYTES\)/);
        assert.equal((await small.gql('{ graphStats { entities } }')).status, 200);
      } finally {
        await small.stop();
      }
    });
  });

  describe('client mistakes are 4xx with a code, logged without a stack', () => {
    it('refuses inline fragments nested 3,000 deep before parsing (it overflowed the stack)', async () => {
      const depth = 3000;
      const response = await server.gql(`{ ${'... on Query { '.repeat(depth)} graphStats { entities } ${'}'.repeat(depth)} }`);
      assert.equal(response.status, 400);
      assert.deepEqual(codes(response), ['LIMIT_EXCEEDED']);
      assert.match(response.body.errors![0]!.message, /nests brackets 3002 levels deep, above the maximum of 64/);
    });

    for (const operation of ['mutation { x }', 'subscription { x }', 'query { graphStats { entities } } mutation M { y }']) {
      it(`answers "${operation}" with 400 BAD_REQUEST, not an internal error`, async () => {
        const before = server.logs.length;
        const response = await server.gql(operation);
        assert.equal(response.status, 400);
        assert.deepEqual(codes(response), ['BAD_REQUEST']);
        assert.match(response.body.errors![0]!.message, /answers queries only/);
        const logged = server.logs.slice(before);
        assert.ok(!logged.some((line) => line['level'] >= 50 || JSON.stringify(line).includes('stack')), JSON.stringify(logged));
      });
    }

    it('echoes at most a short prefix of a huge id, cursor or date (a 1 MB id came back whole)', async () => {
      // 400,000 characters, so that two of them still fit in one request body.
      const huge = 'x'.repeat(400_000);
      for (const query of [
        `{ node(id: "${huge}") { id } }`,
        `{ people(after: "${huge}") { totalCount } }`,
        `{ timeline(from: "${huge}", to: "${huge}") { totalCount } }`,
      ]) {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const text = await response.text();
        assert.equal(response.status, 400, text.slice(0, 300));
        assert.ok(text.length < 2000, `the error is ${text.length} bytes`);
        assert.match(text, /\(400000 characters\)/);
      }
    });
  });

  describe('explicit null means not given, as a literal and as a variable', () => {
    for (const field of rootFields()) {
      const optional = field.args.filter((arg) => !isNonNullType(arg.type));
      if (optional.length === 0) continue;
      it(`${field.name}: ${optional.map((arg) => arg.name).join(', ')} null as if left out`, async () => {
        const { args, select } = ROOT_FIELDS[field.name]!;
        const withArgs = (extra: string) => `${field.name}${args || extra ? `(${[args, extra].filter(Boolean).join(', ')})` : ''} ${select}`;
        const omitted = await server.gql(`{ ${withArgs('')} }`);
        assert.equal(omitted.body.errors, undefined, JSON.stringify(omitted.body.errors));
        const literal = await server.gql(`{ ${withArgs(optional.map((arg) => `${arg.name}: null`).join(', '))} }`);
        assert.deepEqual(literal.body, omitted.body, 'literal nulls');
        const declarations = optional.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const variables = await server.gql(`query(${declarations}) { ${withArgs(optional.map((arg) => `${arg.name}: $${arg.name}`).join(', '))} }`, Object.fromEntries(optional.map((arg) => [arg.name, null])));
        assert.deepEqual(variables.body, omitted.body, 'null variables');
      });
    }

    it('input fields set to null (events filter, timeline kinds) answer as if left out', async () => {
      const omitted = await server.gql('{ events(filter: {}) { totalCount } timeline { totalCount } }');
      const nulls = await server.gql('{ events(filter: {kinds: null, from: null, to: null, placeId: null, participantId: null}) { totalCount } timeline(kinds: null) { totalCount } }');
      assert.equal(nulls.body.errors, undefined, JSON.stringify(nulls.body.errors));
      assert.deepEqual(nulls.body, omitted.body);
    });
  });

  describe('HTTP', () => {
    it('reads APPLICATION/JSON (media types are case-insensitive) and refuses application/jsonx', async () => {
      const body = JSON.stringify({ query: '{ graphStats { entities } }' });
      assert.equal((await raw(server.origin, { method: 'POST', headers: { 'content-type': 'APPLICATION/JSON; Charset=UTF-8' }, body })).status, 200);
      assert.equal((await raw(server.origin, { method: 'POST', headers: { 'content-type': 'application/jsonx' }, body })).status, 400);
    });

    it('refuses a body whose Content-Length is over the limit at once, and closes the connection without reading it', async () => {
      const port = Number(new URL(server.origin).port);
      const socket = connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${50 * 1024 * 1024}\r\n\r\n{"query":`);
      let answer = '';
      socket.on('data', (chunk) => (answer += String(chunk)));
      await new Promise((resolve) => socket.once('close', resolve));
      assert.match(answer, /^HTTP\/1\.1 413 /);
      assert.match(answer, /connection: close/i);
      assert.match(answer, /larger than the maximum of 1048576 bytes/);
    });

    it('makes its own request id, logging a client\'s id beside it instead of taking it', async () => {
      const response = await raw(server.origin, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-id' }, body: '{"query":"{ graphStats { entities } }"}' });
      const id = response.headers.get('x-request-id')!;
      assert.match(id, /^[0-9a-f-]{36}$/);
      assert.ok(server.logs.some((line) => line['requestId'] === id && line['clientRequestId'] === 'client-chosen-id'));
    });

    for (const path of ['/graphiql', '/explore']) {
      it(`sends a policy without inline code, nosniff and no framing with ${path}`, async () => {
        const response = await raw(server.origin, { path, headers: { accept: 'text/html' } });
        const policy = response.headers.get('content-security-policy') ?? '';
        assert.match(policy, /script-src 'self'/);
        assert.match(policy, /frame-ancestors 'none'/);
        assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      });
    }

    it('drops connections beyond MAX_CONNECTIONS and keeps serving the others', async () => {
      const capped = await startTestServer({ env: { MAX_CONNECTIONS: '3' } });
      const port = Number(new URL(capped.origin).port);
      const sockets = await Promise.all(Array.from({ length: 3 }, () => new Promise<ReturnType<typeof connect>>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
      })));
      try {
        const extra = connect(port, '127.0.0.1');
        await new Promise((resolve) => extra.once('close', resolve));
        assert.ok(capped.logs.some((line) => line['msg'] === 'connection refused: too many open connections'));
      } finally {
        sockets.forEach((socket) => socket.destroy());
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal((await capped.gql('{ graphStats { entities } }')).status, 200);
      await capped.stop();
    });

    it('tells a keep-alive client in flight during a drain to close, instead of resetting it', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let gated = false;
      const slow = await startTestServer({
        wrapStore: (store) => new Proxy(store, {
          get: (target, property, receiver) => (property === 'counts' && gated ? async (n: number) => (await gate, target.counts(n)) : Reflect.get(target, property, receiver)),
        }),
      });
      gated = true;
      const agent = new http.Agent({ keepAlive: true });
      const answered = new Promise<{ status: number; connection?: string }>((resolve, reject) => {
        const request = http.request(slow.url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection }));
        });
        request.on('error', reject);
        request.end('{"query":"{ graphStats { entities } }"}');
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stopped = slow.stop();
      release();
      assert.deepEqual(await answered, { status: 200, connection: 'close' });
      await stopped;
      agent.destroy();
    });
  });

  describe('production mode', () => {
    let production: TestServer;
    before(async () => {
      production = await startTestServer({ env: { NODE_ENV: 'production' } });
    });
    after(() => production?.stop());

    it('refuses introspection, drops "Did you mean" hints and serves no IDE', async () => {
      const introspection = await production.gql('{ __schema { types { name } } }');
      assert.equal(introspection.status, 400);
      assert.match(introspection.body.errors![0]!.message, /Introspection is turned off/);
      const typo = await production.gql('{ grahpStats { entities } }');
      assert.doesNotMatch(typo.body.errors![0]!.message, /Did you mean/);
      assert.equal((await raw(production.origin, { path: '/graphiql' })).status, 404);
      const ide = await raw(production.origin, { path: '/graphql', headers: { accept: 'text/html' } });
      assert.doesNotMatch(ide.text, /GraphiQL/);
      assert.equal((await production.gql('{ __typename graphStats { entities } }')).status, 200);
    });

    it('keeps them in development', async () => {
      const typo = await server.gql('{ grahpStats { entities } }');
      assert.match(typo.body.errors![0]!.message, /Did you mean "graphStats"\?/);
    });
  });

  describe('a sweep of hostile values through every argument of every root field', () => {
    const HOSTILE: readonly unknown[] = [
      null, '', ' ', '\u0000', '\u202e', 'x'.repeat(100_000), '<script>alert(1)</script>', "' OR 1=1 --", '$where', '../../../etc/passwd',
      'person/../../org/ccp', 'person/', '/', 'person/gao-zhisheng\n', '%00', '\\', '"', '{}', '*:*', 'name:x OR *', 'a~9999', '[* TO *]', '\ud83d\ude00',
      '2005-02-30', '0000', '-0001', '99999-01', '2018-3', 'person/gao-zhisheng'.toUpperCase(),
      0, -1, 1.5, -0.0001, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, true, false, [], [null], ['PARADE', 'NOT_A_KIND'], {}, { field: 'NAME' }, { nested: { deeper: [1, 2, 3] } },
    ];
    let cases = 0;

    it('answers every value with 200 or 400, never a server error, and still serves afterwards', async () => {
      const failures: string[] = [];
      for (const field of rootFields()) {
        const { args, select } = ROOT_FIELDS[field.name]!;
        for (const arg of field.args) {
          for (const value of HOSTILE) {
            // The argument gets the value through a variable of its own type, the other required ones their sample values.
            const others = args.split(/,\s*(?=\w+:)/).filter((part) => part && !part.startsWith(`${arg.name}:`)).join(', ');
            const query = `query($v: ${String(arg.type)}) { ${field.name}(${[others, `${arg.name}: $v`].filter(Boolean).join(', ')}) ${select} }`;
            const response = await server.gql(query, { v: value });
            cases++;
            const bad = response.status >= 500 || ![200, 400].includes(response.status) || serverErrors(response).length > 0;
            if (bad) failures.push(`${field.name}(${arg.name}: ${JSON.stringify(value)?.slice(0, 40)}) -> ${response.status} ${JSON.stringify(response.body.errors)?.slice(0, 200)}`);
          }
        }
      }
      assert.deepEqual(failures, []);
      const { body } = await server.gql('{ entity(id: "person/gao-zhisheng") { name } }');
      assert.equal(body.data.entity.name, 'Gao Zhisheng');
      console.log(`hostile sweep: ${cases} requests, none answered with a server error`);
      assert.ok(cases >= 300, `${cases} cases`);
    });
  });
});
