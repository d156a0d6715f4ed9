/**
 * Cross-origin access to the API and the downloads. The graph is public and read-only, so by
 * default any origin may read it (CORS_ORIGINS=*); a deployment can name its own origins instead.
 * A browser's preflight is answered here; a request from an origin not allowed gets no CORS headers,
 * so the browser keeps its answer from the page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsConfig {
  /** "*" for any origin, or the exact origins allowed (scheme, host and port). */
  readonly origins: '*' | readonly string[];
}

/** What a page may read of a response beyond the simple headers. */
const EXPOSED_HEADERS = ['x-request-id', 'etag', 'x-graph-version', 'x-graph-truncated', 'x-graph-node-count', 'x-graph-edge-count', 'content-disposition'];
/** What a page may send: GraphQL clients' content type and preflight headers, and conditional requests. */
const ALLOWED_HEADERS = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name', 'if-none-match', 'x-request-id'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

function allowedOrigin(config: CorsConfig, origin: string): string | undefined {
  if (config.origins === '*') return '*';
  return config.origins.includes(origin) ? origin : undefined;
}

/**
 * Sets the CORS headers of a request to /graphql or /export/*, and answers a preflight itself.
 * Returns true when the request has been answered (a preflight).
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, config: CorsConfig): boolean {
  const origin = req.headers.origin;
  const allowed = origin === undefined ? undefined : allowedOrigin(config, origin);
  if (config.origins !== '*') res.setHeader('vary', 'Origin');
  if (allowed !== undefined) {
    res.setHeader('access-control-allow-origin', allowed);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed === undefined || req.headers['access-control-request-method'] === undefined) {
    res.writeHead(origin === undefined ? 204 : 403, { 'content-length': 0 }).end();
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    'content-length': 0,
  });
  res.end();
  return true;
}
