/** The Apollo Server: our schema, checks, error masking and logging; CSRF prevention on. */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { GraphContext } from '../graphql/context';
import { errorFormatter, messageShaper } from '../graphql/errors/format-error';
import type { ApiLimits } from '../graphql/limits/api-limits';
import type { GraphSize } from '../graphql/limits/graph-size';
import { errorLoggingPlugin } from '../graphql/plugins/error-logging.plugin';
import { requestChecksPlugin } from '../graphql/plugins/request-checks.plugin';
import { graphSchema } from '../graphql/schema';
import { compiledExecutionGateway } from '../graphql/execution/compiled-executor';
import type { Exposure } from './config';

export interface ApolloSettings {
  readonly limits: ApiLimits;
  readonly exposure: Exposure;
  readonly graphSize: () => GraphSize;
  /** Execute with graphql-jit (see compiled-executor.ts) instead of graphql-js. */
  readonly compiledExecution: boolean;
}

export function createApollo({ limits, exposure, graphSize, compiledExecution }: ApolloSettings, log: Logger): ApolloServer<GraphContext> {
  const schema = graphSchema();
  const options: ApolloServerOptions<GraphContext> = {
    ...(compiledExecution ? { gateway: compiledExecutionGateway(schema) } : { schema }),
    csrfPrevention: true,
    // Clients may send several operations in one request; graphql-handler caps how many, and the
    // operations share one cost budget (requestChecksPlugin).
    allowBatchedHttpRequests: true,
    // requestChecksPlugin validates instead, with errors that name the argument.
    dangerouslyDisableValidation: true,
    includeStacktraceInErrorResponses: false,
    // Apollo enforces this through validation, which requestChecksPlugin replaces; it checks it too.
    introspection: exposure.introspection,
    // main.ts drains and stops on signals; Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    formatError: errorFormatter({ suggestions: exposure.suggestions }),
    logger: log,
    plugins: [
      requestChecksPlugin(schema, limits, {
        graphSize,
        introspection: exposure.introspection,
        shapeMessage: messageShaper({ suggestions: exposure.suggestions }),
      }),
      errorLoggingPlugin(),
      // GraphiQL is served by our own routes, from local files; Apollo's landing page loads a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints, and the plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
    ],
  };
  return new ApolloServer(options);
}
