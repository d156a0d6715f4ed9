/**
 * The one argument validator (type-graphql `validateFn`): class-validator for the shape of each
 * argument, then the server's configurable limits. Failures name the argument, e.g. "filter.placeId".
 */
import { validateSync, type ValidationError } from 'class-validator';
import { Kind, visit, type FieldNode } from 'graphql';
import type { ResolverData } from 'type-graphql';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors/api-errors';
import { assertWithinLimits } from '../limits/at-most.decorator';
import { rememberValidationMetadata } from './validation-metadata-cache';

rememberValidationMetadata();

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

/** Whether a field's arguments are written out in the document, with no variable among them. */
const literalOnly = new WeakMap<FieldNode, boolean>();
function argumentsAreLiterals(node: FieldNode): boolean {
  let literal = literalOnly.get(node);
  if (literal === undefined) {
    literal = true;
    for (const argument of node.arguments ?? []) {
      visit(argument.value, {
        Variable: () => {
          literal = false;
        },
      });
    }
    literalOnly.set(node, literal);
  }
  return literal;
}

/**
 * Arguments written out in a document are the same on every request that reuses the parsed
 * document (Apollo keeps it), and the checks are a pure function of them and the server's limits,
 * so once they pass for a field they pass again. Per field and argument class, as validation
 * runs once for each @Args/@Arg of a resolver.
 */
const passed = new WeakMap<FieldNode, Set<unknown>>();

export function validateArgs(value: unknown, type: unknown, { context, info }: ResolverData<GraphContext>): void {
  // Scalars and enums were already checked by GraphQL itself; only args objects carry rules.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const node = info.fieldNodes[0];
  const remembered = node !== undefined && node.kind === Kind.FIELD && argumentsAreLiterals(node);
  if (remembered && passed.get(node)?.has(type)) return;
  // Every rule is synchronous, so the synchronous validator spares a promise per argument.
  const failure = firstFailure(validateSync(value, { skipMissingProperties: true, forbidUnknownValues: false }));
  if (failure) throw new BadUserInputError(failure.path, failure.reason);
  assertWithinLimits(value, context.limits);
  if (remembered) {
    let types = passed.get(node);
    if (!types) passed.set(node, (types = new Set()));
    types.add(type);
  }
}
