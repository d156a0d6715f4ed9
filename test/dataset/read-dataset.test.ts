import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDataset, validateSeedFiles } from '../../src/dataset';
import { deriveRelationId, type EntityRecord, type RelationRecord } from '../../src/model';
import { GOOD_FIXTURE, goodFiles } from './support';

const ARTICLE = 'report/harbor-gazette-lantern-walk';

function entity(entities: readonly EntityRecord[], id: string): EntityRecord {
  const found = entities.find((candidate) => candidate.id === id);
  assert.ok(found, `no entity ${id}`);
  return found;
}

function relation(relations: readonly RelationRecord[], id: string): RelationRecord {
  const found = relations.find((candidate) => candidate.id === id);
  assert.ok(found, `no relation ${id}; have ${relations.map((r) => r.id).join(', ')}`);
  return found;
}

describe('readDataset on a valid directory', () => {
  it('returns every entity, relation and statistic of the good fixture', async () => {
    const dataset = await readDataset(GOOD_FIXTURE);
    assert.deepEqual(dataset.entities.map((e) => e.id).sort(), [
      'event/lantern-walk',
      'org/harbor-gazette',
      'org/lantern-society',
      'person/mira-solen',
      'person/tobin-vale',
      'place/brightwater',
      'place/eastmarch',
      ARTICLE,
    ]);
    assert.equal(dataset.relations.length, 7, '3 from relations.json and 4 from shorthands');
    assert.deepEqual(dataset.statistics.map((s) => s.id).sort(), ['stat/lantern-society-membership', 'stat/lantern-walk-participants']);
  });

  it('reads the entity type from the id prefix', async () => {
    const { entities } = await readDataset(GOOD_FIXTURE);
    assert.equal(entity(entities, 'person/mira-solen').type, 'Person');
    assert.equal(entity(entities, 'org/harbor-gazette').type, 'Organization');
    assert.equal(entity(entities, 'place/eastmarch').type, 'Place');
    assert.equal(entity(entities, 'event/lantern-walk').type, 'Event');
    assert.equal(entity(entities, ARTICLE).type, 'Report');
  });

  it('defaults aliases to [] and keeps the ones given', async () => {
    const { entities } = await readDataset(GOOD_FIXTURE);
    assert.deepEqual(entity(entities, 'person/mira-solen').aliases, []);
    assert.deepEqual(entity(entities, 'person/tobin-vale').aliases, ['T. Vale']);
  });

  it('defaults a statistic qualifier to EXACT and keeps a given one', async () => {
    const { statistics } = await readDataset(GOOD_FIXTURE);
    const byId = new Map(statistics.map((s) => [s.id, s]));
    assert.equal(byId.get('stat/lantern-society-membership')?.qualifier, 'EXACT');
    assert.equal(byId.get('stat/lantern-walk-participants')?.qualifier, 'ABOUT');
  });

  it('leaves absent optional fields out of the records rather than setting them to undefined', async () => {
    const { entities, statistics } = await readDataset(GOOD_FIXTURE);
    assert.equal(Object.hasOwn(entity(entities, 'place/eastmarch'), 'parent'), false);
    const participants = statistics.find((s) => s.id === 'stat/lantern-walk-participants');
    assert.ok(participants);
    assert.deepEqual(Object.keys(participants).filter((key) => ['low', 'high', 'context', 'note', 'periodStart'].includes(key)), []);
  });

  it('keeps shorthand fields out of the entity records, since they become relations', async () => {
    const { entities } = await readDataset(GOOD_FIXTURE);
    const report = entity(entities, ARTICLE);
    assert.deepEqual(Object.keys(report).sort(), ['aliases', 'description', 'id', 'kind', 'name', 'paragraphCount', 'publishedOn', 'sourceFile', 'sources', 'type']);
    assert.equal(Object.hasOwn(entity(entities, 'event/lantern-walk'), 'place'), false);
  });
});

describe('shorthand expansion', () => {
  it("turns a place's parent into LOCATED_IN with the place's sources", async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    assert.deepEqual(relation(relations, 'rel/place.brightwater/located-in/place.eastmarch'), {
      id: 'rel/place.brightwater/located-in/place.eastmarch',
      type: 'LOCATED_IN',
      from: 'place/brightwater',
      to: 'place/eastmarch',
      sources: [ARTICLE],
    });
  });

  it("turns an event's place into TOOK_PLACE_IN", async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    const took = relation(relations, 'rel/event.lantern-walk/took-place-in/place.brightwater');
    assert.equal(took.type, 'TOOK_PLACE_IN');
    assert.equal(took.from, 'event/lantern-walk');
    assert.equal(took.to, 'place/brightwater');
  });

  it("turns a report's publisher into PUBLISHED from the publisher to the report", async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    const published = relation(relations, `rel/org.harbor-gazette/published/${ARTICLE.replace('/', '.')}`);
    assert.equal(published.from, 'org/harbor-gazette');
    assert.equal(published.to, ARTICLE);
    assert.deepEqual(published.sources, [ARTICLE]);
  });

  it("turns each of a report's authors into AUTHORED", async () => {
    const files = goodFiles();
    const report = files['reports.json']![0]!;
    report.authors = ['person/mira-solen', 'person/tobin-vale'];
    const result = validateSeedFiles(files);
    assert.ok(result.ok, result.issues.map((i) => i.message).join('\n'));
    const authored = result.dataset.relations.filter((r) => r.type === 'AUTHORED');
    assert.deepEqual(authored.map((r) => [r.from, r.to]), [
      ['person/mira-solen', ARTICLE],
      ['person/tobin-vale', ARTICLE],
    ]);
  });
});

describe('relation ids', () => {
  it('derives rel/<from>/<type>/<to> when a relation has no id', async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    const id = deriveRelationId('person/tobin-vale', 'MEMBER_OF', 'org/lantern-society');
    assert.equal(id, 'rel/person.tobin-vale/member-of/org.lantern-society');
    const member = relation(relations, id);
    assert.equal(member.startDate, '2010');
    assert.equal(member.endDate, '2018-06');
  });

  it('keeps an explicit id', async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    assert.equal(relation(relations, 'rel/tobin-vale-quits-lantern-society').type, 'WITHDREW_FROM');
  });

  it('keeps a relation role', async () => {
    const { relations } = await readDataset(GOOD_FIXTURE);
    assert.equal(relation(relations, 'rel/org.lantern-society/organized/event.lantern-walk').role, 'organizer');
  });
});

describe('validateSeedFiles without touching disk', () => {
  it('accepts parsed contents and returns the same dataset readDataset builds', async () => {
    const result = validateSeedFiles(goodFiles());
    assert.ok(result.ok);
    assert.deepEqual(result.dataset, await readDataset(GOOD_FIXTURE));
  });
});
