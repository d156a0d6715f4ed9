import { RELATION_TYPES, type RelationType } from '../../model';
import { modelEnum } from './model-enum';

const descriptions = Object.fromEntries(
  Object.entries(RELATION_TYPES).map(([name, spec]) => [name, spec.description]),
) as Record<RelationType, string>;

export const RelationTypeEnum = modelEnum('RelationType', 'The type of a Relation between two entities.', descriptions);
