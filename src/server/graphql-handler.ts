/**
 * Hands an HTTP request to Apollo Server 5 (which has no framework integration of its own) and
 * writes its answer. Bodies are parsed as JSON only when their media type is application/json (in
 * any letter case); anything else reaches Apollo unparsed so its CSRF prevention can refuse simple
 * requests. Before Apollo parses a document, its bracket nesting is bounded, and a batch's size.
 *
 * Answers are cached by graph version and request (see ResponseCache) and carry an ETag made of
 * both, so a client or CDN revalidating with If-None-Match gets 304 until the graph is reloaded.
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphContext } from '../graphql/context';
import { MAX_DOCUMENT_NESTING, nestingDepth } from '../graphql/limits/document-nesting';
import { BodyTooLargeError, mediaType, readBody, refuseTooLarge, sendJson } from './http-io';
import type { ResponseCache } from './response-cache';

export interface GraphQLHandlerOptions {
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
  readonly maxBatchOperations: number;
  /** Cache-Control of answers to GET (POST answers are not for shared caches). */
  readonly cacheControl: string;
  readonly cache: ResponseCache | null;
  /** The version of the graph the store holds now (read per request: a reload may have changed it). */
  readonly graphVersion: () => Promise<string | null>;
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function clientError(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The query texts a request carries: the `query` of a JSON body (or of each in a batch), or of the URL. */
function queryTexts(body: unknown, search: string): string[] {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((operation) => (operation as { query?: unknown } | null)?.query).filter((query): query is string => typeof query === 'string');
  const fromUrl = search === '' ? null : new URLSearchParams(search).get('query');
  return fromUrl === null ? texts : [...texts, fromUrl];
}

/** What makes two requests ask the same thing: method, negotiated media type, and the operation(s) asked. */
function requestKey(method: string, accept: string | undefined, search: string, body: unknown): string {
  return createHash('sha256').update(`${method}\n${accept ?? ''}\n${search}\n${body === undefined ? '' : JSON.stringify(body)}`).digest('hex');
}

/** If-None-Match holds our ETag (or *): the client's copy is current. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === etag;
  });
}

export async function handleGraphQL(
  apollo: ApolloServer<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: (operations: number) => GraphContext,
  options: GraphQLHandlerOptions,
): Promise<void> {
  const headers = headerMap(req);
  const method = req.method ?? 'GET';
  const isJson = mediaType(headers.get('content-type')) === 'application/json';
  // Apollo reads the header itself; the media type in lower case is what it should see.
  if (isJson) headers.set('content-type', headers.get('content-type')!.toLowerCase());
  // A query over GET has no side effect to forge (this API answers queries only, and mutations are
  // refused over any method), so standard clients' GETs go through; simple-request POSTs stay refused.
  if (method === 'GET') headers.set('apollo-require-preflight', 'true');
  let body: unknown;
  if (method === 'POST') {
    let text: string;
    try {
      text = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return refuseTooLarge(req, res, { errors: [{ message: `Bad request: ${error.message}.`, extensions: { code: 'BAD_REQUEST' } }] });
    }
    try {
      body = isJson ? (text === '' ? undefined : JSON.parse(text)) : text;
    } catch {
      return clientError(res, 400, 'BAD_REQUEST', 'Bad request: the body is not valid JSON.');
    }
  }
  // The query string as sent (Apollo decodes it itself); a URL object per request costs for nothing.
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const search = queryAt < 0 || queryAt === rawUrl.length - 1 ? '' : rawUrl.slice(queryAt);
  if (Array.isArray(body) && body.length > options.maxBatchOperations) {
    return clientError(res, 400, 'LIMIT_EXCEEDED', `This batch holds ${body.length} operations, above the maximum of ${options.maxBatchOperations} (MAX_BATCH_OPERATIONS).`, {
      limit: 'maxBatchOperations',
      maximum: options.maxBatchOperations,
    });
  }
  for (const text of queryTexts(body, search)) {
    const nesting = nestingDepth(text);
    if (nesting > MAX_DOCUMENT_NESTING) {
      return clientError(res, 400, 'LIMIT_EXCEEDED', `The query nests brackets ${nesting} levels deep, above the maximum of ${MAX_DOCUMENT_NESTING}.`, {
        limit: 'documentNesting',
        maximum: MAX_DOCUMENT_NESTING,
      });
    }
  }

  // Without a version (the store is unreachable) the request is answered uncached, and fails as
  // its fields fail, with STORE_UNAVAILABLE.
  const version = await options.graphVersion().catch(() => null);
  if (version !== null) res.setHeader('x-graph-version', version);
  // A POST answer's ETag serves only the server's cache (clients revalidate GETs), so without the
  // cache a POST needs no key.
  const cacheable = version !== null && (method === 'GET' || (method === 'POST' && isJson && options.cache !== null));
  const key = cacheable ? requestKey(method, req.headers.accept, search, body) : '';
  const cacheControl = method === 'GET' ? options.cacheControl : 'no-store';
  const cached = cacheable ? options.cache?.get(version, key) : undefined;
  if (cached !== undefined) {
    res.setHeader('etag', cached.etag);
    res.setHeader('cache-control', cacheControl);
    if (method === 'GET' && matches(req.headers['if-none-match'], cached.etag)) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': cached.contentType, 'content-length': Buffer.byteLength(cached.body) });
    return void res.end(cached.body);
  }

  const operations = Array.isArray(body) ? body.length : 1;
  const requestContext = context(operations);
  const request: HTTPGraphQLRequest = { method, headers, search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => requestContext });
  if (response.body.kind === 'complete' && Buffer.byteLength(response.body.string) > options.maxResponseBytes) {
    const size = Buffer.byteLength(response.body.string);
    return clientError(
      res,
      400,
      'LIMIT_EXCEEDED',
      `The response would be ${size} bytes, above the maximum of ${options.maxResponseBytes} (MAX_RESPONSE_BYTES); ask for fewer fields, smaller pages or fewer exports.`,
      { limit: 'maxResponseBytes', maximum: options.maxResponseBytes },
    );
  }
  for (const [name, value] of response.headers) res.setHeader(name, value);
  const status = response.status ?? 200;
  // Errors raised before execution (an unknown persisted query, say) reach no plugin, so the body is looked at too.
  const answered = response.body.kind === 'complete' && !requestContext.batch.hadErrors && !response.body.string.includes('"errors":[');
  if (response.body.kind === 'complete' && status === 200 && cacheable && answered) {
    const etag = `"${version.slice(0, 12)}-${key.slice(0, 24)}"`;
    const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';
    options.cache?.set(version, key, { body: response.body.string, contentType, etag });
    res.setHeader('etag', etag);
    res.setHeader('cache-control', cacheControl);
    if (method === 'GET' && matches(req.headers['if-none-match'], etag)) return void res.writeHead(304).end();
  }
  res.statusCode = status;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
