/** The kind enums, one per entity type that has kinds, straight from src/model/kinds.ts. */
import { ASSERTIONS, DATE_BASES, DATE_BOUNDS, ENTITY_TYPES, EVENT_KINDS, KINDS_BY_TYPE, ORGANIZATION_KINDS, PLACE_KINDS, REPORT_KINDS } from '../../model';
import { modelEnum } from './model-enum';

/**
 * Every kind of every type in one enum, for the `kind` field an entity answers with: a client can
 * select `kind` across types in one fragment. Kind names never repeat across types. Filters take
 * the enum of their own type (EventKind...), so a kind that does not fit is refused.
 */
export const EntityKind = modelEnum(
  'EntityKind',
  'What sort of organization, event, place or report an entity is; each value says which type it belongs to.',
  Object.fromEntries(
    ENTITY_TYPES.flatMap((type) => Object.entries(KINDS_BY_TYPE[type] ?? {}).map(([kind, text]) => [kind, `(${type}) ${text}`])),
  ) as Record<string, string>,
);

export const OrganizationKind = modelEnum('OrganizationKind', 'What sort of body an Organization is.', ORGANIZATION_KINDS);
export const EventKind = modelEnum('EventKind', 'What sort of happening an Event is.', EVENT_KINDS);
export const PlaceKind = modelEnum('PlaceKind', 'What sort of place a Place is.', PLACE_KINDS);
export const ReportKind = modelEnum('ReportKind', 'What sort of source a Report is.', REPORT_KINDS);
export const DateBasis = modelEnum('DateBasis', 'How a date was obtained from its source.', DATE_BASES);
export const DateBound = modelEnum('DateBound', 'Whether a date is the day itself or a bound the source gives.', DATE_BOUNDS);
export const AssertionEnum = modelEnum('Assertion', 'How firmly the sources assert a relation.', ASSERTIONS);
