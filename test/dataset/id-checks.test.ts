import { describe, it } from 'node:test';
import { assertIssues, goodFiles, recordIn, recordsOf } from './support';

describe('malformed ids', () => {
  it('rejects an id whose slug is not lowercase words joined by hyphens', () => {
    const files = goodFiles();
    recordsOf(files, 'people.json').push({
      id: 'person/Tobin_Vale',
      name: 'Tobin Vale',
      description: 'A second, badly spelt record.',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files, {
      file: 'people.json',
      record: 'person/Tobin_Vale',
      field: 'id',
      message: /^malformed id "person\/Tobin_Vale": expected person\/<lowercase-words-joined-by-hyphens>$/,
    });
  });

  it('rejects an id with a prefix that belongs in another file (an org/ id in people.json)', () => {
    const files = goodFiles();
    recordsOf(files, 'people.json').push({
      id: 'org/tide-watchers',
      name: 'Tide Watchers',
      description: 'Made-up group filed in the wrong place.',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files, {
      file: 'people.json',
      record: 'org/tide-watchers',
      field: 'id',
      message: /id "org\/tide-watchers" names an Organization, but people\.json holds only Person ids \(person\/<lowercase-words-joined-by-hyphens>\)/,
    });
  });

  it('rejects an id with a prefix no entity type uses', () => {
    const files = goodFiles();
    recordsOf(files, 'places.json').push({
      id: 'country/westmarch',
      name: 'Westmarch',
      kind: 'COUNTRY',
      description: 'Made-up country with a made-up prefix.',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files, { file: 'places.json', record: 'country/westmarch', field: 'id', message: /unknown prefix "country\/"; expected place\// });
  });

  it('rejects a statistic id without the stat/ prefix', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').id = 'lantern-walk-participants';
    assertIssues(files, { file: 'statistics.json', record: 'lantern-walk-participants', field: 'id', message: /malformed id "lantern-walk-participants": expected stat\// });
  });

  it('rejects a malformed explicit relation id', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'rel/tobin-vale-quits-lantern-society').id = 'rel/Tobin quits';
    assertIssues(files, { file: 'relations.json', record: 'rel/Tobin quits', field: 'id', message: /malformed id "rel\/Tobin quits"/ });
  });
});

describe('duplicate ids', () => {
  it('rejects an id used twice in one file, naming both records', () => {
    const files = goodFiles();
    recordsOf(files, 'people.json').push({ ...recordIn(files, 'people.json', 'person/mira-solen'), name: 'Mira Solen (again)' });
    assertIssues(files, {
      file: 'people.json',
      record: 'person/mira-solen',
      field: undefined,
      message: /^duplicate id "person\/mira-solen" \(record #2\): first defined at seed\/data\/people\.json record #0\.$/,
    });
  });

  it('rejects a relation written out in relations.json that a shorthand already derives', () => {
    const files = goodFiles();
    recordsOf(files, 'relations.json').push({
      type: 'LOCATED_IN',
      from: 'place/brightwater',
      to: 'place/eastmarch',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/place.brightwater/located-in/place.eastmarch',
      message: /duplicate id "rel\/place\.brightwater\/located-in\/place\.eastmarch" \(record #3\): first defined at seed\/data\/places\.json record #1 field "parent"\. If these are two different relations, give one an explicit "id"/,
    });
  });

  it('rejects two relations of one type between the same pair when neither has an explicit id', () => {
    const files = goodFiles();
    recordsOf(files, 'relations.json').push({
      type: 'MEMBER_OF',
      from: 'person/tobin-vale',
      to: 'org/lantern-society',
      startDate: '2019',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/person.tobin-vale/member-of/org.lantern-society',
      message: /duplicate id .* \(record #3\): first defined at seed\/data\/relations\.json record #0\./,
    });
  });

  it('accepts two relations of one type between the same pair when one has an explicit id', () => {
    const files = goodFiles();
    recordsOf(files, 'relations.json').push({
      id: 'rel/tobin-vale-rejoins-lantern-society',
      type: 'MEMBER_OF',
      from: 'person/tobin-vale',
      to: 'org/lantern-society',
      startDate: '2019',
      sources: ['report/harbor-gazette-lantern-walk'],
    });
    assertIssues(files);
  });
});
