/**
 * Hands an HTTP request to Apollo Server 5 (which has no framework integration of its own) and
 * writes its answer. Bodies are parsed as JSON only when the client says they are JSON; anything
 * else reaches Apollo unparsed so its CSRF prevention can refuse simple requests.
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphContext } from '../graphql/context';
import { readBody, sendJson } from './http-io';

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function parsedBody(req: IncomingMessage, headers: HeaderMap): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req);
  if (!headers.get('content-type')?.startsWith('application/json')) return text;
  return text === '' ? undefined : JSON.parse(text);
}

export async function handleGraphQL(
  apollo: ApolloServer<GraphContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<GraphContext>,
): Promise<void> {
  const headers = headerMap(req);
  let body: unknown;
  try {
    body = await parsedBody(req, headers);
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'the body is not valid JSON' : (error as Error).message;
    sendJson(res, error instanceof SyntaxError ? 400 : 413, { errors: [{ message: `Bad request: ${reason}.`, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  const search = new URL(req.url ?? '/', 'http://localhost').search;
  const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
