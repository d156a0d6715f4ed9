/** The Apollo Server: our schema, checks, error masking and logging; CSRF prevention on. */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { GraphContext } from '../graphql/context';
import { formatError } from '../graphql/errors/format-error';
import type { ApiLimits } from '../graphql/limits/api-limits';
import { errorLoggingPlugin } from '../graphql/plugins/error-logging.plugin';
import { requestChecksPlugin } from '../graphql/plugins/request-checks.plugin';
import { graphSchema } from '../graphql/schema';

export function createApollo(limits: ApiLimits, log: Logger): ApolloServer<GraphContext> {
  const schema = graphSchema();
  const options: ApolloServerOptions<GraphContext> = {
    schema,
    csrfPrevention: true,
    // requestChecksPlugin validates instead, with errors that name the argument.
    dangerouslyDisableValidation: true,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts drains and stops on signals; Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    formatError,
    logger: log,
    plugins: [
      requestChecksPlugin(schema, limits),
      errorLoggingPlugin(),
      // GraphiQL is served by our own routes, from local files; Apollo's landing page loads a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints, and the plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
    ],
  };
  return new ApolloServer(options);
}
