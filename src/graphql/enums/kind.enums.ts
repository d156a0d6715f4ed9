/** The kind enums, one per entity type that has kinds, straight from src/model/kinds.ts. */
import { ASSERTIONS, DATE_BASES, DATE_BOUNDS, EVENT_KINDS, ORGANIZATION_KINDS, PLACE_KINDS, REPORT_KINDS } from '../../model';
import { modelEnum } from './model-enum';

export const OrganizationKind = modelEnum('OrganizationKind', 'What sort of body an Organization is.', ORGANIZATION_KINDS);
export const EventKind = modelEnum('EventKind', 'What sort of happening an Event is.', EVENT_KINDS);
export const PlaceKind = modelEnum('PlaceKind', 'What sort of place a Place is.', PLACE_KINDS);
export const ReportKind = modelEnum('ReportKind', 'What sort of source a Report is.', REPORT_KINDS);
export const DateBasis = modelEnum('DateBasis', 'How a date was obtained from its source.', DATE_BASES);
export const DateBound = modelEnum('DateBound', 'Whether a date is the day itself or a bound the source gives.', DATE_BOUNDS);
export const AssertionEnum = modelEnum('Assertion', 'How firmly the sources assert a relation.', ASSERTIONS);
