/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How firmly the sources assert a relation. */
export type Assertion =
  /** Someone asserts it (claimedBy) and it is contested or unproven in the sources: an accusation, a charge, a claim. */
  | 'ALLEGED'
  /** Intended or wished, not done: someone said they wanted to quit, not that they quit. */
  | 'INTENDED'
  /** The source states it as fact, in its own voice or in a quotation it does not dispute. */
  | 'STATED';

/** What sort of organization, event, place or report an entity is; each value says which type it belongs to. */
export type EntityKind =
  /** (Organization) A consultative or advisory assembly. */
  | 'ADVISORY_BODY'
  /** (Event) A commemoration of an earlier date. */
  | 'ANNIVERSARY'
  /** (Event) An arrest or detention. */
  | 'ARREST'
  /** (Event) Killing or abuse on a large scale. */
  | 'ATROCITY'
  /** (Place) A city or municipality. */
  | 'CITY'
  /** (Event) The fall of a state, wall or regime. */
  | 'COLLAPSE'
  /** (Report) Commentary given to a media outlet. */
  | 'COMMENTARY'
  /** (Organization) An ethnic, religious or national community named as a group. */
  | 'COMMUNITY'
  /** (Organization) A business. */
  | 'COMPANY'
  /** (Place) A continent or world region. */
  | 'CONTINENT'
  /** (Place) A country, present or former. */
  | 'COUNTRY'
  /** (Organization) A court of law. */
  | 'COURT'
  /** (Event) The death of a person. */
  | 'DEATH'
  /** (Report) A declaration, such as one of withdrawal from the party. */
  | 'DECLARATION'
  /** (Organization) An embassy or consulate. */
  | 'DIPLOMATIC_MISSION'
  /** (Event) A revelation or public disclosure of facts. */
  | 'DISCLOSURE'
  /** (Place) A district, borough or locality inside a city or province. */
  | 'DISTRICT'
  /** (Report) A series of editorials, also published as a book. */
  | 'EDITORIAL_SERIES'
  /** (Report) An essay or opinion piece. */
  | 'ESSAY'
  /** (Event) A person being expelled from an organization. */
  | 'EXPULSION'
  /** (Event) The founding or establishment of an organization, or the public start of a practice. */
  | 'FOUNDING'
  /** (Organization) A state agency or office. */
  | 'GOVERNMENT_AGENCY'
  /** (Organization) People the sources speak of together without naming them (callers, residents, students...); its size, when given, is a GROUP_SIZE statistic. */
  | 'GROUP'
  /** (Event) A single incident. */
  | 'INCIDENT'
  /** (Organization) A body that spans several countries. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** (Report) An interview or remarks given to a reporter. */
  | 'INTERVIEW'
  /** (Report) An independent investigative report. */
  | 'INVESTIGATIVE_REPORT'
  /** (Place) A square, monument or other landmark. */
  | 'LANDMARK'
  /** (Organization) A legislature, a chamber of one, or one of its committees. */
  | 'LEGISLATURE'
  /** (Report) A letter. */
  | 'LETTER'
  /** (Event) The killing of many people in one event. */
  | 'MASSACRE'
  /** (Organization) A newspaper, broadcaster or news website. */
  | 'MEDIA_OUTLET'
  /** (Event) A meeting or mission. */
  | 'MEETING'
  /** (Event) A threshold reached, such as a cumulative count. */
  | 'MILESTONE'
  /** (Event) A military operation or march. */
  | 'MILITARY_CAMPAIGN'
  /** (Event) A sustained social movement. */
  | 'MOVEMENT'
  /** (Report) A news or feature article. */
  | 'NEWS_ARTICLE'
  /** (Organization) A non-governmental or civil-society organization. */
  | 'NGO'
  /** (Event) An epidemic or pandemic. */
  | 'PANDEMIC'
  /** (Event) A march or procession through streets. */
  | 'PARADE'
  /** (Organization) A mobilized armed or semi-armed group. */
  | 'PARAMILITARY'
  /** (Organization) An organ inside a party, such as a standing committee or a bureau. */
  | 'PARTY_BODY'
  /** (Organization) A band, troupe or other performing ensemble. */
  | 'PERFORMING_GROUP'
  /** (Event) A campaign of persecution against a group. */
  | 'PERSECUTION_CAMPAIGN'
  /** (Event) A petition drive. */
  | 'PETITION'
  /** (Organization) A police force or security bureau. */
  | 'POLICE'
  /** (Event) A policy decision or reform. */
  | 'POLICY'
  /** (Event) A campaign run by a state or party. */
  | 'POLITICAL_CAMPAIGN'
  /** (Organization) A faction or group inside a political movement. */
  | 'POLITICAL_FACTION'
  /** (Organization) A political party. */
  | 'POLITICAL_PARTY'
  /** (Event) A protest or demonstration. */
  | 'PROTEST'
  /** (Place) A province or state. */
  | 'PROVINCE'
  /** (Event) The release of a publication. */
  | 'PUBLICATION'
  /** (Event) A person or group publicly renouncing membership of the party or its organizations. */
  | 'PUBLIC_WITHDRAWAL'
  /** (Event) A public gathering in support of a cause. */
  | 'RALLY'
  /** (Place) A region or autonomous region inside a country. */
  | 'REGION'
  /** (Organization) A spiritual or religious practice and its community of practitioners. */
  | 'SPIRITUAL_PRACTICE'
  /** (Report) A written or public statement. */
  | 'STATEMENT'
  /** (Report) A study or survey with data. */
  | 'STUDY'
  /** (Event) A seizure or assumption of power. */
  | 'TAKEOVER'
  /** (Organization) A university or college. */
  | 'UNIVERSITY'
  /** (Report) A video. */
  | 'VIDEO'
  /** (Event) A formal vote. */
  | 'VOTE'
  /** (Organization) A youth wing or youth organization of a party. */
  | 'YOUTH_ORGANIZATION';

/** The type of a Relation between two entities. */
export type RelationType =
  /** A report or event concerns an entity (a founding is about what was founded). */
  | 'ABOUT'
  /** A statement or letter was addressed to a person, an organization or an event's audience. */
  | 'ADDRESSED_TO'
  /** An organization is affiliated with another. */
  | 'AFFILIATED_WITH'
  /** Wrote a report, or made a statement or remarks (its speaker). */
  | 'AUTHORED'
  /** Perpetrated or carried out an event, such as a massacre or a persecution. */
  | 'CARRIED_OUT'
  /** An event marked or anticipated another event. */
  | 'CELEBRATED'
  /** A report cites or relies on another report. */
  | 'CITES'
  /** Recorded or exposed an event. */
  | 'DOCUMENTED'
  /** Publicly supported a movement, event or organization. */
  | 'ENDORSED'
  /** Was expelled from an organization. */
  | 'EXPELLED_FROM'
  /** Founded, introduced or established an organization. */
  | 'FOUNDED'
  /** A person comes from a place. */
  | 'HAILS_FROM'
  /** Started or ordered a campaign or policy. */
  | 'LAUNCHED'
  /** Heads or headed an organization, a country or an event. */
  | 'LEADS'
  /** A person lives in a place. */
  | 'LIVES_IN'
  /** A place lies within, or an organization is based in, a place. */
  | 'LOCATED_IN'
  /** A statement or remarks were made at an event. */
  | 'MADE_AT'
  /** Is or was a member of an organization. */
  | 'MEMBER_OF'
  /** Organized or led an event. */
  | 'ORGANIZED'
  /** Took part in an event (the role says how). */
  | 'PARTICIPATED_IN'
  /** Is part of, or subordinate to, a larger event or organization. */
  | 'PART_OF'
  /** Persecuted a person or group. */
  | 'PERSECUTED'
  /** An organization published a report. */
  | 'PUBLISHED'
  /** Is quoted or gives an account in a report. */
  | 'QUOTED_IN'
  /** Is married to a person. */
  | 'SPOUSE_OF'
  /** An event aimed at a person, group or organization. */
  | 'TARGETED'
  /** An event happened at a place. */
  | 'TOOK_PLACE_IN'
  /** An event or report set off another event. */
  | 'TRIGGERED'
  /** Renounced membership of an organization. */
  | 'WITHDREW_FROM'
  /** Holds or held a post in an organization (the role says which). */
  | 'WORKS_FOR';

export type PersonCardFragment = { id: string, name: string, aliases: Array<string> };

export type PeoplePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PeoplePageQuery = { people: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, aliases: Array<string> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { entity:
    | { __typename: 'Event', kind: EntityKind, startDate: string | null, id: string, name: string }
    | { __typename: 'Organization', kind: EntityKind, id: string, name: string }
    | { __typename: 'Person', aliases: Array<string>, id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Report', id: string, name: string }
   | null };

export type SearchKindsQueryVariables = Exact<{
  query: string;
}>;


export type SearchKindsQuery = { searchEntities: { edges: Array<{ score: number, node:
        | { __typename: 'Event', kind: EntityKind, id: string, name: string }
        | { __typename: 'Organization', kind: EntityKind, id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Report', id: string, name: string }
       }> } };

export type GraphVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphVersionQuery = { graphStats: { version: string | null, entities: number } };

export type TimelinePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TimelinePageQuery = { timeline: { edges: Array<{ cursor: string, node: { id: string, name: string, kind: EntityKind, startDate: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
      | { __typename: 'Report', id: string, name: string }
    >, edges: Array<{ id: string, type: RelationType, assertion: Assertion, claimedBy:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Report', id: string, name: string }
       | null, from:
        | { __typename: 'Event', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Report', id: string }
      , to:
        | { __typename: 'Event', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Report', id: string }
       }> } | null };

export const PersonCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const EntityByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<EntityByIdQuery, EntityByIdQueryVariables>;
export const SearchKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchKindsQuery, SearchKindsQueryVariables>;
export const GraphVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entities"}}]}}]}}]} as unknown as DocumentNode<GraphVersionQuery, GraphVersionQueryVariables>;
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"assertion"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;