/**
 * Builds the executable schema from the decorated classes. Built once per process: type-graphql
 * keeps its metadata globally, and every server in the process serves the same schema.
 */
import 'reflect-metadata';
import { isAbstractType, printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { validateArgs } from './inputs/validate-args';
import { treatNullArgumentsAsAbsent } from './null-arguments';
import { CitationResolver } from './resolvers/citation.resolver';
import { EntityListResolver } from './resolvers/entity-list.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { EventResolver } from './resolvers/event.resolver';
import { ExportResolver } from './resolvers/export.resolver';
import { GraphResolver } from './resolvers/graph.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { RelationResolver } from './resolvers/relation.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { StatisticResolver } from './resolvers/statistic.resolver';
import { TimelineResolver } from './resolvers/timeline.resolver';
import { Person } from './types/person.type';
import { Organization } from './types/organization.type';
import { entityTypeName } from './types/entity.interface';
import { nodeTypeName } from './types/node.interface';

let built: GraphQLSchema | undefined;

export function graphSchema(): GraphQLSchema {
  if (built) return built;
  built = buildSchemaSync({
    resolvers: [
      NodeResolver,
      EntityResolver,
      EntityListResolver,
      EventResolver,
      PlaceResolver,
      ReportResolver,
      RelationResolver,
      StatisticResolver,
      SearchResolver,
      TimelineResolver,
      GraphResolver,
      ExportResolver,
      CitationResolver,
    ],
    // Reached only through interfaces or connections; listed so the schema always declares them.
    orphanedTypes: [Person, Organization],
    validateFn: validateArgs as never,
  });
  treatNullArgumentsAsAbsent(built);
  resolveTypesSynchronously(built);
  // type-graphql declares no type for Query itself; its description goes on the built type.
  built.getQueryType()!.description =
    'Read the knowledge graph: entities and their relations, figures as claims, searches, neighbourhoods, paths, timelines and exports. Every entity, relation and figure names its sources.';
  return built;
}

/**
 * type-graphql wraps every resolveType in an async function, which costs each abstract field a
 * promise (and graphql-jit does not wait for one); ours read the record's shape and need no wait.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): void {
  const resolvers: Record<string, (record: never) => string> = { Entity: entityTypeName, Node: nodeTypeName };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    const resolve = resolvers[type.name];
    if (resolve === undefined) throw new Error(`${type.name} is abstract but has no synchronous type resolver in schema.ts`);
    type.resolveType = resolve as never;
  }
}

/** The SDL as committed in schema/schema.graphql: sorted, so the file diffs cleanly. */
export function schemaSdl(schema: GraphQLSchema = graphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
