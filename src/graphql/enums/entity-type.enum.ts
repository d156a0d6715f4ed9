/** Entity types as an enum whose values equal the GraphQL type names, so `types: [Person]` reads like __typename. */
import { ENTITY_TYPE_DESCRIPTIONS } from '../../model';
import { modelEnum } from './model-enum';

export const EntityTypeEnum = modelEnum('EntityType', 'The five types of entity in the graph.', ENTITY_TYPE_DESCRIPTIONS);
