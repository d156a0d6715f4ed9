/**
 * The extractors of described entities on small texts of our own: noun phrases with an event, group,
 * statement or role noun as head; events told by verb frames; one statement per speaker; and the
 * person a "he" or "she" stands for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findActions } from '../../src/ingest/find-actions';
import { findEventVerbs } from '../../src/ingest/find-event-verbs';
import { describedPhrases } from '../../src/ingest/find-noun-phrases';
import { findSpeakerStatements } from '../../src/ingest/find-speakers';
import type { NamedEntity } from '../../src/ingest/locate-names';
import { antecedent } from '../../src/ingest/resolve-pronouns';
import { sentencesOf } from '../../src/ingest/text-units';

const phrases = (text: string) => describedPhrases(text).map((p) => [p.type, p.name, p.kind ?? '']);

describe('described noun phrases', () => {
  it('drafts an event, a group and a statement when a modifier says which one is meant', () => {
    assert.deepEqual(phrases('After the harbour parade the dock residents issued a joint statement.'), [
      ['Event', 'harbour parade', 'PARADE'],
      ['Organization', 'dock residents', 'GROUP'],
      ['Report', 'joint statement', 'STATEMENT'],
    ]);
    assert.deepEqual(phrases('The forced quarantine situation angered villagers.'), [['Event', 'forced quarantine', 'POLICY']]);
    assert.deepEqual(phrases('Later the grass-roots village cadres were blamed.'), [['Organization', 'grass-roots village cadres', 'GROUP']]);
  });

  it('keeps an of/in phrase after the head, and coordinated groups together', () => {
    assert.deepEqual(phrases('Few foresaw the collapse of the Eastern Alliance.'), [['Event', 'collapse of the Eastern Alliance', 'COLLAPSE']]);
    assert.deepEqual(phrases('Smugglers met protesters in Port Loma at dawn.'), [['Organization', 'protesters in Port Loma', 'GROUP']]);
    assert.deepEqual(phrases('Harbour lawyers, bloggers, and activists were questioned.'), [['Organization', 'Harbour lawyers, bloggers, and activists', 'GROUP']]);
    assert.deepEqual(phrases('A clerk in Dunmore city saw it.').map((p) => p.slice(0, 2)), []);
    assert.deepEqual(phrases('A policeman in Dunmore city saw it.').map((p) => p.slice(0, 2)), [['Person', 'policeman in Dunmore city']]);
  });

  it('drafts nothing for a bare head, a verb, or a head that only modifies another noun', () => {
    assert.deepEqual(phrases('There was a parade. They began to protest. The quarantine sites were closed.'), []);
    assert.deepEqual(phrases('His mother called the hotline number.'), []);
  });
});

const named: NamedEntity[] = [
  { id: 'person/ada-moreno', type: 'Person', names: ['Ada Moreno'] },
  { id: 'person/mr-osei', type: 'Person', names: ['Mr Osei', 'Osei'] },
  { id: 'person/ms-varga', type: 'Person', names: ['Ms Varga', 'Varga'] },
  { id: 'org/rowing-club', type: 'Organization', kind: 'NGO', names: ['Rowing Club'] },
  { id: 'org/river-wardens', type: 'Organization', kind: 'GROUP', names: ['river wardens'] },
];

describe('events from verb frames', () => {
  const actions = (paragraphs: string[]) => findActions(sentencesOf(paragraphs), named).map((a) => [a.kind, a.name, a.about.relation, a.about.id]);

  it('reads a withdrawal, an arrest told with a pronoun, and a founding', () => {
    assert.deepEqual(actions(['Title', 'Ada Moreno quit the Rowing Club in 2009.']), [['PUBLIC_WITHDRAWAL', "Ada Moreno's withdrawal from the Rowing Club", 'PARTICIPATED_IN', 'person/ada-moreno']]);
    assert.deepEqual(actions(['Title', 'Ms Varga met Mr Osei. Later he was arrested at the pier.']), [['ARREST', 'Arrest of Mr Osei', 'TARGETED', 'person/mr-osei']]);
    assert.deepEqual(actions(['Title', 'The Rowing Club was founded on a rainy day.']), [['FOUNDING', 'Founding of the Rowing Club', 'ABOUT', 'org/rowing-club']]);
    assert.deepEqual(actions(['Title', 'The river wardens renounced the Rowing Club.']).map((a) => a[3]), ['org/river-wardens']);
  });

  it('does not make a count of people quitting anyone’s own withdrawal', () => {
    assert.deepEqual(actions(['Title', 'Ada Moreno said 300 people quit the Rowing Club.']), []);
  });
});

describe('events named by the noun of their verb', () => {
  const events = (paragraphs: string[], entities: NamedEntity[] = named) =>
    findEventVerbs(sentencesOf(paragraphs), entities).map((e) => [e.kind, e.name, e.about.map((a) => `${a.relation} ${a.id}`).join(' ')]);
  const withEvent: NamedEntity[] = [...named, { id: 'event/great-flood', type: 'Event', names: ['Great Flood'] }, { id: 'place/port-loma', type: 'Place', names: ['Port Loma'] }];

  it('nominalizes phrasal verbs and coming to power, with the actor before the verb or an "it"', () => {
    assert.deepEqual(events(['Title', 'Lately the Rowing Club has clamped down on noisy boats.']), [['POLITICAL_CAMPAIGN', "Rowing Club's clampdown on noisy boats", 'PARTICIPATED_IN org/rowing-club']]);
    assert.deepEqual(events(['Title', 'Ada Moreno is cleaning up waste within the harbour.']), [['POLITICAL_CAMPAIGN', "Ada Moreno's clean-up of waste", 'PARTICIPATED_IN person/ada-moreno']]);
    assert.deepEqual(events(['Title', 'Fees rose under the Rowing Club after it came into power in 1950.']), [['TAKEOVER', "Rowing Club's rise to power", 'PARTICIPATED_IN org/rowing-club']]);
  });

  it('drafts a ban on the subject of a passive verb, and a disclosure about what the that-clause names', () => {
    assert.deepEqual(events(['Title', 'Since then, songs about the Great Flood have been banned in the port.'], withEvent), [['POLICY', 'Ban on songs about the Great Flood', 'ABOUT event/great-flood']]);
    assert.deepEqual(events(['Title', 'Why was it banned?']), []);
    assert.deepEqual(events(['Title', 'It was revealed in May that the Great Flood had reached Port Loma.'], withEvent), [['DISCLOSURE', 'Disclosure about Great Flood', 'ABOUT event/great-flood ABOUT place/port-loma']]);
  });

  it('reads a celebration, a mission, and "P is one of them" after people who quit', () => {
    assert.deepEqual(events(['Title', 'The Rowing Club celebrated 50 years of racing.']), [['INCIDENT', 'Celebration by the Rowing Club', 'ORGANIZED org/rowing-club']]);
    assert.deepEqual(events(['Title', 'The Rowing Club celebrated its anniversary.']), []);
    assert.deepEqual(events(['Title', 'In 1920 the Rowing Club dispatched Ada Moreno to Port Loma to race.']), [['MEETING', "Ada Moreno's mission to Port Loma", 'ORGANIZED org/rowing-club PARTICIPATED_IN person/ada-moreno']]);
    assert.deepEqual(events(['Title', 'Many brave rowers stood up to quit the Rowing Club. And Ada Moreno, a coach, is one of them.']), [['PUBLIC_WITHDRAWAL', "Ada Moreno's withdrawal from the Rowing Club", 'PARTICIPATED_IN person/ada-moreno']]);
  });
});

describe('statements by speaker', () => {
  it('gives each speaker one statement, the kind from the words used, a pronoun read back to its person', () => {
    const statements = findSpeakerStatements(sentencesOf(['Title', 'Ms Varga said the boats were late. In an interview she added more.', 'According to Mr Osei, the tide turned.']), named);
    assert.deepEqual(statements.map((s) => [s.name, s.kind, s.authors, s.paragraphs]), [
      ["Mr Osei's remarks", 'STATEMENT', ['person/mr-osei'], [3]],
      ["Ms Varga's remarks", 'INTERVIEW', ['person/ms-varga'], [2]],
    ]);
  });
});

describe('pronouns', () => {
  it('reads "he" as the person named last before it whose title is not a woman’s', () => {
    const sentences = sentencesOf(['Title', 'Mr Osei rowed out. Ms Varga waved to him. Then he came back.']);
    assert.equal(antecedent(sentences, 3, 5, 'he', named)?.id, 'person/mr-osei');
    assert.equal(antecedent(sentences, 3, 5, 'she', named)?.id, 'person/ms-varga');
    assert.equal(antecedent(sentences, 3, 5, 'it', named), undefined);
  });

  it('does not count the sentences of a long quotation when it looks back for the person', () => {
    const quoted = 'Then he said, “We rowed. We sailed. We swam. We ran. We slept. We woke. We ate. We sang. We left.”';
    const sentences = sentencesOf(['Title', 'Mr Osei came home.', quoted, 'Later he was arrested.']);
    assert.equal(antecedent(sentences, sentences.length - 1, 5, 'he', named)?.id, 'person/mr-osei');
  });
});
