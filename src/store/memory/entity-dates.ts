/**
 * The dates an entity is filtered and sorted by: an event's start/end, a report's publication.
 * People, organizations and places carry no dates, so date filters never keep them.
 */
import { dayRange, spanOf, type DayRange, type EntityRecord } from '../../model';

export function dateSpanOf(entity: EntityRecord): DayRange | undefined {
  switch (entity.type) {
    case 'Event':
      return spanOf(entity.startDate, entity.endDate);
    case 'Report':
      return entity.publishedOn === undefined ? undefined : dayRange(entity.publishedOn);
    default:
      return undefined;
  }
}

/** A from/to window as ISO days; an open side is unbounded. */
export interface DayWindow {
  readonly earliest?: string;
  readonly latest?: string;
}

export function dayWindow(from: string | undefined, to: string | undefined): DayWindow | null {
  if (from === undefined && to === undefined) return null;
  return {
    ...(from === undefined ? {} : { earliest: dayRange(from).earliest }),
    ...(to === undefined ? {} : { latest: dayRange(to).latest }),
  };
}

/** True when the span shares at least one day with the window; an undated span shares none. */
export function overlaps(span: DayRange | undefined, window: DayWindow): boolean {
  if (span === undefined) return false;
  if (window.earliest !== undefined && span.latest < window.earliest) return false;
  if (window.latest !== undefined && span.earliest > window.latest) return false;
  return true;
}
