/**
 * The one argument validator (type-graphql `validateFn`): class-validator for the shape of each
 * argument, then the server's configurable limits. Failures name the argument, e.g. "filter.placeId".
 */
import { validate, type ValidationError } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors/api-errors';
import { assertWithinLimits } from '../limits/at-most.decorator';

function firstFailure(errors: readonly ValidationError[], prefix = ''): { path: string; reason: string } | undefined {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const reason = Object.values(error.constraints ?? {})[0];
    if (reason) return { path, reason };
    const nested = firstFailure(error.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

export async function validateArgs(value: unknown, _type: unknown, { context }: ResolverData<GraphContext>): Promise<void> {
  // Scalars and enums were already checked by GraphQL itself; only args objects carry rules.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const failure = firstFailure(await validate(value, { skipMissingProperties: true, forbidUnknownValues: false }));
  if (failure) throw new BadUserInputError(failure.path, failure.reason);
  assertWithinLimits(value, context.limits);
}
