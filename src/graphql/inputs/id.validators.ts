/**
 * class-validator rules for the API's string arguments, built on the model's own id checks and
 * the stores' cursor codec, so the API never accepts an id or cursor the stores would not.
 */
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isEntityId, isNodeId } from '../../model';
import { readCursor } from '../cursors';

const quote = (value: unknown) => JSON.stringify(value);
/** The value a message names: for a list checked item by item (`each`), its first bad item. */
const offending = (value: unknown, valid: (item: unknown) => boolean) => (Array.isArray(value) ? value.find((item) => !valid(item)) : value);

export function IsEntityId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEntityId',
      validator: {
        validate: (value) => isEntityId(value),
        defaultMessage: (args) =>
          `${quote(offending(args?.value, isEntityId))} is not an entity id; expected "<type>/<slug>" such as "person/gao-zhisheng" (types: person, org, event, place, report)`,
      },
    },
    options,
  );
}

export function IsNodeId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNodeId',
      validator: {
        validate: (value) => isNodeId(value),
        defaultMessage: (args) =>
          `${quote(offending(args?.value, isNodeId))} is not a node id; expected an entity id such as "person/gao-zhisheng", a "stat/<slug>" or a "rel/..." id`,
      },
    },
    options,
  );
}

export function IsCursor(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCursor',
      validator: {
        validate: (value) => typeof value === 'string' && readCursor(value) !== undefined,
        defaultMessage: (args) => `${quote(args?.value)} is not a cursor this API issued; use an edge's cursor or pageInfo.endCursor`,
      },
    },
    options,
  );
}
