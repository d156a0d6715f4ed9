/** No N+1: a query over 50 entities costs the store a fixed handful of batch calls. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { countingStore, startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  let server: TestServer;
  let counter: ReturnType<typeof countingStore>;

  before(async () => {
    server = await startTestServer({ store: backend, wrapStore: (store) => (counter = countingStore(store)).store });
  });
  after(() => server?.stop());

  const NESTED = (first: number) => `{
    events(first: ${first}) {
      edges { node {
        id
        sources { id publisher { id } }
        participants { id }
        place { id parent { id } }
        relations(first: 10) { edges { node { type from { id } to { id } sources { id } } } }
      } }
    }
  }`;

  async function callsFor(query: string): Promise<{ calls: Map<string, number>; total: number; data: any }> {
    counter.calls.clear();
    const { body } = await server.gql(query);
    assert.equal(body.errors, undefined);
    return { calls: new Map(counter.calls), total: counter.total(), data: body.data };
  }

  it('fetches nested fields of 50 events in a fixed handful of store calls', async () => {
    const { total, calls, data } = await callsFor(NESTED(50));
    const events = data.events.edges.map((e: any) => e.node);
    const nestedObjects = events.reduce(
      (n: number, e: any) => n + e.sources.length + e.participants.length + (e.place ? 1 : 0) + e.relations.edges.length * 3,
      0,
    );
    assert.equal(events.length, 50);
    assert.ok(nestedObjects > 100, `the query should touch many nested objects, touched ${nestedObjects}`);
    // One list call, then one batch per level of nesting (5 levels here), whatever the number of events.
    const detail = JSON.stringify([...calls]);
    assert.equal(calls.get('listEntities'), 1, detail);
    assert.ok((calls.get('relationsOf') ?? 0) <= 3, detail);
    assert.ok((calls.get('getEntities') ?? 0) <= 5, detail);
    assert.ok(total <= 9, detail);
  });

  it('costs no more store calls for 50 events than for 10', async () => {
    const ten = await callsFor(NESTED(10));
    const fifty = await callsFor(NESTED(50));
    assert.ok(fifty.total <= ten.total + 2, `10 events: ${ten.total} calls, 50 events: ${fifty.total} calls`);
  });
});
