/**
 * Relationship types, each with the entity types allowed at either end.
 * The validator enforces the endpoint types; the stores use the names as edge labels.
 */
import type { EntityType } from './entity-types';

export interface RelationTypeSpec {
  readonly description: string;
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
}

const ACTOR: readonly EntityType[] = ['Person', 'Organization'];
const ANY: readonly EntityType[] = ['Person', 'Organization', 'Event', 'Place', 'Report'];

export const RELATION_TYPES = {
  MEMBER_OF: { description: 'Is or was a member of an organization.', from: ACTOR, to: ['Organization'] },
  LEADS: { description: 'Heads or headed an organization, a country or an event.', from: ['Person'], to: ['Organization', 'Place', 'Event'] },
  FOUNDED: { description: 'Founded, introduced or established an organization.', from: ACTOR, to: ['Organization'] },
  WORKS_FOR: { description: 'Holds or held a post in an organization (the role says which).', from: ['Person'], to: ['Organization'] },
  WITHDREW_FROM: { description: 'Renounced membership of an organization.', from: ACTOR, to: ['Organization'] },
  EXPELLED_FROM: { description: 'Was expelled from an organization.', from: ['Person'], to: ['Organization'] },
  PARTICIPATED_IN: { description: 'Took part in an event (the role says how).', from: ACTOR, to: ['Event'] },
  ORGANIZED: { description: 'Organized or led an event.', from: ACTOR, to: ['Event'] },
  LAUNCHED: { description: 'Started or ordered a campaign or policy.', from: ACTOR, to: ['Event'] },
  CARRIED_OUT: { description: 'Perpetrated or carried out an event, such as a massacre or a persecution.', from: ACTOR, to: ['Event'] },
  TARGETED: { description: 'An event aimed at a person, group or organization.', from: ['Event'], to: ACTOR },
  PERSECUTED: { description: 'Persecuted a person or group.', from: ACTOR, to: ACTOR },
  TOOK_PLACE_IN: { description: 'An event happened at a place.', from: ['Event'], to: ['Place'] },
  LOCATED_IN: { description: 'A place lies within, or an organization is based in, a place.', from: ['Place', 'Organization'], to: ['Place'] },
  HAILS_FROM: { description: 'A person comes from a place.', from: ['Person'], to: ['Place'] },
  LIVES_IN: { description: 'A person lives in a place.', from: ['Person'], to: ['Place'] },
  PUBLISHED: { description: 'An organization published a report.', from: ['Organization'], to: ['Report'] },
  AUTHORED: { description: 'Wrote a report, or made a statement or remarks (its speaker).', from: ACTOR, to: ['Report'] },
  QUOTED_IN: { description: 'Is quoted or gives an account in a report.', from: ACTOR, to: ['Report'] },
  CITES: { description: 'A report cites or relies on another report.', from: ['Report'], to: ['Report'] },
  ABOUT: { description: 'A report or event concerns an entity (a founding is about what was founded).', from: ['Report', 'Event'], to: ANY },
  DOCUMENTED: { description: 'Recorded or exposed an event.', from: ACTOR, to: ['Event'] },
  TRIGGERED: { description: 'An event or report set off another event.', from: ['Event', 'Report'], to: ['Event'] },
  CELEBRATED: { description: 'An event marked or anticipated another event.', from: ['Event'], to: ['Event'] },
  PART_OF: { description: 'Is part of, or subordinate to, a larger event or organization.', from: ['Event', 'Organization'], to: ['Event', 'Organization'] },
  AFFILIATED_WITH: { description: 'An organization is affiliated with another.', from: ['Organization'], to: ['Organization'] },
  SPOUSE_OF: { description: 'Is married to a person.', from: ['Person'], to: ['Person'] },
  ENDORSED: { description: 'Publicly supported a movement, event or organization.', from: ACTOR, to: ['Event', 'Organization'] },
  ADDRESSED_TO: { description: 'A statement or letter was addressed to a person, an organization or an event\'s audience.', from: ['Report'], to: ['Person', 'Organization', 'Event'] },
  MADE_AT: { description: 'A statement or remarks were made at an event.', from: ['Report'], to: ['Event'] },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}
