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

export function serverConfigFrom(env: Environment = process.env): ServerConfig {
  const logLevel = env['LOG_LEVEL']?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ServerConfigError('LOG_LEVEL', `LOG_LEVEL is "${logLevel}"; expected one of ${LOG_LEVELS.join(', ')}.`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env['HOST']?.trim() || '127.0.0.1',
    nodeEnv: env['NODE_ENV']?.trim() || 'development',
    logLevel,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0),
    limits: limitsFrom(env),
  };
}
