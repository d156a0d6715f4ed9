import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDataset, summarize } from '../../src/dataset';
import { GOOD_FIXTURE } from './support';

describe('summarize', () => {
  it('counts entities by type and by Type:KIND, relations by type and statistics by metric', async () => {
    const summary = summarize(await readDataset(GOOD_FIXTURE));
    assert.deepEqual(summary, {
      entities: 8,
      relations: 7,
      statistics: 2,
      entitiesByType: { Event: 1, Organization: 2, Person: 2, Place: 2, Report: 1 },
      entitiesByKind: {
        'Event:PARADE': 1,
        'Organization:MEDIA_OUTLET': 1,
        'Organization:NGO': 1,
        'Place:CITY': 1,
        'Place:COUNTRY': 1,
        'Report:NEWS_ARTICLE': 1,
      },
      relationsByType: { AUTHORED: 1, LOCATED_IN: 1, MEMBER_OF: 1, ORGANIZED: 1, PUBLISHED: 1, TOOK_PLACE_IN: 1, WITHDREW_FROM: 1 },
      statisticsByMetric: { MEMBERSHIP: 1, PARTICIPANTS: 1 },
    });
  });

  it('lists keys in sorted order so two summaries print alike', async () => {
    const summary = summarize(await readDataset(GOOD_FIXTURE));
    const keys = Object.keys(summary.relationsByType);
    assert.deepEqual(keys, [...keys].sort());
  });

  it('counts an empty dataset as zeros', () => {
    assert.deepEqual(summarize({ entities: [], relations: [], statistics: [] }), {
      entities: 0,
      relations: 0,
      statistics: 0,
      entitiesByType: {},
      entitiesByKind: {},
      relationsByType: {},
      statisticsByMetric: {},
    });
  });
});
