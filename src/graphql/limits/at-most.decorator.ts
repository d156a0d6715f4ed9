/**
 * `@AtMost('maxPageSize')` marks an argument bounded by a configurable limit: a number, or the
 * length of a list. class-validator
 * bounds are fixed when the class is declared; these are checked per request against the
 * server's own limits, so each server (and each test) can configure them.
 */
import { LimitExceededError } from '../errors/api-errors';
import { LIMIT_SUBJECTS, type ApiLimits } from './api-limits';

type Bound = { readonly property: string; readonly limit: keyof ApiLimits };
const BOUNDS = new WeakMap<object, Bound[]>();

export function AtMost(limit: keyof ApiLimits): PropertyDecorator {
  return (prototype, property) => {
    const own = BOUNDS.get(prototype) ?? [];
    BOUNDS.set(prototype, [...own, { property: String(property), limit }]);
  };
}

function boundsOf(value: object): Bound[] {
  const bounds: Bound[] = [];
  for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
    bounds.push(...(BOUNDS.get(proto) ?? []));
  }
  return bounds;
}

/** Throws LIMIT_EXCEEDED naming the argument and the maximum; never clamps silently. */
export function assertWithinLimits(args: object, limits: ApiLimits): void {
  for (const { property, limit } of boundsOf(args)) {
    const value = (args as Record<string, unknown>)[property];
    const maximum = limits[limit];
    if (typeof value === 'number' && value > maximum) {
      throw new LimitExceededError(
        limit,
        maximum,
        `Argument "${property}" is ${value}, above the maximum ${LIMIT_SUBJECTS[limit]} of ${maximum}.`,
      );
    }
    if (Array.isArray(value) && value.length > maximum) {
      throw new LimitExceededError(
        limit,
        maximum,
        `Argument "${property}" holds ${value.length} items, above the maximum ${LIMIT_SUBJECTS[limit]} of ${maximum}.`,
      );
    }
  }
}
