/**
 * The whole graph is read through the storage port in a number of calls that follows from the
 * dataset's size and the page size, and paging never loses or repeats an entity or relation.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { EXPORT_PAGE_SIZE, readWholeGraph } from '../../src/export';
import { ENTITY_TYPES, type Dataset } from '../../src/model';
import type { GraphStore } from '../../src/store/port';
import { countingStore, realDataset } from '../api/harness';
import { forEachStore, openStore } from '../support/stores';
import { expectedWholeGraphCalls } from './store-calls';

let dataset: Dataset;

before(async () => {
  dataset = await realDataset();
});

const expectedCalls = (pageSize: number) => expectedWholeGraphCalls(dataset, pageSize);

const sortedIds = (records: readonly { id: string }[]) => records.map((record) => record.id).sort();

forEachStore((backend) => {
  let store: GraphStore;
  before(async () => {
    store = await openStore(backend, await realDataset());
  });
  after(() => store?.close());

  for (const pageSize of [EXPORT_PAGE_SIZE, 7]) {
    it(`reads every entity and relation once, in the calls the dataset's size implies, at page size ${pageSize}`, async () => {
      const counting = countingStore(store);
      const source = await readWholeGraph(counting.store, pageSize);
      assert.deepEqual(sortedIds(source.nodes), sortedIds(dataset.entities));
      assert.deepEqual(sortedIds(source.edges), sortedIds(dataset.relations));
      const expected = expectedCalls(pageSize);
      assert.deepEqual(Object.fromEntries(counting.calls), expected);
      assert.equal(source.truncated, false);
    });
  }
});

it('at the default page size the curated dataset takes one listEntities per type and a single relationsOf', () => {
  assert.deepEqual(expectedCalls(EXPORT_PAGE_SIZE), { listEntities: ENTITY_TYPES.length, relationsOf: 1 });
});
