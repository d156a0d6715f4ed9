/**
 * Runs RequestChecks before execution. Apollo's own validation is switched off
 * (dangerouslyDisableValidation) because its stock rules cannot say which argument a bad value
 * is in; RequestChecks runs every specified rule instead, so nothing goes unvalidated.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { GraphContext } from '../context';
import type { ApiLimits } from '../limits/api-limits';
import type { GraphSize } from '../limits/graph-size';
import { RequestChecks } from '../limits/request-checks';
import { LimitExceededError } from '../errors/api-errors';

function formatted(error: GraphQLError, shape: (message: string) => string): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  const json = error.toJSON();
  return { ...json, message: shape(json.message), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extensions } };
}

export interface RequestCheckOptions {
  readonly graphSize: () => GraphSize;
  /** Whether __schema and __type may be asked. */
  readonly introspection: boolean;
  /** Shapes each message as formatError does (echoes shortened, suggestions dropped in production). */
  readonly shapeMessage: (message: string) => string;
}

export function requestChecksPlugin(schema: GraphQLSchema, limits: ApiLimits, options: RequestCheckOptions): ApolloServerPlugin<GraphContext> {
  const checks = new RequestChecks(schema, limits, options);
  // One listener for every request: it keeps no state of its own (that lives in the context).
  const listener: GraphQLRequestListener<GraphContext> = {
    async responseForOperation({ document, operation, operationName, request, contextValue }) {
      const outcome = checks.check({ document, operation, operationName: operationName ?? undefined, variables: request.variables });
      let errors = outcome.errors;
      // The operations of one HTTP batch share a context, and one cost budget.
      if (errors.length === 0) {
        contextValue.batch.cost += outcome.cost;
        if (contextValue.batch.operations > 1 && contextValue.batch.cost > limits.maxComplexity) {
          errors = [
            new LimitExceededError(
              'maxComplexity',
              limits.maxComplexity,
              `The operations of this batch cost ${contextValue.batch.cost} together, above the maximum query cost of ${limits.maxComplexity} for one request.`,
            ),
          ];
        }
      }
      if (errors.length === 0) return null;
      contextValue.batch.hadErrors = true;
      contextValue.log.info({ errors: errors.map((e) => e.message.slice(0, 200)) }, 'request refused before execution');
      return {
        http: { status: 400, headers: new HeaderMap() },
        body: { kind: 'single', singleResult: { errors: errors.map((error) => formatted(error, options.shapeMessage)) } },
      };
    },
  };
  return { requestDidStart: async () => listener };
}
