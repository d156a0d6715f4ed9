/**
 * Entity types as a GraphQL enum: PERSON, ORGANIZATION, EVENT, PLACE, REPORT (enum values in upper
 * case, as GraphQL convention has them), standing for the model's type names ('Person'...), which
 * are also the __typename of each type.
 */
import { registerEnumType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, ENTITY_TYPES, type EntityType } from '../../model';

export const EntityTypeEnum = Object.fromEntries(ENTITY_TYPES.map((type) => [type.toUpperCase(), type])) as Readonly<Record<Uppercase<EntityType>, EntityType>>;

registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: 'The five types of entity in the graph; each value names the GraphQL type of that name (PERSON is Person).',
  valuesConfig: Object.fromEntries(ENTITY_TYPES.map((type) => [type.toUpperCase(), { description: ENTITY_TYPE_DESCRIPTIONS[type] }])),
});
