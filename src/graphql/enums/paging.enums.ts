/** Enums of the storage port's query vocabulary: relation direction and sort order. */
import type { Direction, EntitySortField, SortDirection } from '../../store/port';
import { modelEnum } from './model-enum';

export const DirectionEnum = modelEnum<Direction>('Direction', 'Which relations of an entity to follow.', {
  OUT: 'Relations from this entity to another.',
  IN: 'Relations from another entity to this one.',
  BOTH: 'Relations either way.',
});

export const SortDirectionEnum = modelEnum<SortDirection>('SortDirection', 'Ascending or descending order.', {
  ASC: 'Smallest, earliest or A first.',
  DESC: 'Largest, latest or Z first.',
});

export const EntitySortFieldEnum = modelEnum<EntitySortField>('EntitySortField', 'What to order a list of entities by.', {
  NAME: 'The entity\'s name.',
  DATE: 'An event\'s start or a report\'s publication; undated entities last.',
  ID: 'The entity\'s id.',
});
