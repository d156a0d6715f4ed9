import { describe, it } from 'node:test';
import { assertIssues, goodFiles, recordIn } from './support';

const EVENT = 'event/lantern-walk';
const MEMBER = 'rel/person.tobin-vale/member-of/org.lantern-society';
const PARTICIPANTS = 'stat/lantern-walk-participants';
const MEMBERSHIP = 'stat/lantern-society-membership';

describe('dates', () => {
  it('rejects a day that does not exist (2021-02-30)', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', EVENT).startDate = '2021-02-30';
    recordIn(files, 'events.json', EVENT).endDate = '2021-03-01';
    assertIssues(files, { file: 'events.json', record: EVENT, field: 'startDate', message: /"2021-02-30" is not a valid date: day 30 does not exist in 2021-02/ });
  });

  it('rejects a month that does not exist (2018-13)', () => {
    const files = goodFiles();
    recordIn(files, 'reports.json', 'report/harbor-gazette-lantern-walk').publishedOn = '2018-13';
    assertIssues(files, { file: 'reports.json', record: 'report/harbor-gazette-lantern-walk', field: 'publishedOn', message: /"2018-13" is not a valid date: month 13 does not exist/ });
  });

  it('rejects a date in another format', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).asOf = '4 May 2019';
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'asOf', message: /"4 May 2019" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD/ });
  });

  it('rejects a date given as a number', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').startDate = 2010;
    assertIssues(files, { file: 'relations.json', record: MEMBER, field: 'startDate', message: /2010 is not a valid date: expected a string/ });
  });

  it('accepts partial dates at different precisions that overlap (2018 and 2018-06)', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').startDate = '2018-06';
    recordIn(files, 'relations.json', 'MEMBER_OF').endDate = '2018';
    assertIssues(files);
  });
});

describe('end before start', () => {
  it('rejects an event that ends before it starts', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', EVENT).endDate = '2019-05-03';
    assertIssues(files, { file: 'events.json', record: EVENT, field: 'endDate', message: /^"2019-05-03" is before startDate "2019-05-04"$/ });
  });

  it('rejects a relation that ends before it starts', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').endDate = '2009';
    assertIssues(files, { file: 'relations.json', record: MEMBER, field: 'endDate', message: /"2009" is before startDate "2010"/ });
  });

  it('rejects a statistic period that ends before it starts', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', MEMBERSHIP).periodEnd = '2014-12';
    assertIssues(files, { file: 'statistics.json', record: MEMBERSHIP, field: 'periodEnd', message: /"2014-12" is before periodStart "2015"/ });
  });
});

describe('statistic figures', () => {
  it('rejects a negative value', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).value = -300;
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /must not be negative, got -300/ });
  });

  it('rejects a negative low', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', MEMBERSHIP).low = -1;
    assertIssues(files, { file: 'statistics.json', record: MEMBERSHIP, field: 'low', message: /must not be negative, got -1/ });
  });

  it('rejects a negative high', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', MEMBERSHIP).low = -5;
    recordIn(files, 'statistics.json', MEMBERSHIP).high = -2;
    assertIssues(
      files,
      { file: 'statistics.json', record: MEMBERSHIP, field: 'low', message: /must not be negative, got -5/ },
      { file: 'statistics.json', record: MEMBERSHIP, field: 'high', message: /must not be negative, got -2/ },
    );
  });

  it('rejects low greater than high', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', MEMBERSHIP).low = 2500;
    assertIssues(files, { file: 'statistics.json', record: MEMBERSHIP, field: 'low', message: /^low 2500 is greater than high 2000$/ });
  });

  it('rejects a statistic with neither value nor low and high', () => {
    const files = goodFiles();
    delete recordIn(files, 'statistics.json', PARTICIPANTS).value;
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /missing: give either "value" or both "low" and "high"/ });
  });

  it('rejects a range with only low', () => {
    const files = goodFiles();
    delete recordIn(files, 'statistics.json', MEMBERSHIP).high;
    assertIssues(files, { file: 'statistics.json', record: MEMBERSHIP, field: 'high', message: /missing: a range needs both "low" and "high"/ });
  });

  it('rejects a value given together with a range', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', MEMBERSHIP).value = 1500;
    assertIssues(files, { file: 'statistics.json', record: MEMBERSHIP, field: 'low', message: /give either "value" or both "low" and "high", not both/ });
  });

  it('does not also report a figure as missing when it is present but malformed', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', PARTICIPANTS).value = 'about 300';
    assertIssues(files, { file: 'statistics.json', record: PARTICIPANTS, field: 'value', message: /expected a number, got string "about 300"/ });
  });
});
