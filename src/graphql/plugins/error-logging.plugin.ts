/** Logs each error's real cause with the request id: server faults at error level, client mistakes at info, without a stack. */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphContext } from '../context';
import { isClientError } from '../errors/format-error';

export function errorLoggingPlugin(): ApolloServerPlugin<GraphContext> {
  // One listener for every request: it keeps no state of its own.
  const listener: GraphQLRequestListener<GraphContext> = {
    async didEncounterErrors({ errors, contextValue, operationName }) {
      contextValue.batch.hadErrors = true;
      for (const error of errors) {
        if (isClientError(error)) {
          contextValue.log.info({ operationName, code: error.extensions?.['code'], message: error.message.slice(0, 200) }, 'client error');
        } else {
          contextValue.log.error({ operationName, path: error.path, err: unwrapResolverError(error) }, 'request failed');
        }
      }
    },
  };
  return { requestDidStart: async () => listener };
}
