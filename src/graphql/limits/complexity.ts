/**
 * The cost estimate behind maxComplexity, meant to track the work a request makes (about 10 µs of
 * CPU per unit on the development machine): one per field, times the number of items a list can
 * return. Paged fields multiply by `first` (or `limit`), shortestPaths by `first` paths of `maxLength` + 1 entities; lists with no bound count as
 * UNBOUNDED_LIST_ESTIMATE items. Lists inside a connection, subgraph or path are already counted
 * by the field that returned it. Introspection counts like any other query, its lists by the
 * schema's own sizes. An export costs by the size of the file it can produce (graph-size.ts).
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats';
import { DEFAULT_PAGE_SIZE } from '../../store/port';
import type { ApiLimits } from './api-limits';
import type { GraphSize } from './graph-size';

export const UNBOUNDED_LIST_ESTIMATE = 5;
const OF_TYPE_REACH = 0.5;
const PRECOUNTED_PARENTS = /(Connection|^Subgraph|^Path)$/;

/**
 * How many items, on average, each of the schema's own lists holds, for an introspection query
 * walking them: e.g. `fields` is the number of fields over the number of types (scalars and enums
 * have none), so that types x fields estimates every field of every type.
 */
interface IntrospectionSizes {
  readonly types: number;
  readonly fields: number;
  readonly args: number;
  readonly enumValues: number;
  readonly inputFields: number;
  readonly possibleTypes: number;
  readonly directives: number;
  readonly locations: number;
}

function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const types = Object.values(schema.getTypeMap());
  const perType = (count: (type: (typeof types)[number]) => number) => types.reduce((sum, type) => sum + count(type), 0) / types.length;
  const fieldsOf = (type: (typeof types)[number]) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []);
  const fields = types.flatMap(fieldsOf);
  const directives = schema.getDirectives();
  // Averages stay fractional: a field has 0.3 arguments on average, and rounding up would count one per field.
  return {
    types: types.length,
    fields: (perType((type) => fieldsOf(type).length)),
    args: (fields.reduce((sum, field) => sum + field.args.length, 0) / Math.max(1, fields.length)),
    enumValues: (perType((type) => (isEnumType(type) ? type.getValues().length : 0))),
    inputFields: (perType((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))),
    possibleTypes: (perType((type) => (isInterfaceType(type) || isUnionType(type) ? schema.getPossibleTypes(type).length : 0))),
    directives: directives.length,
    locations: (directives.reduce((sum, directive) => sum + directive.locations.length, 0) / Math.max(1, directives.length)),
  };
}

const INTROSPECTION_LISTS: Readonly<Record<string, keyof IntrospectionSizes>> = {
  types: 'types',
  fields: 'fields',
  args: 'args',
  enumValues: 'enumValues',
  inputFields: 'inputFields',
  possibleTypes: 'possibleTypes',
  interfaces: 'possibleTypes',
  directives: 'directives',
  locations: 'locations',
};

export interface CostContext {
  readonly limits: ApiLimits;
  readonly graphSize: () => GraphSize;
}

/** What an export of the whole graph, or of a neighbourhood, can hold, times its format's weight. */
export function exportCost(args: Readonly<Record<string, unknown>>, limits: ApiLimits, graph: GraphSize): number {
  const format = EXPORT_FORMATS[args['format'] as ExportFormat];
  const nodes = args['center'] == null ? graph.entities : Math.min(graph.entities, limits.maxNeighborhoodNodes);
  const edges = args['center'] == null ? graph.relations : Math.ceil(nodes * graph.relationsPerEntity);
  return (nodes + edges) * (format?.costPerElement ?? 1);
}

export class CostModel {
  private readonly sizes: IntrospectionSizes;

  constructor(private readonly schema: GraphQLSchema, private readonly context: CostContext) {
    this.sizes = introspectionSizes(schema);
  }

  operationCost(query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
    return getComplexity({ schema: this.schema, query, operationName, variables, estimators: [(options) => this.estimate(options)] });
  }

  private estimate(options: ComplexityEstimatorArgs): number {
    if (options.type.name === 'Query' && options.field.name === 'export') {
      return 1 + exportCost(options.args, this.context.limits, this.context.graphSize()) + options.childComplexity;
    }
    return 1 + options.childComplexity * this.itemsOf(options);
  }

  private itemsOf({ type, field, args }: ComplexityEstimatorArgs): number {
    // A type reference nests `ofType` seven levels deep in a client's query, but a real type is
    // wrapped once or twice at most: each level down is reached about half as often.
    if (type.name === '__Type' && field.name === 'ofType') return OF_TYPE_REACH;
    // Several paths (first of them, each up to maxLength relations long): each counted as one path is below.
    if (typeof args['first'] === 'number' && typeof args['maxLength'] === 'number') return args['first'] * (args['maxLength'] + 1);
    if (typeof args['first'] === 'number') return args['first'];
    if (typeof args['last'] === 'number') return args['last'];
    if (typeof args['limit'] === 'number') return args['limit'];
    if (Array.isArray(args['ids'])) return args['ids'].length;
    // A connection asked without first or last returns the default page.
    if (getNamedType(field.type).name.endsWith('Connection')) return DEFAULT_PAGE_SIZE;
    if (typeof args['maxLength'] === 'number') return args['maxLength'] + 1;
    if (!isListType(getNullableType(field.type)) || PRECOUNTED_PARENTS.test(type.name)) return 1;
    if (type.name.startsWith('__')) return this.sizes[INTROSPECTION_LISTS[field.name] ?? 'fields'];
    return UNBOUNDED_LIST_ESTIMATE;
  }
}
