/** shortestPaths and the `avoid` argument over HTTP, on each store, with their sources and their limits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serveDuringSuite } from './harness';
import { forEachStore } from '../support/stores';

const GAO = 'person/gao-zhisheng';
const RONG = 'person/rong-yi';
const PATHS = `query($from: ID!, $to: ID!, $avoid: [ID!], $first: Int) {
  shortestPaths(fromId: $from, toId: $to, maxLength: 6, avoid: $avoid, first: $first) {
    length
    nodes { id }
    edges { id from { id } to { id } sources { id name } citations { report { id } paragraphs } }
  }
  one: shortestPath(fromId: $from, toId: $to, maxLength: 6, avoid: $avoid) { nodes { id } edges { id } }
}`;

const nodeIds = (path: { nodes: { id: string }[] }) => path.nodes.map((n) => n.id);

forEachStore((store) => {
  const suite = serveDuringSuite(store);

  describe('shortestPaths', () => {
    it('lists up to `first` distinct paths of one length, the first being shortestPath, each relation with its sources', async () => {
      const { body } = await suite.server.gql(PATHS, { from: GAO, to: RONG, first: 3 });
      assert.equal(body.errors, undefined);
      const paths = body.data.shortestPaths as any[];
      assert.ok(paths.length >= 1 && paths.length <= 3);
      assert.deepEqual({ nodes: paths[0].nodes, edges: paths[0].edges.map((e: any) => ({ id: e.id })) }, body.data.one);
      const keys = paths.map((p) => nodeIds(p).join(' '));
      assert.deepEqual(keys, [...new Set(keys)].sort(), 'distinct, in order of entity ids');
      for (const path of paths) {
        assert.equal(path.length, paths[0].length);
        path.edges.forEach((edge: any, i: number) => {
          assert.deepEqual([edge.from.id, edge.to.id].sort(), [path.nodes[i].id, path.nodes[i + 1].id].sort());
          assert.ok(edge.sources.length > 0 && edge.sources.every((s: any) => s.id.startsWith('report/') && s.name), edge.id);
          assert.deepEqual(edge.citations.map((c: any) => c.report.id).sort(), edge.sources.map((s: any) => s.id).sort());
        });
      }
    });

    it('steps around the entities in `avoid`, on both fields', async () => {
      const plain = await suite.server.gql(PATHS, { from: GAO, to: RONG, first: 1 });
      const middle = nodeIds(plain.body.data.one).slice(1, -1);
      const { body } = await suite.server.gql(PATHS, { from: GAO, to: RONG, avoid: middle, first: 5 });
      assert.equal(body.errors, undefined);
      for (const path of [...body.data.shortestPaths, ...(body.data.one ? [body.data.one] : [])]) {
        assert.ok(!nodeIds(path).some((id) => middle.includes(id)), nodeIds(path).join(' '));
      }
      assert.deepEqual(body.data.shortestPaths[0]?.nodes ?? null, body.data.one?.nodes ?? null);
    });

    it('ignores an end listed in `avoid`', async () => {
      const plain = await suite.server.gql(PATHS, { from: GAO, to: RONG, first: 2 });
      const { body } = await suite.server.gql(PATHS, { from: GAO, to: RONG, avoid: [GAO, RONG], first: 2 });
      assert.deepEqual(body, plain.body);
    });

    it('refuses a malformed id in `avoid` and a `first` below 1, naming the argument', async () => {
      const bad = await suite.server.gql(PATHS, { from: GAO, to: RONG, avoid: ['Gao Zhisheng'] });
      assert.equal(bad.body.errors?.[0]?.extensions?.['code'], 'BAD_USER_INPUT');
      assert.match(bad.body.errors![0]!.message, /^Argument "avoid" is invalid: "Gao Zhisheng" is not an entity id/);
      const none = await suite.server.gql(PATHS, { from: GAO, to: RONG, first: 0 });
      assert.equal(none.body.errors?.[0]?.extensions?.['code'], 'BAD_USER_INPUT');
      assert.match(none.body.errors![0]!.message, /^Argument "first" is invalid: must be at least 1/);
    });

    it('refuses an `avoid` list longer than a page, naming the argument and the maximum', async () => {
      const avoid = Array.from({ length: 101 }, (_, i) => `person/nobody-${i}`);
      const { body } = await suite.server.gql(PATHS, { from: GAO, to: RONG, avoid });
      assert.equal(body.errors?.[0]?.extensions?.['code'], 'LIMIT_EXCEEDED');
      assert.match(body.errors![0]!.message, /Argument "avoid" holds 101 items, above the maximum page size of 100/);
    });

    it('costs `first` paths: a hundred of the longest paths ask more than one', async () => {
      const many = `{ shortestPaths(fromId: "${GAO}", toId: "${RONG}", maxLength: 8, first: 100) { nodes { id name description aliases } edges { id type sources { id name } } } }`;
      const { body } = await suite.server.gql(many);
      assert.equal(body.errors?.[0]?.extensions?.['code'], 'LIMIT_EXCEEDED');
      assert.match(body.errors![0]!.message, /query cost of this operation is \d+, above the maximum of 10000/);
      const one = many.replace('shortestPaths(', 'shortestPath(').replace(', first: 100', '');
      assert.equal((await suite.server.gql(one)).body.errors, undefined);
    });
  });
});
