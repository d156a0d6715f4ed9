/**
 * Server configuration from environment variables, each with a default so `npm start` needs no
 * set-up. Store variables (NEO4J_*) are read by src/store/config.ts, not here.
 */
import { DEFAULT_LIMITS, type ApiLimits } from '../graphql/limits/api-limits';
import { DEFAULT_PAGE_SIZE } from '../graphql/inputs/page.args';
import { PATH_SEARCH_CEILING } from '../store/port';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: string;
  readonly logLevel: string;
  /** How long a SIGTERM waits for in-flight requests before cutting connections. */
  readonly shutdownTimeoutMs: number;
  readonly limits: ApiLimits;
  /** What a production deployment turns off (defaults depend on NODE_ENV). */
  readonly exposure: Exposure;
  readonly http: HttpLimits;
  readonly clients: ClientAccess;
  /**
   * Run operations compiled by graphql-jit (the default) rather than interpreted by graphql-js;
   * the answers are the same, the compiled ones cheaper. Off is for telling the two apart.
   */
  readonly compiledExecution: boolean;
}

export interface ClientAccess {
  /** Origins whose pages may call the API and download exports: "*" (any) or a list. */
  readonly corsOrigins: '*' | readonly string[];
  /** Cache-Control of answers to GET queries. */
  readonly cacheControl: string;
  /** Bytes of answers the server keeps for repeated requests (0 turns the cache off). */
  readonly responseCacheBytes: number;
  /** Most operations in one batched request. */
  readonly maxBatchOperations: number;
}

export interface Exposure {
  /** Answer __schema and __type queries. */
  readonly introspection: boolean;
  /** Keep graphql-js's "Did you mean ...?" hints, which reveal names of the schema, in error messages. */
  readonly suggestions: boolean;
  /** Serve the GraphiQL IDE at /graphiql (and to browsers opening /graphql). */
  readonly graphiql: boolean;
}

export interface HttpLimits {
  /** Largest request body; a Content-Length above it is refused before any of the body is read. */
  readonly maxBodyBytes: number;
  /** Largest response body; a larger answer is replaced by a LIMIT_EXCEEDED error. */
  readonly maxResponseBytes: number;
  /** Most open connections; more are refused at once. */
  readonly maxConnections: number;
  /** The whole request, headers and body, must arrive within this. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
}

export class ServerConfigError extends Error {
  readonly code = 'BAD_SERVER_CONFIG';
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}

/** The variable that sets each limit. */
export const LIMIT_VARIABLES: Readonly<Record<keyof ApiLimits, string>> = {
  maxPageSize: 'MAX_PAGE_SIZE',
  maxDepth: 'MAX_QUERY_DEPTH',
  maxComplexity: 'MAX_QUERY_COST',
  maxAliases: 'MAX_ALIASES',
  maxNeighborhoodDepth: 'MAX_NEIGHBORHOOD_DEPTH',
  maxNeighborhoodNodes: 'MAX_NEIGHBORHOOD_NODES',
  maxPathLength: 'MAX_PATH_LENGTH',
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: Environment, variable: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = env[variable]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ServerConfigError(variable, `${variable} is "${text}"; expected a whole number from ${min} to ${max}.`);
  }
  return value;
}

function limitsFrom(env: Environment): ApiLimits {
  const entries = Object.entries(LIMIT_VARIABLES).map(([key, variable]) => {
    const limit = key as keyof ApiLimits;
    // The default page size must stay allowed, or a query without `first` would be refused.
    const min = limit === 'maxPageSize' ? DEFAULT_PAGE_SIZE : 1;
    // No store searches paths longer than this, so a larger maximum would be a silent clamp.
    const max = limit === 'maxPathLength' ? PATH_SEARCH_CEILING : undefined;
    return [limit, integer(env, variable, DEFAULT_LIMITS[limit], min, max)];
  });
  return Object.fromEntries(entries) as unknown as ApiLimits;
}

function boolean(env: Environment, variable: string, fallback: boolean): boolean {
  const text = env[variable]?.trim().toLowerCase();
  if (!text) return fallback;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new ServerConfigError(variable, `${variable} is "${env[variable]}"; expected true or false.`);
}

/** In production the schema is not advertised: no introspection, no name suggestions, no IDE. */
function exposureFrom(env: Environment, nodeEnv: string): Exposure {
  const open = nodeEnv !== 'production';
  return {
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', open),
    suggestions: boolean(env, 'GRAPHQL_SUGGESTIONS', open),
    graphiql: boolean(env, 'GRAPHIQL', open),
  };
}

function httpLimitsFrom(env: Environment): HttpLimits {
  return {
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1024 * 1024, 1024),
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 4 * 1024 * 1024, 1024),
    maxConnections: integer(env, 'MAX_CONNECTIONS', 1024, 1),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 1000),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 0),
  };
}

function clientAccessFrom(env: Environment): ClientAccess {
  const origins = env['CORS_ORIGINS']?.trim() || '*';
  const list = origins === '*' ? '*' : origins.split(',').map((origin) => origin.trim()).filter(Boolean);
  if (list !== '*') {
    for (const origin of list) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new ServerConfigError('CORS_ORIGINS', `CORS_ORIGINS holds "${origin}"; expected "*" or origins like https://example.org, separated by commas.`);
      }
    }
  }
  return {
    corsOrigins: list,
    cacheControl: env['CACHE_CONTROL']?.trim() || 'public, max-age=60',
    responseCacheBytes: integer(env, 'RESPONSE_CACHE_BYTES', 64 * 1024 * 1024, 0),
    maxBatchOperations: integer(env, 'MAX_BATCH_OPERATIONS', 10, 1, 1000),
  };
}

export function serverConfigFrom(env: Environment = process.env): ServerConfig {
  const logLevel = env['LOG_LEVEL']?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ServerConfigError('LOG_LEVEL', `LOG_LEVEL is "${logLevel}"; expected one of ${LOG_LEVELS.join(', ')}.`);
  }
  const nodeEnv = env['NODE_ENV']?.trim() || 'development';
  const http = httpLimitsFrom(env);
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new ServerConfigError('HEADERS_TIMEOUT_MS', `HEADERS_TIMEOUT_MS (${http.headersTimeoutMs}) may not exceed REQUEST_TIMEOUT_MS (${http.requestTimeoutMs}).`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env['HOST']?.trim() || '127.0.0.1',
    nodeEnv,
    logLevel,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0),
    limits: limitsFrom(env),
    exposure: exposureFrom(env, nodeEnv),
    http,
    clients: clientAccessFrom(env),
    compiledExecution: boolean(env, 'GRAPHQL_COMPILED_EXECUTION', true),
  };
}
