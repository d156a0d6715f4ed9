/**
 * How the embedded store ranks search hits beyond what the shared behaviour suite asks of every
 * store: entities holding every word as typed come first, typos are forgiven only in words no
 * entity holds, and a common word typed with a rare one still counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Dataset, PersonRecord } from '../../src/model';
import { MemoryStore } from '../../src/store/memory';

function person(name: string, aliases: string[] = []): PersonRecord {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return { id: `person/${slug}`, type: 'Person', name, aliases, description: `${name}, for a search test.`, sources: [] };
}

async function storeOf(people: readonly PersonRecord[]): Promise<MemoryStore> {
  const dataset: Dataset = { entities: people, relations: [], statistics: [] };
  return MemoryStore.withDataset(dataset);
}

const ids = (hits: readonly { entity: { id: string } }[]) => hits.map((hit) => hit.entity.id);

describe('memory store search ranking', () => {
  it('ranks an entity holding every word as typed, if only in an alias, above a near spelling of a name', async () => {
    const store = await storeOf([person('Gao Zhishen'), person('Defence Lawyers', ['Gao Zhisheng Defence Committee of Lawyers'])]);
    const hits = await store.search('Gao Zhisheng', { first: 5 });
    assert.deepEqual(ids(hits), ['person/defence-lawyers', 'person/gao-zhishen']);
  });

  it('reads a word no entity holds as the known word two swapped letters give, but leaves known words alone', async () => {
    const store = await storeOf([person('Chen Duxiu'), person('Chen Yonglin', ['Chen Yong Lin']), person('Form Reader'), person('From Writer')]);
    assert.deepEqual(ids(await store.search('Chen Dxuiu', { first: 1 })), ['person/chen-duxiu']);
    assert.deepEqual(ids(await store.search('form', { first: 1 })), ['person/form-reader']);
  });

  it('fills the answer with partial matches below the exact ones, scores descending', async () => {
    const store = await storeOf([person('Gao Zhisheng'), person('Gao Yan'), person('Li Zhisheng'), person('Wang Dan')]);
    const hits = await store.search('Gao Zhisheng', { first: 5 });
    assert.equal(hits[0]?.entity.id, 'person/gao-zhisheng');
    assert.deepEqual(new Set(ids(hits).slice(1)), new Set(['person/gao-yan', 'person/li-zhisheng']));
    assert.ok(hits[0]!.score > hits[1]!.score);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  });

  it('stops at the exact matches when there are enough of them', async () => {
    const store = await storeOf([person('Gao Zhisheng'), person('Gao Zhisheng Senior'), person('Gao Zhishen')]);
    const hits = await store.search('Gao Zhisheng', { first: 2 });
    assert.deepEqual(ids(hits), ['person/gao-zhisheng', 'person/gao-zhisheng-senior']);
  });

  it('forgives a typo in a word no entity holds, not in one some entity does', async () => {
    const store = await storeOf([person('Gao Zhisheng'), person('Li Zhishen')]);
    assert.equal((await store.search('Zhisheg Gao', { first: 5 }))[0]?.entity.id, 'person/gao-zhisheng');
    assert.deepEqual(ids(await store.search('Zhishen Li', { first: 5 })), ['person/li-zhishen']);
  });

  it('counts a common word typed with a rare one, whole or still being typed', async () => {
    // Enough people called Chen that "chen" is too common to search and only boosts.
    const chens = Array.from({ length: 300 }, (_, i) => person(`Chen Number${i}`));
    const store = await storeOf([...chens, person('Guangcheng Li'), person('Chen Guangcheng')]);
    assert.equal((await store.search('Chen Guangcheng', { first: 5 }))[0]?.entity.id, 'person/chen-guangcheng');
    assert.equal((await store.search('Guangcheng Ch', { first: 5 }))[0]?.entity.id, 'person/chen-guangcheng');
    assert.equal((await store.search('Chen Guangch', { first: 5 }))[0]?.entity.id, 'person/chen-guangcheng');
  });

  it('ranks the entity whose whole alias is the query above names that merely contain the word', async () => {
    const store = await storeOf([person('Communist International', ['Comintern']), person('Comintern envoy mission to Beijing')]);
    const hits = await store.search('comintern', { first: 5 });
    assert.deepEqual(ids(hits), ['person/communist-international', 'person/comintern-envoy-mission-to-beijing']);
  });

  it('ranks the entity whose alias begins with a half-typed query first', async () => {
    const store = await storeOf([person('Global Service Center', ['Tuidang Center']), person('Tuidang Center reports a milestone')]);
    const hits = await store.search('tuidang cent', { first: 5 });
    assert.equal(hits[0]?.entity.id, 'person/global-service-center');
  });
});
