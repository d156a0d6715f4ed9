/** Each root field over HTTP, with expectations read from the real dataset. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dayRange, type Dataset, type EntityRecord } from '../../src/model';
import { realDataset, startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  let server: TestServer;
  let data: Dataset;
  const ofType = (type: EntityRecord['type']) => data.entities.filter((e) => e.type === type);

  before(async () => {
    data = await realDataset();
    server = await startTestServer({ store: backend });
  });
  after(() => server?.stop());

  describe('node and entity', () => {
    it('resolves an entity, a relation and a statistic by id, each as its own type', async () => {
      const [entity, relation, stat] = [data.entities[0]!, data.relations[0]!, data.statistics[0]!];
      const { body } = await server.gql(
        `query($e: ID!, $r: ID!, $s: ID!) {
          e: node(id: $e) { __typename id ... on Entity { name } }
          r: node(id: $r) { __typename id ... on Relation { type from { id } to { id } } }
          s: node(id: $s) { __typename id ... on Statistic { metric } }
        }`,
        { e: entity.id, r: relation.id, s: stat.id },
      );
      assert.equal(body.errors, undefined);
      assert.deepEqual(body.data.e, { __typename: entity.type, id: entity.id, name: entity.name });
      assert.deepEqual(body.data.r, { __typename: 'Relation', id: relation.id, type: relation.type, from: { id: relation.from }, to: { id: relation.to } });
      assert.deepEqual(body.data.s, { __typename: 'Statistic', id: stat.id, metric: stat.metric });
    });

    it('returns an event with its own fields through entity(id)', async () => {
      const event = ofType('Event').find((e) => e.type === 'Event' && e.startDate)!;
      const { body } = await server.gql(`query($id: ID!) { entity(id: $id) { ... on Event { id kind startDate } } }`, { id: event.id });
      assert.deepEqual(body.data.entity, { id: event.id, kind: (event as any).kind, startDate: (event as any).startDate });
    });

    it('returns null for well-formed ids that are not in the graph', async () => {
      const { body } = await server.gql(`{ a: node(id: "person/no-such-person") { id } b: entity(id: "org/nothing") { id } c: node(id: "stat/none") { id } }`);
      assert.equal(body.errors, undefined);
      assert.deepEqual(body.data, { a: null, b: null, c: null });
    });
  });

  describe('search', () => {
    it('finds a person by a lower-case name missing its last letter', async () => {
      const person = ofType('Person').find((p) => p.id === 'person/gao-zhisheng') ?? ofType('Person')[0]!;
      const typo = person.name.toLowerCase().slice(0, -1);
      const { body } = await server.gql(`query($q: String!) { search(query: $q, types: [PERSON], first: 5) { score entity { id __typename } } }`, { q: typo });
      assert.equal(body.errors, undefined);
      assert.ok(body.data.search.length > 0);
      assert.equal(body.data.search[0].entity.id, person.id);
      assert.ok(body.data.search.every((hit: any) => hit.entity.__typename === 'Person' && hit.score > 0));
    });
  });

  describe('entity lists', () => {
    for (const [field, type] of [['people', 'Person'], ['organizations', 'Organization'], ['events', 'Event'], ['places', 'Place'], ['reports', 'Report']] as const) {
      it(`${field} counts every ${type} in the dataset`, async () => {
        const { body } = await server.gql(`{ ${field}(first: 3) { totalCount edges { cursor node { __typename } } pageInfo { hasNextPage endCursor } } }`);
        assert.equal(body.errors, undefined);
        const connection = body.data[field];
        assert.equal(connection.totalCount, ofType(type).length);
        assert.equal(connection.edges.length, Math.min(3, ofType(type).length));
        assert.ok(connection.edges.every((edge: any) => edge.node.__typename === type));
        assert.equal(connection.pageInfo.endCursor, connection.edges.at(-1).cursor);
      });
    }

    it('people are ordered by name by default, and by id descending on request', async () => {
      const { body } = await server.gql(`{ a: people(first: 100) { edges { node { name } } } b: people(first: 100, orderBy: { field: ID, direction: DESC }) { edges { node { id } } } }`);
      const names = body.data.a.edges.map((e: any) => e.node.name);
      assert.deepEqual(names, [...names].sort((x: string, y: string) => x.localeCompare(y)));
      const ids = body.data.b.edges.map((e: any) => e.node.id);
      assert.deepEqual(ids, ofType('Person').map((p) => p.id).sort().reverse());
    });

    it('organizations filter by kind', async () => {
      const parties = ofType('Organization').filter((o) => (o as any).kind === 'POLITICAL_PARTY');
      const { body } = await server.gql(`{ organizations(filter: { kinds: [POLITICAL_PARTY] }) { totalCount edges { node { kind } } } }`);
      assert.equal(body.data.organizations.totalCount, parties.length);
      assert.ok(body.data.organizations.edges.every((e: any) => e.node.kind === 'POLITICAL_PARTY'));
    });

    it('events filter by participant: the events a person took part in or organized', async () => {
      const relation = data.relations.find((r) => r.type === 'PARTICIPATED_IN')!;
      const expected = new Set(data.relations.filter((r) => (r.type === 'PARTICIPATED_IN' || r.type === 'ORGANIZED') && r.from === relation.from).map((r) => r.to));
      const { body } = await server.gql(`query($p: ID!) { events(filter: { participantId: $p }, first: 100) { edges { node { id participants { id } } } } }`, { p: relation.from });
      const ids = body.data.events.edges.map((e: any) => e.node.id);
      assert.deepEqual(new Set(ids), expected);
      assert.ok(body.data.events.edges.every((e: any) => e.node.participants.some((p: any) => p.id === relation.from)));
    });
  });

  describe('timeline', () => {
    it('lists dated events earliest first, within from/to', async () => {
      const { body } = await server.gql(`{ timeline(from: "2000", to: "2010", first: 100) { totalCount edges { node { id startDate endDate } } } }`);
      assert.equal(body.errors, undefined);
      const starts = body.data.timeline.edges.map((e: any) => dayRange(e.node.startDate).earliest);
      assert.ok(starts.length > 0);
      assert.deepEqual(starts, [...starts].sort());
      const expected = ofType('Event').filter((e: any) => {
        if (!e.startDate) return false;
        const span = { earliest: dayRange(e.startDate).earliest, latest: dayRange(e.endDate ?? e.startDate).latest };
        return span.latest >= '2000-01-01' && span.earliest <= '2010-12-31';
      });
      assert.equal(body.data.timeline.totalCount, expected.length);
    });
  });

  describe('statistics', () => {
    it('lists every figure on a metric in asOf order', async () => {
      const expected = data.statistics.filter((s) => s.metric === 'CUMULATIVE_WITHDRAWALS');
      const { body } = await server.gql(`{ statistics(metric: CUMULATIVE_WITHDRAWALS) { id asOf metric value } }`);
      assert.equal(body.errors, undefined);
      assert.deepEqual(new Set(body.data.statistics.map((s: any) => s.id)), new Set(expected.map((s) => s.id)));
      const days = body.data.statistics.map((s: any) => dayRange(s.asOf).earliest);
      assert.deepEqual(days, [...days].sort());
    });
  });

  describe('graph queries', () => {
    it('neighborhood puts the centre first and only returns edges between returned nodes', async () => {
      const { body } = await server.gql(`{ neighborhood(id: "org/tuidang-center", depth: 2, limit: 40) { truncated nodes { id } edges { from { id } to { id } } } }`);
      assert.equal(body.errors, undefined);
      const { nodes, edges } = body.data.neighborhood;
      assert.equal(nodes[0].id, 'org/tuidang-center');
      assert.ok(nodes.length > 1 && nodes.length <= 40);
      const ids = new Set(nodes.map((n: any) => n.id));
      assert.ok(edges.every((e: any) => ids.has(e.from.id) && ids.has(e.to.id)));
    });

    it('neighborhood of an unknown entity is null', async () => {
      const { body } = await server.gql(`{ neighborhood(id: "org/none") { truncated } }`);
      assert.deepEqual(body.data, { neighborhood: null });
    });

    it('shortestPath joins two people with consecutive relations', async () => {
      const { body } = await server.gql(`{ shortestPath(fromId: "person/gao-zhisheng", toId: "person/chen-yonglin", maxLength: 4) { length nodes { id } edges { from { id } to { id } } } }`);
      assert.equal(body.errors, undefined);
      const path = body.data.shortestPath;
      assert.equal(path.nodes[0].id, 'person/gao-zhisheng');
      assert.equal(path.nodes.at(-1).id, 'person/chen-yonglin');
      assert.equal(path.length, path.edges.length);
      path.edges.forEach((edge: any, i: number) => {
        const ends = new Set([edge.from.id, edge.to.id]);
        assert.ok(ends.has(path.nodes[i].id) && ends.has(path.nodes[i + 1].id));
      });
    });

    it('shortestPath is null when no path fits in maxLength', async () => {
      const { body } = await server.gql(`{ shortestPath(fromId: "person/gao-zhisheng", toId: "person/chen-yonglin", maxLength: 1) { length } }`);
      assert.deepEqual(body.data, { shortestPath: null });
    });

    it('graphStats counts entities by type and relations by type as the dataset does', async () => {
      const { body } = await server.gql(`{ graphStats(mostConnected: 3) { entities relations statistics byType { type count } byRelationType { type count } byKind { type kind count } mostConnected { degree entity { id } } } }`);
      assert.equal(body.errors, undefined);
      const stats = body.data.graphStats;
      assert.equal(stats.entities, data.entities.length);
      assert.equal(stats.relations, data.relations.length);
      assert.equal(stats.statistics, data.statistics.length);
      for (const { type, count } of stats.byType) assert.equal(count, ofType((type[0] + type.slice(1).toLowerCase()) as EntityRecord['type']).length);
      for (const { type, count } of stats.byRelationType) assert.equal(count, data.relations.filter((r) => r.type === type).length);
      assert.ok(stats.byKind.some((k: any) => k.type === 'EVENT'));
      assert.equal(stats.mostConnected.length, 3);
      const degrees = stats.mostConnected.map((m: any) => m.degree);
      assert.deepEqual(degrees, [...degrees].sort((a: number, b: number) => b - a));
    });
  });
});
