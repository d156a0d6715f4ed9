/**
 * Hands an HTTP request to Apollo Server 5 (which has no framework integration of its own) and
 * writes its answer. Bodies are parsed as JSON only when their media type is application/json (in
 * any letter case); anything else reaches Apollo unparsed so its CSRF prevention can refuse simple
 * requests. Before Apollo parses a document, its bracket nesting is bounded; after it answers, the
 * answer's size is.
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphContext } from '../graphql/context';
import { MAX_DOCUMENT_NESTING, nestingDepth } from '../graphql/limits/document-nesting';
import { BodyTooLargeError, mediaType, readBody, refuseTooLarge, sendJson } from './http-io';

export interface GraphQLHandlerLimits {
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
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
function queryTexts(body: unknown, search: URLSearchParams): string[] {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((operation) => (operation as { query?: unknown } | null)?.query).filter((query): query is string => typeof query === 'string');
  const fromUrl = search.get('query');
  return fromUrl === null ? texts : [...texts, fromUrl];
}

export async function handleGraphQL(
  apollo: ApolloServer<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<GraphContext>,
  limits: GraphQLHandlerLimits,
): Promise<void> {
  const headers = headerMap(req);
  const isJson = mediaType(headers.get('content-type')) === 'application/json';
  // Apollo reads the header itself; the media type in lower case is what it should see.
  if (isJson) headers.set('content-type', headers.get('content-type')!.toLowerCase());
  let body: unknown;
  if (req.method === 'POST') {
    let text: string;
    try {
      text = await readBody(req, limits.maxBodyBytes);
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
  const url = new URL(req.url ?? '/', 'http://localhost');
  for (const text of queryTexts(body, url.searchParams)) {
    const nesting = nestingDepth(text);
    if (nesting > MAX_DOCUMENT_NESTING) {
      return clientError(res, 400, 'LIMIT_EXCEEDED', `The query nests brackets ${nesting} levels deep, above the maximum of ${MAX_DOCUMENT_NESTING}.`, {
        limit: 'documentNesting',
        maximum: MAX_DOCUMENT_NESTING,
      });
    }
  }
  const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
  if (response.body.kind === 'complete' && Buffer.byteLength(response.body.string) > limits.maxResponseBytes) {
    const size = Buffer.byteLength(response.body.string);
    return clientError(
      res,
      400,
      'LIMIT_EXCEEDED',
      `The response would be ${size} bytes, above the maximum of ${limits.maxResponseBytes} (MAX_RESPONSE_BYTES); ask for fewer fields, smaller pages or fewer exports.`,
      { limit: 'maxResponseBytes', maximum: limits.maxResponseBytes },
    );
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
