/**
 * A small hand-made dataset with the ids the seed uses, for working on a store without the seed.
 * The behaviour suite itself runs on the real seed dataset.
 */
import { deriveRelationId, type Dataset, type EntityRecord, type RelationRecord, type RelationType, type StatisticRecord } from '../../../src/model';

const SOURCE = 'report/sample-article';
const base = { aliases: [], description: 'Sample record.', sources: [SOURCE] };

const entities: EntityRecord[] = [
  { ...base, id: SOURCE, type: 'Report', kind: 'NEWS_ARTICLE', name: 'Sample article', publishedOn: '2018-03-12' },
  { ...base, id: 'place/canada', type: 'Place', kind: 'COUNTRY', name: 'Canada' },
  { ...base, id: 'place/ontario', type: 'Place', kind: 'PROVINCE', name: 'Ontario' },
  { ...base, id: 'place/toronto', type: 'Place', kind: 'CITY', name: 'Toronto' },
  { ...base, id: 'place/ottawa', type: 'Place', kind: 'CITY', name: 'Ottawa' },
  { ...base, id: 'place/new-york', type: 'Place', kind: 'CITY', name: 'New York' },
  { ...base, id: 'org/ccp', type: 'Organization', kind: 'POLITICAL_PARTY', name: 'Chinese Communist Party', aliases: ['CCP'] },
  { ...base, id: 'org/tuidang-center', type: 'Organization', kind: 'NGO', name: 'Global Service Center for Quitting the CCP', aliases: ['Tuidang Center'] },
  { ...base, id: 'org/falun-gong', type: 'Organization', kind: 'SPIRITUAL_PRACTICE', name: 'Falun Gong', aliases: ['Falun Dafa'] },
  { ...base, id: 'org/comintern', type: 'Organization', kind: 'INTERNATIONAL_ORGANIZATION', name: 'Communist International', aliases: ['Comintern', 'Third International'] },
  { ...base, id: 'person/gao-zhisheng', type: 'Person', name: 'Gao Zhisheng', aliases: ['Gao Zhe Sheng'] },
  { ...base, id: 'person/chen-yonglin', type: 'Person', name: 'Chen Yonglin' },
  { ...base, id: 'person/hao-fengjun', type: 'Person', name: 'Hao Fengjun', aliases: ['Hau Feng Jun'] },
  { ...base, id: 'person/rong-yi', type: 'Person', name: 'Rong Yi' },
  { ...base, id: 'event/gao-withdrawal', type: 'Event', kind: 'PUBLIC_WITHDRAWAL', name: 'Gao Zhisheng quits the party', startDate: '2005-12' },
  { ...base, id: 'event/chen-defection', type: 'Event', kind: 'PUBLIC_WITHDRAWAL', name: 'Chen Yonglin defects', startDate: '2005-05-26' },
  { ...base, id: 'event/hao-withdrawal', type: 'Event', kind: 'PUBLIC_WITHDRAWAL', name: 'Hao Fengjun quits', startDate: '2005' },
  { ...base, id: 'event/toronto-parade', type: 'Event', kind: 'PARADE', name: 'Toronto parade', startDate: '2018-03-10' },
  { ...base, id: 'event/ottawa-parade', type: 'Event', kind: 'PARADE', name: 'Ottawa parade', startDate: '2019' },
  { ...base, id: 'event/new-york-parade', type: 'Event', kind: 'PARADE', name: 'New York parade', startDate: '2015-06', endDate: '2015-07' },
  { ...base, id: 'event/undated-rally', type: 'Event', kind: 'RALLY', name: 'A rally' },
];

const link = (from: string, type: RelationType, to: string): RelationRecord => ({
  id: deriveRelationId(from, type, to), type, from, to, sources: [SOURCE],
});

const relations: RelationRecord[] = [
  link('place/ontario', 'LOCATED_IN', 'place/canada'),
  link('place/toronto', 'LOCATED_IN', 'place/ontario'),
  link('place/ottawa', 'LOCATED_IN', 'place/ontario'),
  link('event/toronto-parade', 'TOOK_PLACE_IN', 'place/toronto'),
  link('event/ottawa-parade', 'TOOK_PLACE_IN', 'place/ottawa'),
  link('event/new-york-parade', 'TOOK_PLACE_IN', 'place/new-york'),
  link('org/tuidang-center', 'LOCATED_IN', 'place/new-york'),
  link('org/tuidang-center', 'ORGANIZED', 'event/toronto-parade'),
  link('person/gao-zhisheng', 'PARTICIPATED_IN', 'event/gao-withdrawal'),
  link('person/chen-yonglin', 'PARTICIPATED_IN', 'event/chen-defection'),
  link('person/hao-fengjun', 'PARTICIPATED_IN', 'event/hao-withdrawal'),
  link('person/gao-zhisheng', 'WITHDREW_FROM', 'org/ccp'),
  link('person/chen-yonglin', 'WITHDREW_FROM', 'org/ccp'),
  link('person/hao-fengjun', 'WITHDREW_FROM', 'org/ccp'),
  link('person/rong-yi', 'WORKS_FOR', 'org/tuidang-center'),
  link('person/rong-yi', 'QUOTED_IN', SOURCE),
  link(SOURCE, 'ABOUT', 'event/toronto-parade'),
  link(SOURCE, 'ABOUT', 'org/ccp'),
  link('org/falun-gong', 'PARTICIPATED_IN', 'event/toronto-parade'),
  link('org/ccp', 'AFFILIATED_WITH', 'org/comintern'),
];

const statistic = (slug: string, asOf: string, value: number): StatisticRecord => ({
  id: `stat/${slug}`, metric: 'CUMULATIVE_WITHDRAWALS', value, unit: 'PEOPLE', qualifier: 'MORE_THAN',
  asOf, subject: 'org/ccp', claimedBy: 'org/tuidang-center', source: SOURCE,
});

const statistics: StatisticRecord[] = [
  statistic('withdrawals-2018', '2018-03', 300_000_000),
  statistic('withdrawals-2010', '2010', 80_000_000),
  statistic('withdrawals-2015', '2015-06-01', 200_000_000),
  { ...statistic('parade-marchers', '2018-03-10', 1000), metric: 'PARTICIPANTS', subject: 'event/toronto-parade' },
];

export const SAMPLE_DATASET: Dataset = { entities, relations, statistics };
