/** Relay paging across pages: every item exactly once, in a stable order, with honest pageInfo. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { serveDuringSuite, type GraphQLResponse } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  const suite = serveDuringSuite(backend);

  async function walk(field: string, pageSize: number, extraArgs = ''): Promise<{ ids: string[]; pages: number; totals: Set<number> }> {
    const ids: string[] = [];
    const totals = new Set<number>();
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const { body }: GraphQLResponse = await suite.server.gql(
        `query($after: String) { ${field}(first: ${pageSize}, after: $after ${extraArgs}) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after: cursor },
      );
      assert.equal(body.errors, undefined);
      const page = body.data[field];
      assert.equal(page.pageInfo.hasPreviousPage, pages > 0);
      ids.push(...page.edges.map((e: any) => e.node.id));
      totals.add(page.totalCount);
      pages += 1;
      if (!page.pageInfo.hasNextPage) return { ids, pages, totals };
      cursor = page.pageInfo.endCursor;
    }
  }

  it('walks every person exactly once, seven at a time', async () => {
    const people = suite.data.entities.filter((e) => e.type === 'Person').map((p) => p.id);
    const { ids, pages, totals } = await walk('people', 7);
    assert.deepEqual([...totals], [people.length]);
    assert.equal(pages, Math.ceil(people.length / 7));
    assert.deepEqual([...ids].sort(), [...people].sort());
  });

  it('walks the timeline across pages in the same order as one big page', async () => {
    const { body } = await suite.server.gql(`{ timeline(first: 100) { edges { node { id } } } }`);
    const all = body.data.timeline.edges.map((e: any) => e.node.id);
    const { ids } = await walk('timeline', 6);
    assert.deepEqual(ids, all);
  });

  it('pages through an entity\'s relations', async () => {
    const degree = (id: string) => suite.data.relations.filter((r) => r.from === id || r.to === id).length;
    const hub = suite.data.entities.map((e) => e.id).sort((a, b) => degree(b) - degree(a))[0]!;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: GraphQLResponse = await suite.server.gql(
        `query($id: ID!, $after: String) { entity(id: $id) { relations(first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { id: hub, after: cursor },
      );
      const relations: any = body.data.entity.relations;
      assert.equal(relations.totalCount, degree(hub));
      seen.push(...relations.edges.map((e: any) => e.node.id));
      cursor = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
    } while (cursor);
    assert.equal(new Set(seen).size, degree(hub));
  });

  it('answers two pages of one entity\'s relations, asked side by side under aliases, each on its own', async () => {
    const degree = (id: string) => suite.data.relations.filter((r) => r.from === id || r.to === id).length;
    const hub = suite.data.entities.map((e) => e.id).sort((a, b) => degree(b) - degree(a))[0]!;
    const { body } = await suite.server.gql(
      `query($id: ID!) { entity(id: $id) {
        head: relations(first: 3) { edges { node { id } } }
        tail: relations(last: 3) { edges { node { id } } }
        shortTail: relations(last: 2) { edges { node { id } } }
        all: relations(first: 100) { edges { node { id } } }
      } }`,
      { id: hub },
    );
    const ids = (alias: string) => body.data.entity[alias].edges.map((e: any) => e.node.id);
    const all = ids('all');
    assert.ok(all.length > 6);
    assert.deepEqual(ids('head'), all.slice(0, 3));
    assert.deepEqual(ids('tail'), all.slice(-3));
    assert.deepEqual(ids('shortTail'), all.slice(-2));
  });
});
