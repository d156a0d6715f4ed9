/**
 * The cost estimate behind maxComplexity: one per field, times the number of items a list can
 * return. Paged fields multiply by `first` (or `limit`); lists with no bound count as
 * UNBOUNDED_LIST_ESTIMATE items. Lists inside a connection, subgraph or path are already
 * counted by the field that returned it.
 */
import { getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';

export const UNBOUNDED_LIST_ESTIMATE = 5;
const PRECOUNTED_PARENTS = /(Connection|^Subgraph|^Path)$/;

function itemsOf({ type, field, args }: ComplexityEstimatorArgs): number {
  if (typeof args['first'] === 'number') return args['first'];
  if (typeof args['limit'] === 'number') return args['limit'];
  if (typeof args['maxLength'] === 'number') return args['maxLength'] + 1;
  if (!isListType(getNullableType(field.type)) || PRECOUNTED_PARENTS.test(type.name)) return 1;
  return UNBOUNDED_LIST_ESTIMATE;
}

/** A list of scalars has no child cost, so it costs one like any other leaf. */
function estimate(options: ComplexityEstimatorArgs): number {
  if (options.field.name.startsWith('__') || options.type.name.startsWith('__')) return 0;
  return 1 + options.childComplexity * itemsOf(options);
}

export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({ schema, query, operationName, variables, estimators: [estimate] });
}
