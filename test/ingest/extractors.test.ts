/**
 * The extractors on small texts of our own: dates (full, year-less, relative), figures (scale words,
 * ranges, qualifiers, shares, orders of magnitude), mentions of known entities (case, accents,
 * possessives, transliteration spacing), new candidates and who claims a figure.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityRecord } from '../../src/model';
import { claimantOf } from '../../src/ingest/draft-statistics';
import { findCandidates } from '../../src/ingest/find-candidates';
import { findDates } from '../../src/ingest/find-dates';
import { findFigures } from '../../src/ingest/find-figures';
import { findMentions } from '../../src/ingest/find-mentions';
import { findRelations } from '../../src/ingest/find-relations';
import { inferArticleDate } from '../../src/ingest/infer-article-date';
import { resolvedDate, seedDate } from '../../src/ingest/resolve-date';
import { sentencesOf } from '../../src/ingest/text-units';

const person = (id: string, name: string, aliases: string[] = []): EntityRecord => ({ id, type: 'Person', name, aliases, description: 'x', sources: [] });
const org = (id: string, name: string, aliases: string[] = []): EntityRecord => ({ id, type: 'Organization', kind: 'NGO', name, aliases, description: 'x', sources: [] });

describe('dates', () => {
  it('reads full, month, year-less and relative dates with the word before them', () => {
    const found = findDates('By Oct. 2, 2019 the club had moved; in May 2020 it grew, on June 5 it met, last week it voted, and since 2001 it has sailed.');
    assert.deepEqual(
      found.map((d) => [d.value, d.preposition]),
      [
        [{ kind: 'absolute', date: '2019-10-02' }, 'by'],
        [{ kind: 'absolute', date: '2020-05' }, 'in'],
        [{ kind: 'yearless', month: 6, day: 5 }, 'on'],
        [{ kind: 'relative', days: -7 }, ''],
        [{ kind: 'absolute', date: '2001' }, 'since'],
      ],
    );
  });

  it('resolves a year-less date in the article year, or the year before when its month is later', () => {
    const june5 = seedDate({ kind: 'yearless', month: 6, day: 5 }, 'report/x', '2020-08');
    assert.deepEqual(june5, { relativeTo: 'report/x', years: 0, month: 6, day: 5 });
    assert.equal(resolvedDate(june5, '2020-08'), '2020-06-05');
    assert.equal(resolvedDate(seedDate({ kind: 'yearless', month: 11, day: 30 }, 'report/x', '2020-08'), '2020-08'), '2019-11-30');
    assert.equal(resolvedDate(seedDate({ kind: 'yearless', month: 2, endOfMonth: true }, 'report/x', '2024-05'), '2024-05'), '2024-02-29');
    assert.equal(resolvedDate(seedDate({ kind: 'relative', years: -1 }, 'report/x', '2020-08'), '2020-08'), '2019');
  });

  it('dates an article from its latest full date, or from a figure the graph already dates', () => {
    const fromText = inferArticleDate({ statedDates: ['2010', '2019-10-02', '2015-03'], cumulativeFigures: [] }, []);
    assert.equal(fromText?.date, '2019-10');
    assert.equal(fromText?.basis, 'INFERRED');
    const known = [{ id: 'stat/a', metric: 'CUMULATIVE_WITHDRAWALS', value: 7e6, unit: 'PEOPLE', qualifier: 'EXACT', asOf: '2021-04-09', subject: 'x', claimedBy: 'x', source: 'x' }] as const;
    const fromFigure = inferArticleDate({ statedDates: ['2004'], cumulativeFigures: [7e6] }, known);
    assert.equal(fromFigure?.date, '2021-04');
    assert.match(fromFigure!.reasoning, /7,000,000/);
    assert.equal(inferArticleDate({ statedDates: [], cumulativeFigures: [] }, []), undefined);
    assert.equal(inferArticleDate({ statedDates: [], cumulativeFigures: [] }, [], '2001-02')?.basis, 'STATED');
  });
});

describe('figures', () => {
  const figures = (text: string) => findFigures(text, findDates(text)).map(({ start: _s, end: _e, ...rest }) => rest);

  it('reads scale words, separators, qualifiers and ranges, and never a date', () => {
    assert.deepEqual(figures('On May 4, 2011 more than 2.5 million riders and nearly 1,200 drivers joined.'), [
      { value: 2_500_000, qualifier: 'MORE_THAN', percent: false },
      { value: 1200, qualifier: 'NEARLY', percent: false },
    ]);
    assert.deepEqual(figures('Between 20,000–35,000 boats a day, or 3 million to 4 million a year.'), [
      { low: 20_000, high: 35_000, qualifier: 'ABOUT', percent: false },
      { low: 3e6, high: 4e6, qualifier: 'EXACT', percent: false },
    ].map((f, i) => (i === 0 ? { ...f, qualifier: 'EXACT' as const } : f)));
  });

  it('reads shares and orders of magnitude, and skips counts of time', () => {
    assert.deepEqual(figures('At least 1 out of every 5 sailors, and tens of millions of fish, after 3 weeks.'), [
      { value: 20, qualifier: 'AT_LEAST', percent: true },
      { low: 1e7, high: 1e8 - 1, qualifier: 'ORDER_OF_MAGNITUDE', percent: false },
    ]);
    assert.deepEqual(figures('They rowed for 12 days and 40 times around the 300 Club, at 7:45 and 9: 30.'), []);
    assert.deepEqual(figures('Three reasons moved eight senior officers to sign.'), [{ value: 8, qualifier: 'EXACT', percent: false }]);
  });
});

describe('mentions of known entities', () => {
  const entities = [person('person/lin-wenhao', 'Lin Wenhao'), person('person/celine-durand', 'Céline Durand'), org('org/harbour-guild', 'Harbour Guild', ['the Guild'])];

  it('finds names across case, accents, possessives and transliteration spacing, with paragraphs', () => {
    const mentions = findMentions(['News of the Guild', 'Celine Durand’s boat left. Lin Wen Hao waved.', 'THE GUILD met the Harbour Guild’s board.'], entities);
    assert.deepEqual(
      mentions.map((m) => [m.entity.id, m.paragraphs, m.newSpellings]),
      [
        ['org/harbour-guild', [1, 3], []],
        ['person/celine-durand', [2], []],
        ['person/lin-wenhao', [2], ['Lin Wen Hao']],
      ],
    );
  });

  it('does not take a one-word alias inside a longer name', () => {
    const mentions = findMentions(['Chen Quay spoke, then Chen answered.'], [person('person/chen', 'Mr Chen', ['Chen'])]);
    assert.deepEqual(mentions.map((m) => m.paragraphs), [[1]]);
    const inside = findMentions(['Chen Quay spoke.'], [person('person/chen', 'Mr Chen', ['Chen'])]);
    assert.deepEqual(inside, []);
  });
});

describe('new candidates and claimants', () => {
  it('types new names by their last word, a title or the shape of a Chinese name, and skips known ones', () => {
    const paragraphs = ['Harbour news', 'Yesterday Zhou Minghai met officials of the Riverside Shipping Bureau in Qingtan Province.', 'Mr. Zhou Minghai said the Harbour Guild would help.'];
    const candidates = findCandidates(paragraphs, sentencesOf(paragraphs), (name) => name === 'Harbour Guild');
    const byName = new Map(candidates.map((c) => [c.name, c]));
    assert.equal(byName.get('Zhou Minghai')?.type, 'Person');
    assert.deepEqual(byName.get('Zhou Minghai')?.paragraphs, [2, 3]);
    assert.equal(byName.get('Riverside Shipping Bureau')?.kind, 'GOVERNMENT_AGENCY');
    assert.equal(byName.get('Qingtan Province')?.type, 'Place');
    assert.equal(byName.has('Harbour Guild'), false);
    for (const candidate of candidates) assert.ok(candidate.confidence > 0 && candidate.confidence <= 0.95);
  });

  it('types "Town, X.Y." as a place, and the city a body is named after', () => {
    const paragraphs = ['Harbour news', 'Boats sailed past Portland, O.R., on Sunday.', 'A clerk of the Chengdu River Transport Bureau counted them.'];
    const byName = new Map(findCandidates(paragraphs, sentencesOf(paragraphs), () => false).map((c) => [c.name, c]));
    assert.equal(byName.get('Portland, O.R.')?.type, 'Place');
    assert.equal(byName.get('Chengdu River Transport Bureau')?.type, 'Organization');
    assert.deepEqual([byName.get('Chengdu')?.type, byName.get('Chengdu')?.kind], ['Place', 'CITY']);
  });

  it('reads quoted titles inside quotations, quoted event titles, credit lines, and prose with many capitals', () => {
    const paragraphs = [
      'Harbour news',
      'She said, “I once painted a mural called ‘The Harbour Is Singing’ for the town.”',
      'In those years the “Clean Harbour Campaign” was run by the wardens.',
      'Mei Lanfang | Harbour Weekly',
      'Boats In Line (Tomas Reyes/Harbour Weekly)',
      'Save the Boats now. Sign the Keep Harbour Petition at',
    ];
    const byName = new Map(findCandidates(paragraphs, sentencesOf(paragraphs), () => false).map((c) => [c.name, c]));
    assert.equal(byName.get('The Harbour Is Singing')?.type, 'Report');
    assert.deepEqual([byName.get('Clean Harbour Campaign')?.type, byName.get('Clean Harbour Campaign')?.kind], ['Event', 'POLITICAL_CAMPAIGN']);
    assert.equal(byName.get('Mei Lanfang')?.type, 'Person');
    assert.equal(byName.get('Tomas Reyes')?.type, 'Person');
    assert.deepEqual([byName.get('Keep Harbour Petition')?.type, byName.get('Keep Harbour Petition')?.kind], ['Event', 'PETITION']);
  });

  it('drafts a protest from "protesters in" a place, and a report from "a report published by" a name', () => {
    const paragraphs = ['Harbour news', 'Guards chased protesters in Port Loma at night.', 'A report published in May 2019 by Harbour Watch counted the boats.'];
    const byName = new Map(findCandidates(paragraphs, sentencesOf(paragraphs), () => false).map((c) => [c.name, c]));
    assert.deepEqual([byName.get('protests in Port Loma')?.type, byName.get('protests in Port Loma')?.kind], ['Event', 'PROTEST']);
    assert.deepEqual([byName.get('report by Harbour Watch')?.type, byName.get('report by Harbour Watch')?.kind], ['Report', 'INVESTIGATIVE_REPORT']);
  });

  it('reads who claims a figure from "according to" or a verb of speech', () => {
    const named = [
      { id: 'org/harbour-guild', type: 'Organization' as const, names: ['Harbour Guild'] },
      { id: 'person/lin-wenhao', type: 'Person' as const, names: ['Lin Wenhao'] },
    ];
    assert.equal(claimantOf('According to the Harbour Guild, 300 boats left.', named), 'org/harbour-guild');
    assert.equal(claimantOf('Lin Wenhao said 300 boats left.', named), 'person/lin-wenhao');
    assert.equal(claimantOf('300 boats left.', named), undefined);
  });
});

describe('relation candidates', () => {
  const named = [
    { id: 'org/harbour-guild', type: 'Organization' as const, names: ['Harbour Guild'] },
    { id: 'org/rowing-club', type: 'Organization' as const, names: ['Rowing Club'] },
    { id: 'person/lin-wenhao', type: 'Person' as const, names: ['Lin Wenhao'] },
  ];
  const relations = (text: string) =>
    findRelations(sentencesOf(['Title', text]), named, 'report/x').map((r) => [r.type, r.from, r.to, r.assertion ?? 'STATED', r.paragraphs]);

  it('reads who quit, led or spoke from sentence structure, with the paragraph', () => {
    assert.deepEqual(relations('Lin Wenhao quit the Harbour Guild.'), [['WITHDREW_FROM', 'person/lin-wenhao', 'org/harbour-guild', 'STATED', [2]]]);
    assert.deepEqual(relations('Lin Wenhao said he wants to leave the Harbour Guild.').find((r) => r[0] === 'WITHDREW_FROM'), ['WITHDREW_FROM', 'person/lin-wenhao', 'org/harbour-guild', 'INTENDED', [2]]);
    assert.deepEqual(relations('Lin Wenhao, president of the Rowing Club, told the Harbour Guild so.').map((r) => r[0]).sort(), ['LEADS', 'QUOTED_IN']);
  });

  it('reads who organized an event named right after the verb', () => {
    const withEvent = [...named, { id: 'event/boat-parade', type: 'Event' as const, names: ['boat parade'] }];
    const found = findRelations(sentencesOf(['Title', 'Last May the Rowing Club organized a boat parade.']), withEvent, 'report/x').map((r) => [r.type, r.from, r.to]);
    assert.deepEqual(found, [['ORGANIZED', 'org/rowing-club', 'event/boat-parade']]);
  });

  it('does not make a body that reports the quitting quit itself', () => {
    assert.deepEqual(relations('According to the Rowing Club, 300 people quit the Harbour Guild.'), []);
  });
});
