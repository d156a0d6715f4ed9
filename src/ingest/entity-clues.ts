/**
 * What a capitalized name's last word says about what it names ("... Bureau" is an agency, "...
 * Province" a place, "... Massacre" an event), and other clues to a name's type. Word lists, kept
 * apart from the extractor so they can grow without touching its logic.
 */
import type { EventKind, OrganizationKind, PlaceKind } from '../model';

export const ORGANIZATION_HEADS: Readonly<Record<string, OrganizationKind>> = {
  party: 'POLITICAL_PARTY', league: 'YOUTH_ORGANIZATION', pioneers: 'YOUTH_ORGANIZATION',
  committee: 'PARTY_BODY', subcommittee: 'LEGISLATURE', congress: 'LEGISLATURE', parliament: 'LEGISLATURE', senate: 'LEGISLATURE',
  bureau: 'GOVERNMENT_AGENCY', office: 'GOVERNMENT_AGENCY', agency: 'GOVERNMENT_AGENCY', ministry: 'GOVERNMENT_AGENCY', department: 'GOVERNMENT_AGENCY', government: 'GOVERNMENT_AGENCY',
  police: 'POLICE', court: 'COURT', university: 'UNIVERSITY', college: 'UNIVERSITY', school: 'UNIVERSITY',
  times: 'MEDIA_OUTLET', television: 'MEDIA_OUTLET', tv: 'MEDIA_OUTLET', news: 'MEDIA_OUTLET', radio: 'MEDIA_OUTLET', post: 'MEDIA_OUTLET', daily: 'MEDIA_OUTLET',
  foundation: 'NGO', center: 'NGO', centre: 'NGO', association: 'NGO', society: 'NGO', institute: 'NGO',
  band: 'PERFORMING_GROUP', troupe: 'PERFORMING_GROUP', orchestra: 'PERFORMING_GROUP',
  international: 'INTERNATIONAL_ORGANIZATION', conference: 'ADVISORY_BODY', consulate: 'DIPLOMATIC_MISSION', embassy: 'DIPLOMATIC_MISSION',
  company: 'COMPANY', corporation: 'COMPANY', inc: 'COMPANY', group: 'COMPANY', guards: 'PARAMILITARY', army: 'PARAMILITARY',
};

export const PLACE_HEADS: Readonly<Record<string, PlaceKind>> = {
  province: 'PROVINCE', state: 'PROVINCE', city: 'CITY', square: 'LANDMARK', wall: 'LANDMARK', bridge: 'LANDMARK', park: 'LANDMARK',
  district: 'DISTRICT', county: 'DISTRICT', borough: 'DISTRICT', region: 'REGION',
};

export const EVENT_HEADS: Readonly<Record<string, EventKind>> = {
  massacre: 'MASSACRE', revolution: 'POLITICAL_CAMPAIGN', movement: 'MOVEMENT', march: 'MILITARY_CAMPAIGN', forward: 'POLITICAL_CAMPAIGN',
  famine: 'ATROCITY', war: 'MILITARY_CAMPAIGN', parade: 'PARADE', rally: 'RALLY', protest: 'PROTEST', protests: 'PROTEST',
  pandemic: 'PANDEMIC', reform: 'POLICY', petition: 'PETITION', campaign: 'POLITICAL_CAMPAIGN', anniversary: 'ANNIVERSARY',
};

/** Words before a name that make it a person's. */
export const PERSON_TITLES = new Set(
  'mr mr. ms ms. mrs mrs. dr dr. mp president representative ambassador senator professor resident dissident lawyer judge minister premier chairman'.split(' '),
);

/** Verbs of speech after a name that make it a person's (or an organization's, when its head says so). */
export const SPEECH_VERBS = 'said|says|told|added|stated|praised|explained|wrote|asked|responded|shared|reported|claimed|announced|declared';

/** Capitalized words that begin or make up a chunk without naming anything. */
export const NOT_NAMES = new Set(
  (
    'the a an in on at by for from of to and but or so as if it its this that these those there then when while since after before during ' +
    'he she they we i you his her their our my your who what why how which where one two three four five six seven eight nine ten ' +
    'chinese canadian canadians american british australian soviet western communist communists english european russian ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mr ms mrs dr heaven creator video sign help ' +
    'nearly about over more most many some all every each any only just also even however therefore finally actually especially ' +
    'although because unlike along separately history party'
  ).split(' '),
);

/** One Mandarin syllable in pinyin without tones: an optional initial and a final. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]{1,3})(?:ng|n|r)?';
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);
const PINYIN_SURNAME = new RegExp(`^${PINYIN_SYLLABLE}$`);

/** "Song Yongyi", "Chen Yong Lin": a one-syllable surname, then one or two given names in pinyin. */
export function looksLikeChineseName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [surname, ...given] = words.map((word) => word.toLowerCase());
  return PINYIN_SURNAME.test(surname!) && given.every((word) => PINYIN_GIVEN.test(word));
}

/** Nationalities: dropped when alone, kept at the head of a longer name ("Chinese Canadians"). */
export const DEMONYMS = new Set('chinese canadian canadians american british australian soviet western communist communists english european russian'.split(' '));

/** "Minxin Pei, a professor at ...": role nouns after a name that make it a person's. */
export const APPOSITIVE_PEOPLE = new Set(
  'professor lawyer historian businessman businesswoman president member volunteer insider official secretary judge reporter writer author artist dissident founder director spokesman spokeswoman resident practitioner'.split(' '),
);

/** "Comparitech, a British ... company": nouns after a name that make it an organization's, with its kind. */
export const APPOSITIVE_ORGANIZATIONS = new Map<string, import('../model').OrganizationKind>([
  ['company', 'COMPANY'], ['firm', 'COMPANY'], ['organization', 'NGO'], ['agency', 'GOVERNMENT_AGENCY'], ['newspaper', 'MEDIA_OUTLET'],
  ['outlet', 'MEDIA_OUTLET'], ['broadcaster', 'MEDIA_OUTLET'], ['university', 'UNIVERSITY'], ['group', 'GROUP'],
]);

/**
 * Lowercase head nouns of described entities ("the forced quarantine", "grass-roots rural cadres", "a
 * joint statement", "a policeman in Jilin city"): what the noun phrase names and its kind. Read by
 * find-noun-phrases.ts, which needs a modifier or a following "of"/"in" phrase before it drafts one.
 */
export const DESCRIBED_HEADS: Readonly<Record<string, { readonly type: 'Event' | 'Organization' | 'Report' | 'Person'; readonly kind?: string }>> = {
  // events
  parade: { type: 'Event', kind: 'PARADE' }, rally: { type: 'Event', kind: 'RALLY' }, protest: { type: 'Event', kind: 'PROTEST' }, protests: { type: 'Event', kind: 'PROTEST' },
  demonstration: { type: 'Event', kind: 'PROTEST' }, demonstrations: { type: 'Event', kind: 'PROTEST' }, arrest: { type: 'Event', kind: 'ARREST' }, arrests: { type: 'Event', kind: 'ARREST' },
  raid: { type: 'Event', kind: 'INCIDENT' }, reform: { type: 'Event', kind: 'POLITICAL_CAMPAIGN' }, reforms: { type: 'Event', kind: 'POLICY' }, campaign: { type: 'Event', kind: 'POLITICAL_CAMPAIGN' },
  movement: { type: 'Event', kind: 'MOVEMENT' }, crackdown: { type: 'Event', kind: 'POLITICAL_CAMPAIGN' }, quarantine: { type: 'Event', kind: 'POLICY' }, pandemic: { type: 'Event', kind: 'PANDEMIC' },
  epidemic: { type: 'Event', kind: 'PANDEMIC' }, founding: { type: 'Event', kind: 'FOUNDING' }, collapse: { type: 'Event', kind: 'COLLAPSE' }, celebration: { type: 'Event', kind: 'INCIDENT' },
  anniversary: { type: 'Event', kind: 'ANNIVERSARY' }, petition: { type: 'Event', kind: 'PETITION' }, struggle: { type: 'Event', kind: 'TAKEOVER' }, upsurge: { type: 'Event', kind: 'PUBLIC_WITHDRAWAL' },
  genocide: { type: 'Event', kind: 'PERSECUTION_CAMPAIGN' }, massacre: { type: 'Event', kind: 'MASSACRE' }, persecution: { type: 'Event', kind: 'PERSECUTION_CAMPAIGN' }, famine: { type: 'Event', kind: 'ATROCITY' },
  tragedy: { type: 'Event', kind: 'INCIDENT' }, 'self-immolation': { type: 'Event', kind: 'INCIDENT' }, vote: { type: 'Event', kind: 'VOTE' }, ban: { type: 'Event', kind: 'POLICY' },
  expulsion: { type: 'Event', kind: 'EXPULSION' }, disclosure: { type: 'Event', kind: 'DISCLOSURE' }, takeover: { type: 'Event', kind: 'TAKEOVER' },
  // groups and bodies no name is given for
  officials: { type: 'Organization', kind: 'GROUP' }, officers: { type: 'Organization', kind: 'POLICE' }, police: { type: 'Organization', kind: 'POLICE' }, policemen: { type: 'Organization', kind: 'POLICE' },
  government: { type: 'Organization', kind: 'GOVERNMENT_AGENCY' }, authorities: { type: 'Organization', kind: 'GOVERNMENT_AGENCY' }, lawmakers: { type: 'Organization', kind: 'GROUP' },
  legislators: { type: 'Organization', kind: 'GROUP' }, callers: { type: 'Organization', kind: 'GROUP' }, residents: { type: 'Organization', kind: 'GROUP' }, practitioners: { type: 'Organization', kind: 'GROUP' },
  cadres: { type: 'Organization', kind: 'GROUP' }, entrepreneurs: { type: 'Organization', kind: 'GROUP' }, protesters: { type: 'Organization', kind: 'GROUP' }, peasants: { type: 'Organization', kind: 'GROUP' },
  activists: { type: 'Organization', kind: 'GROUP' }, lawyers: { type: 'Organization', kind: 'GROUP' }, bloggers: { type: 'Organization', kind: 'GROUP' }, students: { type: 'Organization', kind: 'GROUP' },
  volunteers: { type: 'Organization', kind: 'GROUP' }, reformers: { type: 'Organization', kind: 'POLITICAL_FACTION' }, media: { type: 'Organization', kind: 'MEDIA_OUTLET' }, group: { type: 'Organization', kind: 'POLITICAL_FACTION' },
  unit: { type: 'Organization', kind: 'PARAMILITARY' }, hotline: { type: 'Organization', kind: 'NGO' }, consulate: { type: 'Organization', kind: 'DIPLOMATIC_MISSION' }, soldiers: { type: 'Organization', kind: 'GROUP' },
  // reports
  statement: { type: 'Report', kind: 'STATEMENT' }, statements: { type: 'Report', kind: 'STATEMENT' }, declaration: { type: 'Report', kind: 'DECLARATION' }, report: { type: 'Report', kind: 'INVESTIGATIVE_REPORT' },
  commentary: { type: 'Report', kind: 'COMMENTARY' }, study: { type: 'Report', kind: 'STUDY' }, footage: { type: 'Report', kind: 'VIDEO' },
  // people the article describes without naming
  reporter: { type: 'Person' }, policeman: { type: 'Person' }, practitioner: { type: 'Person' }, mother: { type: 'Person' }, father: { type: 'Person' }, volunteer: { type: 'Person' },
};

/** Leading words of a described phrase that only grade or date it ("a new upsurge", "the so-called anniversary"). */
export const GRADING_WORDS = new Set('new so-called ongoing recent brutal entire whole many some all other such same first last main only more most its his her their our my your this that these those the a an'.split(' '));
