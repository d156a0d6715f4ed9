/**
 * Explicit null means "not given". Clients send null for every unset variable, and GraphQL lets an
 * optional argument or input field be null; no argument of this schema gives null a meaning of its
 * own, so before any resolver runs, null arguments and input fields are dropped and the resolver
 * sees them absent (with their defaults). Done once here, for every field that takes arguments,
 * rather than in each resolver.
 */
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';

export function treatNullArgumentsAsAbsent(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => resolve(source, holdsNull(args) ? (withoutNulls(args) as typeof args) : args, context, info);
    }
  }
}

/** Whether a null sits anywhere in an arguments object: most hold none, and need no copy. */
function holdsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (holdsNull(item)) return true;
  return false;
}

/** A copy of an arguments object (or input object) without its null fields, at every depth. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) copy[key] = withoutNulls(item);
  return copy;
}
