/** Every relation and figure says where it comes from: the reports, and for figures who claims them. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { serveDuringSuite } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  const suite = serveDuringSuite(backend);

  it('a relation names the reports that state it', async () => {
    const relation = suite.data.relations.find((r) => r.type === 'WITHDREW_FROM')!;
    const { body } = await suite.server.gql(
      `query($id: ID!) { node(id: $id) { ... on Relation { type from { id } to { id } sources { id __typename publishedOn } } } }`,
      { id: relation.id },
    );
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data.node.sources.map((s: any) => s.id), relation.sources);
    assert.ok(body.data.node.sources.every((s: any) => s.__typename === 'Report'));
  });

  it('a statistic names its source report, its claimant and its subject', async () => {
    for (const stat of suite.data.statistics.slice(0, 10)) {
      const { body } = await suite.server.gql(
        `query($id: ID!) { node(id: $id) { ... on Statistic { asOf unit qualifier source { id } claimedBy { id } subject { id } } } }`,
        { id: stat.id },
      );
      assert.equal(body.errors, undefined);
      assert.deepEqual(body.data.node, {
        asOf: stat.asOf,
        unit: stat.unit,
        qualifier: stat.qualifier,
        source: { id: stat.source },
        claimedBy: { id: stat.claimedBy },
        subject: { id: stat.subject },
      });
    }
  });

  it('an entity lists its sources in the dataset\'s order', async () => {
    const entity = suite.data.entities.find((e) => e.sources.length > 1) ?? suite.data.entities[0]!;
    const { body } = await suite.server.gql(`query($id: ID!) { entity(id: $id) { sources { id } } }`, { id: entity.id });
    assert.deepEqual(body.data.entity.sources.map((s: any) => s.id), entity.sources);
  });
});
