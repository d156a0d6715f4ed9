import { describe, it } from 'node:test';
import { assertIssues, goodFiles, recordIn, recordsOf } from './support';

const PERSON = 'person/mira-solen';

describe('record shape', () => {
  it('rejects a file that is not an array', () => {
    const files: Record<string, unknown> = goodFiles();
    files['people.json'] = { id: PERSON };
    assertIssues(files as never, { file: 'people.json', message: /expected a JSON array of records, got an object/ });
  });

  it('rejects a record that is not an object, naming its index', () => {
    const files = goodFiles();
    (recordsOf(files, 'people.json') as unknown[]).push('person/stray');
    assertIssues(files, { file: 'people.json', record: '#2', message: /expected a record object, got string "person\/stray"/ });
  });

  it('rejects a missing file', () => {
    const files = goodFiles();
    delete files['events.json'];
    // Only the missing file is reported, not every reference to an event that lived in it.
    assertIssues(files, { file: 'events.json', message: /file is missing/ });
  });
});

describe('unknown fields', () => {
  it('suggests the closest known field for a typo such as "sorces"', () => {
    const files = goodFiles();
    const person = recordIn(files, 'people.json', PERSON);
    person.sorces = person.sources;
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'sorces', message: /^unknown field "sorces"\. Did you mean "sources"\?$/ });
  });

  it('lists the known fields when nothing is close', () => {
    const files = goodFiles();
    recordIn(files, 'organizations.json', 'org/lantern-society').headquarters = 'place/brightwater';
    assertIssues(files, {
      file: 'organizations.json',
      record: 'org/lantern-society',
      field: 'headquarters',
      message: /unknown field "headquarters"\. Known fields in organizations\.json: id, name, aliases, description, sources, kind/,
    });
  });

  it('rejects a field that belongs to another file (a place field on an event)', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').parent = 'place/eastmarch';
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'parent', message: /unknown field "parent"/ });
  });
});

describe('required fields and their types', () => {
  it('reports a missing required field', () => {
    const files = goodFiles();
    delete recordIn(files, 'organizations.json', 'org/harbor-gazette').kind;
    assertIssues(files, { file: 'organizations.json', record: 'org/harbor-gazette', field: 'kind', message: /missing required field/ });
  });

  it('reports a missing id by record index', () => {
    const files = goodFiles();
    delete recordIn(files, 'people.json', 'person/tobin-vale').id;
    // Nothing else points at Tobin, except a relation and a statistic: drop those too.
    recordsOf(files, 'relations.json').splice(0, 2);
    recordsOf(files, 'statistics.json').splice(1, 1);
    assertIssues(files, { file: 'people.json', record: '#1', field: 'id', message: /missing required field/ });
  });

  it('reports a wrongly-typed field', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).name = 42;
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'name', message: /expected a string, got number 42/ });
  });

  it('reports sources given as a string instead of an array', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).sources = 'report/harbor-gazette-lantern-walk';
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'sources', message: /expected an array of report ids, got string/ });
  });

  it('reports a statistic value given as text', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').value = '300';
    assertIssues(files, { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'value', message: /expected a number, got string "300"/ });
  });

  it('rejects an empty name', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).name = '   ';
    assertIssues(files, { file: 'people.json', record: PERSON, field: 'name', message: /must not be empty/ });
  });

  it('rejects an empty description', () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/eastmarch').description = '';
    assertIssues(files, { file: 'places.json', record: 'place/eastmarch', field: 'description', message: /must not be empty/ });
  });
});

describe('aliases', () => {
  it('rejects an alias listed twice', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/tobin-vale').aliases = ['T. Vale', 'Tob', 'T. Vale'];
    assertIssues(files, { file: 'people.json', record: 'person/tobin-vale', field: 'aliases', message: /alias "T\. Vale" is listed twice/ });
  });

  it('rejects an alias repeated with only surrounding spaces changed', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/tobin-vale').aliases = ['T. Vale', ' T. Vale '];
    assertIssues(files, { file: 'people.json', record: 'person/tobin-vale', field: 'aliases', message: /alias " T\. Vale " is listed twice/ });
  });

  it('accepts aliases that differ only in case, as the sources may spell them', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/tobin-vale').aliases = ['T. Vale', 't. vale'];
    assertIssues(files);
  });

  it('rejects an empty alias', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', 'person/tobin-vale').aliases = [''];
    assertIssues(files, { file: 'people.json', record: 'person/tobin-vale', field: 'aliases', message: /every alias must not be empty/ });
  });
});

describe('enum values', () => {
  it('suggests the closest kind for a misspelt one', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').kind = 'PARDE';
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'kind', message: /^unknown kind "PARDE" for an Event\. Did you mean "PARADE"\?$/ });
  });

  it('lists the valid kinds when nothing is close', () => {
    const files = goodFiles();
    recordIn(files, 'places.json', 'place/eastmarch').kind = 'PLANET';
    assertIssues(files, { file: 'places.json', record: 'place/eastmarch', field: 'kind', message: /Expected one of: CONTINENT, COUNTRY, REGION, PROVINCE, CITY, DISTRICT, LANDMARK\./ });
  });

  it('rejects a kind that belongs to another entity type', () => {
    const files = goodFiles();
    recordIn(files, 'organizations.json', 'org/lantern-society').kind = 'CITY';
    assertIssues(files, { file: 'organizations.json', record: 'org/lantern-society', field: 'kind', message: /unknown kind "CITY" for an Organization/ });
  });

  it('rejects an unknown relation type and suggests a close one', () => {
    const files = goodFiles();
    recordIn(files, 'relations.json', 'MEMBER_OF').type = 'MEMBER';
    assertIssues(files, { file: 'relations.json', record: 'rel/person.tobin-vale/member/org.lantern-society', field: 'type', message: /unknown relation type "MEMBER"\. Did you mean "MEMBER_OF"\?/ });
  });

  it('rejects an unknown metric', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').metric = 'PARTICIPANT';
    assertIssues(files, { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'metric', message: /unknown metric "PARTICIPANT"\. Did you mean "PARTICIPANTS"\?/ });
  });

  it('rejects an unknown unit', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').unit = 'HEADS';
    assertIssues(files, { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'unit', message: /unknown unit "HEADS"\..*PEOPLE/ });
  });

  it('rejects an unknown qualifier', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').qualifier = 'APPROXIMATELY';
    assertIssues(files, { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'qualifier', message: /unknown qualifier "APPROXIMATELY"\..*ABOUT/ });
  });

  it('rejects an unknown dateBasis', () => {
    const files = goodFiles();
    recordIn(files, 'events.json', 'event/lantern-walk').dateBasis = 'GUESSED';
    assertIssues(files, { file: 'events.json', record: 'event/lantern-walk', field: 'dateBasis', message: /unknown date basis "GUESSED"\. Expected one of: STATED, RELATIVE, INFERRED\./ });
  });

  it('rejects an unknown asOfBasis on a statistic', () => {
    const files = goodFiles();
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').asOfBasis = 'stated';
    assertIssues(files, { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'asOfBasis', message: /unknown date basis "stated"\. Did you mean "STATED"\?/ });
  });
});

describe('collecting every problem', () => {
  it('reports all problems in one run rather than stopping at the first', () => {
    const files = goodFiles();
    recordIn(files, 'people.json', PERSON).name = '';
    recordIn(files, 'places.json', 'place/eastmarch').kind = 'PLANET';
    recordIn(files, 'statistics.json', 'stat/lantern-walk-participants').value = -1;
    assertIssues(
      files,
      { file: 'people.json', record: PERSON, field: 'name', message: /must not be empty/ },
      { file: 'places.json', record: 'place/eastmarch', field: 'kind', message: /unknown kind "PLANET"/ },
      { file: 'statistics.json', record: 'stat/lantern-walk-participants', field: 'value', message: /must not be negative/ },
    );
  });
});
