/**
 * Turns a checked entity record into its canonical EntityRecord: the type from the id prefix,
 * aliases defaulting to [], optional fields present only when given.
 */
import type {
  DateBasis,
  DateBound,
  EntityRecord,
  EventKind,
  OrganizationKind,
  PlaceKind,
  ReportKind,
} from '../model';
import { entityTypeOfId } from '../model';
import type { CheckedRecord } from './check-fields';
import { enumOf, evidenceOf, listOf, numberOf, present, requiredOf, textOf } from './checked-values';

/** The canonical record, or undefined when the record is incomplete (its issues are already reported). */
export function buildEntity(record: CheckedRecord): EntityRecord | undefined {
  const { values, id } = record;
  if (!record.complete || id === undefined) return undefined;
  const type = requiredOf(entityTypeOfId(id), 'id');
  const base = {
    id,
    name: requiredOf(textOf(values, 'name'), 'name'),
    aliases: listOf(values, 'aliases') ?? [],
    description: requiredOf(textOf(values, 'description'), 'description'),
    sources: requiredOf(listOf(values, 'sources'), 'sources'),
    ...present('evidence', evidenceOf(record)),
  };
  const dates = {
    ...present('dateBasis', enumOf<DateBasis>(values, 'dateBasis')),
    ...present('dateAnchor', textOf(values, 'dateAnchor')),
    ...present('dateReasoning', textOf(values, 'dateReasoning')),
  };
  switch (type) {
    case 'Person':
      return { ...base, type };
    case 'Organization':
      return { ...base, type, kind: requiredOf(enumOf<OrganizationKind>(values, 'kind'), 'kind') };
    case 'Place':
      return { ...base, type, kind: requiredOf(enumOf<PlaceKind>(values, 'kind'), 'kind') };
    case 'Event':
      return {
        ...base,
        type,
        kind: requiredOf(enumOf<EventKind>(values, 'kind'), 'kind'),
        ...present('startDate', textOf(values, 'startDate')),
        ...present('endDate', textOf(values, 'endDate')),
        ...dates,
        ...present('dateBound', enumOf<DateBound>(values, 'dateBound')),
      };
    case 'Report':
      return {
        ...base,
        type,
        kind: requiredOf(enumOf<ReportKind>(values, 'kind'), 'kind'),
        ...present('publishedOn', textOf(values, 'publishedOn')),
        ...dates,
        ...present('sourceFile', textOf(values, 'sourceFile')),
        ...present('paragraphCount', numberOf(values, 'paragraphCount')),
      };
  }
}
