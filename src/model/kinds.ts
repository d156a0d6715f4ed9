/**
 * Kinds refine an entity type (an Organization is a party, a court, a media outlet...).
 * Each list is schema-as-data: the GraphQL enums, the validator and the store indexes read it.
 */
import type { EntityType } from './entity-types';

export const ORGANIZATION_KINDS = {
  POLITICAL_PARTY: 'A political party.',
  YOUTH_ORGANIZATION: 'A youth wing or youth organization of a party.',
  PARTY_BODY: 'An organ inside a party, such as a standing committee or a bureau.',
  GOVERNMENT_AGENCY: 'A state agency or office.',
  POLICE: 'A police force or security bureau.',
  COURT: 'A court of law.',
  LEGISLATURE: 'A legislature, a chamber of one, or one of its committees.',
  ADVISORY_BODY: 'A consultative or advisory assembly.',
  DIPLOMATIC_MISSION: 'An embassy or consulate.',
  MEDIA_OUTLET: 'A newspaper, broadcaster or news website.',
  NGO: 'A non-governmental or civil-society organization.',
  SPIRITUAL_PRACTICE: 'A spiritual or religious practice and its community of practitioners.',
  UNIVERSITY: 'A university or college.',
  COMPANY: 'A business.',
  INTERNATIONAL_ORGANIZATION: 'A body that spans several countries.',
  POLITICAL_FACTION: 'A faction or group inside a political movement.',
  PARAMILITARY: 'A mobilized armed or semi-armed group.',
  PERFORMING_GROUP: 'A band, troupe or other performing ensemble.',
  COMMUNITY: 'An ethnic, religious or national community named as a group.',
  GROUP: 'People the sources speak of together without naming them (callers, residents, students...); its size, when given, is a GROUP_SIZE statistic.',
} as const;

export const EVENT_KINDS = {
  PARADE: 'A march or procession through streets.',
  RALLY: 'A public gathering in support of a cause.',
  PUBLIC_WITHDRAWAL: 'A person or group publicly renouncing membership of the party or its organizations.',
  EXPULSION: 'A person being expelled from an organization.',
  MOVEMENT: 'A sustained social movement.',
  PERSECUTION_CAMPAIGN: 'A campaign of persecution against a group.',
  ATROCITY: 'Killing or abuse on a large scale.',
  POLITICAL_CAMPAIGN: 'A campaign run by a state or party.',
  MILITARY_CAMPAIGN: 'A military operation or march.',
  MASSACRE: 'The killing of many people in one event.',
  PUBLICATION: 'The release of a publication.',
  FOUNDING: 'The founding or establishment of an organization, or the public start of a practice.',
  TAKEOVER: 'A seizure or assumption of power.',
  VOTE: 'A formal vote.',
  PROTEST: 'A protest or demonstration.',
  PETITION: 'A petition drive.',
  MILESTONE: 'A threshold reached, such as a cumulative count.',
  ANNIVERSARY: 'A commemoration of an earlier date.',
  ARREST: 'An arrest or detention.',
  DEATH: 'The death of a person.',
  POLICY: 'A policy decision or reform.',
  MEETING: 'A meeting or mission.',
  COLLAPSE: 'The fall of a state, wall or regime.',
  INCIDENT: 'A single incident.',
  DISCLOSURE: 'A revelation or public disclosure of facts.',
  PANDEMIC: 'An epidemic or pandemic.',
} as const;

export const PLACE_KINDS = {
  CONTINENT: 'A continent or world region.',
  COUNTRY: 'A country, present or former.',
  REGION: 'A region or autonomous region inside a country.',
  PROVINCE: 'A province or state.',
  CITY: 'A city or municipality.',
  DISTRICT: 'A district, borough or locality inside a city or province.',
  LANDMARK: 'A square, monument or other landmark.',
} as const;

export const REPORT_KINDS = {
  NEWS_ARTICLE: 'A news or feature article.',
  EDITORIAL_SERIES: 'A series of editorials, also published as a book.',
  INVESTIGATIVE_REPORT: 'An independent investigative report.',
  STUDY: 'A study or survey with data.',
  INTERVIEW: 'An interview or remarks given to a reporter.',
  STATEMENT: 'A written or public statement.',
  LETTER: 'A letter.',
  ESSAY: 'An essay or opinion piece.',
  COMMENTARY: 'Commentary given to a media outlet.',
  DECLARATION: 'A declaration, such as one of withdrawal from the party.',
  VIDEO: 'A video.',
} as const;

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;
export type EventKind = keyof typeof EVENT_KINDS;
export type PlaceKind = keyof typeof PLACE_KINDS;
export type ReportKind = keyof typeof REPORT_KINDS;

/** Which kind list applies to each entity type; people have no kind. */
export const KINDS_BY_TYPE: Readonly<Record<EntityType, Readonly<Record<string, string>> | null>> = {
  Person: null,
  Organization: ORGANIZATION_KINDS,
  Event: EVENT_KINDS,
  Place: PLACE_KINDS,
  Report: REPORT_KINDS,
};

/** How a date was obtained: stated outright, resolved from relative wording, or inferred. */
export const DATE_BASES = {
  STATED: 'The source states the date in full.',
  RELATIVE:
    'Resolved against the date of another record (its anchor): wording such as "last week" or "last year", or a day and month given without a year ("on August 3"). It moves when the anchor\'s date does.',
  INFERRED: 'Inferred from the content of the sources, which give no date outright; the record says how (dateReasoning).',
} as const;
export type DateBasis = keyof typeof DATE_BASES;

/** What a date marks: the day itself, or a bound the source gives ("by July 6", "after 2004"). */
export const DATE_BOUNDS = {
  ON: 'It happened then.',
  BY: 'It had happened by then (on that date or earlier); the source gives no earlier date.',
  AFTER: 'It happened then or later.',
  BEFORE: 'It happened before then.',
} as const;
export type DateBound = keyof typeof DATE_BOUNDS;

/** How firmly a source asserts a relation. */
export const ASSERTIONS = {
  STATED: 'The source states it as fact, in its own voice or in a quotation it does not dispute.',
  ALLEGED: 'Someone asserts it (claimedBy) and it is contested or unproven in the sources: an accusation, a charge, a claim.',
  INTENDED: 'Intended or wished, not done: someone said they wanted to quit, not that they quit.',
} as const;
export type Assertion = keyof typeof ASSERTIONS;
