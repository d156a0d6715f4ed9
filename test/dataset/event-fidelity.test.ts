/**
 * The fidelity rule for events: a paragraph mentions an event when it names the event or an entity
 * the event involves (participant, organizer, leader, perpetrator, target, place, subject) by a
 * relation citing the same article; never through a relation that only endorses or documents it, nor,
 * in a relation's own check, through that relation. Run on a made-up article in a temporary directory.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkFidelity } from '../../src/dataset/check-fidelity';
import type { Dataset, EntityRecord, RelationRecord } from '../../src/model';

const ARTICLE = 'report/article-x';
const OTHER_ARTICLE = 'report/article-y';

function articlesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'event-fidelity-'));
  // ¶1 title, ¶2 names Ann, ¶3 names the town, ¶4 names Bob, ¶5 names nobody.
  writeFileSync(path.join(dir, 'x.txt'), 'A title\n\nAnn spoke.\n\nIt happened in Oldtown.\n\nBob cheered.\n\nNothing here.\n');
  writeFileSync(path.join(dir, 'y.txt'), 'Another title\n\nAnn again.\n');
  return dir;
}

const entity = (id: string, type: EntityRecord['type'], name: string, extra: Partial<EntityRecord> = {}): EntityRecord =>
  ({ id, type, name, aliases: [], description: 'made up', sources: [ARTICLE], kind: 'OTHER', ...extra }) as EntityRecord;

const relation = (id: string, type: RelationRecord['type'], from: string, to: string, evidence?: Record<string, number[]>): RelationRecord => ({
  id,
  type,
  from,
  to,
  sources: [ARTICLE],
  ...(evidence === undefined ? {} : { evidence }),
});

/** Ann took part in the walkout, which took place in Oldtown; Bob only endorsed it. */
function dataset(eventEvidence: number[], relations: RelationRecord[] = []): Dataset {
  return {
    entities: [
      entity(ARTICLE, 'Report', 'Article X', { sourceFile: 'x.txt', paragraphCount: 5, sources: [] } as Partial<EntityRecord>),
      entity(OTHER_ARTICLE, 'Report', 'Article Y', { sourceFile: 'y.txt', paragraphCount: 2, sources: [] } as Partial<EntityRecord>),
      entity('person/ann', 'Person', 'Ann'),
      entity('person/bob', 'Person', 'Bob'),
      entity('place/oldtown', 'Place', 'Oldtown'),
      entity('event/walkout', 'Event', "Ann's walkout", { evidence: { [ARTICLE]: eventEvidence } }),
    ],
    relations: [
      relation('rel/ann-in-walkout', 'PARTICIPATED_IN', 'person/ann', 'event/walkout'),
      relation('rel/walkout-in-oldtown', 'TOOK_PLACE_IN', 'event/walkout', 'place/oldtown'),
      relation('rel/bob-endorsed', 'ENDORSED', 'person/bob', 'event/walkout'),
      ...relations,
    ],
    statistics: [],
  };
}

describe('fidelity of paragraphs cited for an event', () => {
  const dir = articlesDir();

  it('accepts a paragraph naming a participant or the place of an event it never names', () => {
    assert.deepEqual(checkFidelity(dataset([2, 3]), dir).failures, []);
  });

  it('refuses a paragraph naming only someone who endorsed the event, or no one', () => {
    const { failures } = checkFidelity(dataset([4, 5]), dir);
    assert.deepEqual(failures, [
      `event/walkout: paragraph 4 of ${ARTICLE} mentions neither "Ann's walkout" nor an alias nor an entity the event involves`,
      `event/walkout: paragraph 5 of ${ARTICLE} mentions neither "Ann's walkout" nor an alias nor an entity the event involves`,
    ]);
  });

  it('counts only involvements sourced to the article cited', () => {
    const data = dataset([2]);
    const moved: Dataset = {
      ...data,
      relations: data.relations.map((r) => (r.id === 'rel/ann-in-walkout' ? { ...r, sources: [OTHER_ARTICLE] } : r)),
    };
    assert.equal(checkFidelity(moved, dir).failures.length, 1);
  });

  it('accepts a relation whose paragraph names its other end and another entity the event involves', () => {
    const endorsed = relation('rel/bob-endorsed-cited', 'ENDORSED', 'person/bob', 'event/walkout', { [ARTICLE]: [3, 4] });
    assert.deepEqual(checkFidelity(dataset([2], [endorsed]), dir).failures, []);
  });

  it('does not let a relation vouch for the event at its own other end', () => {
    const cited = relation('rel/ann-in-walkout-cited', 'PARTICIPATED_IN', 'person/ann', 'event/walkout', { [ARTICLE]: [2] });
    // Ann is named, and the event is vouched for by the first Ann relation (not this one): accepted.
    assert.deepEqual(checkFidelity(dataset([2], [cited]), dir).failures, []);
    const alone: Dataset = { ...dataset([3], [cited]) };
    const onlyItself: Dataset = { ...alone, relations: alone.relations.filter((r) => r.id !== 'rel/ann-in-walkout') };
    // Now only the cited relation links Ann to the event, and ¶2 names neither the event nor its place.
    assert.deepEqual(checkFidelity(onlyItself, dir).failures, [
      `rel/ann-in-walkout-cited: paragraphs 2 of ${ARTICLE} never mention event/walkout ("Ann's walkout" or an alias, nor an entity the event involves)`,
    ]);
  });

  it('keeps the rule for other entities: a person is mentioned only by name or alias', () => {
    const data = dataset([2]);
    const bob: Dataset = {
      ...data,
      entities: data.entities.map((e) => (e.id === 'person/bob' ? { ...e, evidence: { [ARTICLE]: [2] } } : e)),
    };
    assert.deepEqual(checkFidelity(bob, dir).failures, [`person/bob: paragraph 2 of ${ARTICLE} mentions neither "Bob" nor an alias`]);
  });
});
