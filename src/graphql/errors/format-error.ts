/**
 * What clients see of an error. Input and limit errors pass through; anything else is masked to
 * a code and a fixed sentence, so no stack, Cypher or store detail leaves the server. The cause
 * is logged by errorLoggingPlugin with the request id, which the response carries as x-request-id.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreError } from '../../store/errors';

/** Codes whose messages are written for clients and safe to show as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function isClientError(formatted: Pick<GraphQLFormattedError, 'extensions'>): boolean {
  return CLIENT_CODES.has(String(formatted.extensions?.['code']));
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions?.['stacktrace']) return formatted;
  const { stacktrace: _stack, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

export interface ErrorFormatOptions {
  /** Keep graphql-js's "Did you mean ...?" hints; off in production, where they reveal the schema's names. */
  readonly suggestions: boolean;
}

export function errorFormatter(options: ErrorFormatOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const shape = messageShaper(options);
  return (formatted, error) => {
    const result = formatError(formatted, error);
    const message = shape(result.message);
    return message === result.message ? result : { ...result, message };
  };
}

/** What every message a client gets goes through: long echoes cut, and suggestions dropped where they are off. */
export function messageShaper(options: ErrorFormatOptions): (message: string) => string {
  return (message) => {
    const short = shortenEchoes(message);
    return options.suggestions ? short : short.replace(DID_YOU_MEAN, '');
  };
}

/** graphql-js ends some messages with suggestions of names in the schema. */
const DID_YOU_MEAN = / Did you mean [^?]*\?$/;

/** Longest quoted value a message repeats in full; longer ones keep a prefix and say how long they were. */
const ECHO_LIMIT = 64;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/** A client's value quoted in a message is cut to a prefix, so a 1 MB id does not come back as a 1 MB error. */
export function shortenEchoes(message: string): string {
  if (message.length <= ECHO_LIMIT * 2) return message;
  return message.replace(QUOTED, (quoted, inner: string) =>
    inner.length <= ECHO_LIMIT ? quoted : `"${inner.slice(0, ECHO_LIMIT)}..." (${inner.length} characters)`,
  );
}

/**
 * Apollo Server refuses some requests with a bare GraphQLError carrying a 4xx HTTP status and no
 * code (an APQ hash that does not match its query, for one): the message is written for the client.
 */
function isRequestRefusal(formatted: GraphQLFormattedError, cause: unknown): boolean {
  if (formatted.path !== undefined || !(cause instanceof GraphQLError)) return false;
  const status = (cause.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  if (isClientError(formatted)) return withoutStack(formatted);
  if (isRequestRefusal(formatted, cause)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  const base = { locations: formatted.locations, path: formatted.path };
  if (cause instanceof StoreError && cause.code === 'STORE_UNAVAILABLE') {
    return { ...base, message: 'The graph store is unavailable; try again shortly.', extensions: { code: 'STORE_UNAVAILABLE' } };
  }
  return {
    ...base,
    message: 'The server failed to answer this field; the cause is in its log under this response\'s x-request-id.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
