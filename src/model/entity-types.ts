/**
 * The five kinds of entity in the knowledge graph and the id prefix each one uses.
 * An entity's type is read from its id, so `person/gao-zhisheng` is always a Person.
 */
export const ENTITY_TYPES = ['Person', 'Organization', 'Event', 'Place', 'Report'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_ID_PREFIX: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Organization: 'org',
  Event: 'event',
  Place: 'place',
  Report: 'report',
};

export const ENTITY_TYPE_DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  Person: 'A named individual.',
  Organization: 'A party, agency, outlet, community or other body of people.',
  Event: 'Something that happened: a parade, a campaign, a public withdrawal, a milestone.',
  Place: 'A continent, country, region, city or landmark.',
  Report: 'A source: one of the articles, or a report, book, statement or interview they cite.',
};

const TYPE_BY_PREFIX = new Map<string, EntityType>(
  ENTITY_TYPES.map((type) => [ENTITY_ID_PREFIX[type], type]),
);

/** The entity type an id prefix stands for, or undefined for an unknown prefix. */
export function entityTypeOfPrefix(prefix: string): EntityType | undefined {
  return TYPE_BY_PREFIX.get(prefix);
}
