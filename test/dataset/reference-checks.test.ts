import { describe, it } from 'node:test';
import { assertIssues, goodFiles, recordIn } from './support';

const ARTICLE = 'report/harbor-gazette-lantern-walk';
const MEMBER = 'rel/person.tobin-vale/member-of/org.lantern-society';

describe('relation ends', () => {
  it('rejects a relation whose from end does not exist, suggesting a close id', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').from = 'person/tobin-vail';
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/person.tobin-vail/member-of/org.lantern-society',
      field: 'from',
      message: /^points at unknown id "person\/tobin-vail"\. Did you mean "person\/tobin-vale"\?$/,
    });
  });

  it('rejects a relation whose to end does not exist', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').to = 'org/nowhere-club';
    assertIssues(files, { file: 'relations.json', record: 'rel/person.tobin-vale/member-of/org.nowhere-club', field: 'to', message: /^points at unknown id "org\/nowhere-club"$/ });
  });

  it('rejects a to end of a type the relation type does not allow', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').to = 'person/mira-solen';
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/person.tobin-vale/member-of/person.mira-solen',
      field: 'to',
      message: /^points at "person\/mira-solen", a Person; the "to" end of MEMBER_OF must be an Organization$/,
    });
  });

  it('rejects a from end of a type the relation type does not allow', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'ORGANIZED').from = 'place/brightwater';
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/place.brightwater/organized/event.lantern-walk',
      field: 'from',
      message: /a Place; the "from" end of ORGANIZED must be a Person or an Organization$/,
    });
  });

  it('rejects a relation end that names a statistic', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'ORGANIZED').to = 'stat/lantern-walk-participants';
    assertIssues(files, {
      file: 'relations.json',
      record: 'rel/org.lantern-society/organized/stat.lantern-walk-participants',
      field: 'to',
      message: /points at "stat\/lantern-walk-participants", a Statistic; the "to" end of ORGANIZED must be an Event/,
    });
  });
});

describe('shorthand targets', () => {
  it("rejects a place's parent that does not exist", () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/brightwater').parent = 'place/westmarch';
    assertIssues(files, { file: 'places.json', record: 'place/brightwater', field: 'parent', message: /points at unknown id "place\/westmarch"\. Did you mean "place\/eastmarch"\?/ });
  });

  it("rejects a place's parent that is not a Place", () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/brightwater').parent = 'org/lantern-society';
    assertIssues(files, {
      file: 'places.json',
      record: 'place/brightwater',
      field: 'parent',
      message: /points at "org\/lantern-society", an Organization; a place's parent must be a Place/,
    });
  });

  it("rejects an event's place that is not a Place", () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').place = 'org/harbor-gazette';
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'place', message: /an Organization; an event's place must be a Place/ });
  });

  it("rejects an event's place that does not exist", () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').place = 'place/quayside';
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'place', message: /points at unknown id "place\/quayside"/ });
  });

  it("rejects a report's publisher that is not an Organization", () => {
    const files = goodFiles();
    recordIn(files, 'reports.json', ARTICLE).publisher = 'person/mira-solen';
    assertIssues(files, { file: 'reports.json', record: ARTICLE, field: 'publisher', message: /a Person; a report's publisher must be an Organization/ });
  });

  it("rejects a report's author that is a Place", () => {
    const files = goodFiles();
    recordIn(files, 'reports.json', ARTICLE).authors = ['person/mira-solen', 'place/eastmarch'];
    assertIssues(files, { file: 'reports.json', record: ARTICLE, field: 'authors', message: /"place\/eastmarch", a Place; a report's author must be a Person or an Organization/ });
  });

  it("rejects a report's author that does not exist", () => {
    const files = goodFiles();
    recordIn(files, 'reports.json', ARTICLE).authors = ['person/mira-solenn'];
    assertIssues(files, { file: 'reports.json', record: ARTICLE, field: 'authors', message: /unknown id "person\/mira-solenn"\. Did you mean "person\/mira-solen"\?/ });
  });
});

describe('sources', () => {
  it('rejects empty sources', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/mira-solen').sources = [];
    assertIssues(files, { file: 'people.json', record: 'person/mira-solen', field: 'sources', message: /must list at least one report/ });
  });

  it('rejects empty sources on a relation', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').sources = [];
    assertIssues(files, { file: 'relations.json', record: MEMBER, field: 'sources', message: /must list at least one report/ });
  });

  it('rejects a source that does not exist', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/mira-solen').sources = ['report/nope'];
    assertIssues(files, { file: 'people.json', record: 'person/mira-solen', field: 'sources', message: /^points at unknown id "report\/nope"$/ });
  });

  it('rejects a source that is not a Report', () => {
    const files = goodFiles();
    recordIn(files, 'organizations.json', 'org/lantern-society').sources = [ARTICLE, 'org/harbor-gazette'];
    assertIssues(files, {
      file: 'organizations.json',
      record: 'org/lantern-society',
      field: 'sources',
      message: /points at "org\/harbor-gazette", an Organization; a source must be a Report/,
    });
  });

  it('rejects a source listed twice', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').sources = [ARTICLE, ARTICLE];
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'sources', message: /lists "report\/harbor-gazette-lantern-walk" twice/ });
  });
});

describe('statistic references', () => {
  const STAT = 'stat/lantern-walk-participants';

  it('rejects a statistic without a source', () => {
    const files = goodFiles();
    delete recordIn(files, 'statistics.json', STAT).source;
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'source', message: /missing required field/ });
  });

  it('rejects a statistic whose source is not a Report', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', STAT).source = 'org/harbor-gazette';
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'source', message: /an Organization; a statistic's source must be a Report/ });
  });

  it('rejects a statistic whose subject does not exist', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', STAT).subject = 'event/lantern-parade';
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'subject', message: /points at unknown id "event\/lantern-parade"/ });
  });

  it('rejects a statistic whose claimant does not exist', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', STAT).claimedBy = 'org/harbour-gazette';
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'claimedBy', message: /unknown id "org\/harbour-gazette"\. Did you mean "org\/harbor-gazette"\?/ });
  });

  it('rejects a statistic whose context does not exist', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', STAT).context = 'place/old-town';
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'context', message: /unknown id "place\/old-town"/ });
  });

  it('rejects a statistic whose subject is another statistic', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', STAT).subject = 'stat/lantern-society-membership';
    assertIssues(files, { file: 'statistics.json', record: STAT, field: 'subject', message: /a Statistic; a statistic's subject must be an entity/ });
  });

  it('checks references in records that are otherwise broken too', () => {
    const files = goodFiles();
    const record = recordIn(files, 'statistics.json', STAT);
    record.metric = 'HEADCOUNT';
    record.subject = 'event/lantern-parade';
    assertIssues(
      files,
      { file: 'statistics.json', record: STAT, field: 'metric', message: /unknown metric "HEADCOUNT"/ },
      { file: 'statistics.json', record: STAT, field: 'subject', message: /unknown id "event\/lantern-parade"/ },
    );
  });
});
