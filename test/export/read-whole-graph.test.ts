/**
 * The whole graph is read through the storage port in a number of calls that follows from the
 * dataset's size and the page size, and paging never loses or repeats an entity or relation.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { EXPORT_PAGE_SIZE, readWholeGraph } from '../../src/export';
import { ENTITY_TYPES, type Dataset } from '../../src/model';
import { MemoryStore } from '../../src/store/memory';
import { countingStore, realDataset } from '../api/harness';

let dataset: Dataset;
let store: MemoryStore;

before(async () => {
  dataset = await realDataset();
  store = await MemoryStore.withDataset(dataset);
});

/**
 * listEntities: one per page of each type (an empty type still takes one call).
 * relationsOf: one per `pageSize` entities, then for each further page r, one per `pageSize`
 * entities with more than r * pageSize outgoing relations.
 */
function expectedCalls(pageSize: number): { listEntities: number; relationsOf: number } {
  const listEntities = ENTITY_TYPES.reduce((sum, type) => {
    const count = dataset.entities.filter((entity) => entity.type === type).length;
    return sum + Math.max(1, Math.ceil(count / pageSize));
  }, 0);
  const outDegree = new Map<string, number>();
  for (const relation of dataset.relations) outDegree.set(relation.from, (outDegree.get(relation.from) ?? 0) + 1);
  let relationsOf = Math.ceil(dataset.entities.length / pageSize);
  for (let round = 1; ; round += 1) {
    const busy = [...outDegree.values()].filter((degree) => degree > round * pageSize).length;
    if (busy === 0) break;
    relationsOf += Math.ceil(busy / pageSize);
  }
  return { listEntities, relationsOf };
}

const sortedIds = (records: readonly { id: string }[]) => records.map((record) => record.id).sort();

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

it('at the default page size the curated dataset takes one listEntities per type and a single relationsOf', () => {
  assert.deepEqual(expectedCalls(EXPORT_PAGE_SIZE), { listEntities: ENTITY_TYPES.length, relationsOf: 1 });
});
