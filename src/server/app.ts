/**
 * The HTTP server: /graphql (API, and GraphiQL for browsers), /graphiql, /explore (the graph
 * explorer page), /export/* (file downloads for visualization tools), /health and /ready.
 * `stop()` drains: it stops accepting connections, answers what is in flight with
 * `Connection: close` (up to shutdownTimeoutMs), then stops Apollo and closes the store.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createContext } from '../graphql/context';
import { GraphSizeMonitor } from '../graphql/limits/graph-size';
import type { GraphStore } from '../store/port';
import { createApollo } from './apollo';
import type { ServerConfig } from './config';
import { EXPORT_PATH, serveExport } from './export-routes';
import { EXPLORE_PATH, FAVICON_PATH, isExplorerPath, serveExplorer } from './explorer-routes';
import { GRAPHIQL_PATH, graphiqlAsset, graphiqlPage } from './graphiql';
import { handleCors } from './cors';
import { handleGraphQL } from './graphql-handler';
import { ResponseCache } from './response-cache';
import { send, sendJson } from './http-io';
import { setCommonHeaders, setPageHeaders } from './security-headers';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  readonly server: Server;
  /** Listens on config.host:config.port (0 picks a free port) and returns the GraphQL URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/** A browser navigating to /graphql gets the IDE; API clients ask for JSON. */
function wantsIde(req: IncomingMessage, search: URLSearchParams): boolean {
  return req.method === 'GET' && !search.has('query') && (req.headers.accept ?? '').includes('text/html');
}

/**
 * The path and query of a request. A plain path (what clients send) is split as it is; anything a
 * URL parser would rewrite (dot segments, escapes, backslashes, an absolute form) goes through one,
 * so routing sees what it always saw. A URL object per request costs measurably under load.
 */
const PLAIN_PATH = /^\/[A-Za-z0-9_\-/]*$/;
function requestTarget(target: string): { path: string; search: URLSearchParams } {
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  if (PLAIN_PATH.test(path) && !path.includes('//')) return { path, search: new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)) };
  const url = new URL(target, 'http://localhost');
  return { path: url.pathname, search: url.searchParams };
}

/** A client's own request id is logged beside ours when it looks like one; it never replaces ours. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,100}$/;

export function createApp(store: GraphStore, config: ServerConfig, log: Logger): App {
  const graphSize = new GraphSizeMonitor(store, (error) => log.warn({ err: error }, 'could not read the graph size'));
  const apollo = createApollo({ limits: config.limits, exposure: config.exposure, graphSize: graphSize.current, compiledExecution: config.compiledExecution }, log);
  const cache = config.clients.responseCacheBytes > 0 ? new ResponseCache(config.clients.responseCacheBytes) : null;
  const graphqlOptions = {
    maxBodyBytes: config.http.maxBodyBytes,
    maxResponseBytes: config.http.maxResponseBytes,
    maxBatchOperations: config.clients.maxBatchOperations,
    cacheControl: config.clients.cacheControl,
    cache,
    graphVersion: () => store.version(),
  };
  /** Responses not yet finished; when a drain starts, those not yet begun are told to close their connection. */
  const open = new Set<ServerResponse>();
  let stopping: Promise<void> | undefined;

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await store.ping();
      sendJson(res, 200, { status: 'ready', store: store.name });
    } catch (error) {
      log.warn({ err: error, store: store.name }, 'readiness check failed');
      sendJson(res, 503, { status: 'unavailable', store: store.name });
    }
  }

  function page(res: ServerResponse, html: string): void {
    setPageHeaders(res);
    send(res, 200, 'text/html; charset=utf-8', html);
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const { path, search } = requestTarget(req.url ?? '/');
    const { graphiql } = config.exposure;
    // People who open the bare address in a browser want to look at the graph.
    if (path === '/' && req.method === 'GET') return void res.writeHead(302, { location: EXPLORE_PATH }).end();
    // Browsers ask for /favicon.ico on every page that names no icon (GraphiQL, JSON answers).
    if (path === '/favicon.ico' && (req.method === 'GET' || req.method === 'HEAD')) {
      return void res.writeHead(301, { location: FAVICON_PATH, 'cache-control': 'public, max-age=86400' }).end();
    }
    if (path === '/health') return sendJson(res, 200, { status: stopping ? 'stopping' : 'ok' });
    if (path === '/ready') return stopping ? sendJson(res, 503, { status: 'stopping' }) : ready(res);
    if (graphiql && path === GRAPHQL_PATH && wantsIde(req, search)) return page(res, graphiqlPage(GRAPHQL_PATH));
    if (graphiql && path === GRAPHIQL_PATH) return page(res, graphiqlPage(GRAPHQL_PATH));
    if (graphiql && path.startsWith(`${GRAPHIQL_PATH}/`)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_PATH.length + 1));
      if (asset) return send(res, 200, asset.type, asset.body, 'public, max-age=86400');
    }
    if ((path === GRAPHQL_PATH || path.startsWith(EXPORT_PATH)) && handleCors(req, res, { origins: config.clients.corsOrigins })) return;
    if (path.startsWith(EXPORT_PATH)) return serveExport(req, res, { store, limits: config.limits, log, graphSize: graphSize.current });
    if (isExplorerPath(path)) {
      setPageHeaders(res);
      return serveExplorer(req.method, path, res);
    }
    if (path === GRAPHQL_PATH) {
      return handleGraphQL(apollo, req, res, (operations) => createContext(store, config.limits, requestId, log, operations), graphqlOptions);
    }
    sendJson(res, 404, { error: `No route for ${req.method} ${path}; the API is at ${GRAPHQL_PATH}.` });
  }

  const server = createServer((req, res) => {
    const requestId = randomUUID();
    const clientId = req.headers['x-request-id'];
    if (typeof clientId === 'string' && CLIENT_REQUEST_ID.test(clientId)) log.debug({ requestId, clientRequestId: clientId }, 'client request id');
    res.setHeader('x-request-id', requestId);
    setCommonHeaders(res);
    // While draining, keep-alive clients are told to reconnect elsewhere rather than reuse this socket.
    if (stopping) res.setHeader('connection', 'close');
    open.add(res);
    res.on('close', () => open.delete(res));
    route(req, res, requestId).catch((error: unknown) => {
      log.error({ err: error, requestId }, 'unhandled error while serving a request');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error.' });
      else res.destroy();
    });
  });
  server.maxConnections = config.http.maxConnections;
  server.requestTimeout = config.http.requestTimeoutMs;
  server.headersTimeout = config.http.headersTimeoutMs;
  server.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  server.on('drop', (data) => log.warn({ remote: data?.remoteAddress, maxConnections: server.maxConnections }, 'connection refused: too many open connections'));
  // Malformed HTTP (and requests over the time limits) get a plain 400 or 408, without a stack in the log.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    log.info({ code: error.code, message: error.message }, 'bad HTTP request');
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  async function drain(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
    const deadline = Date.now() + config.shutdownTimeoutMs;
    // Idle keep-alive sockets would hold close() open; busy ones finish, answering `Connection: close`.
    while (open.size > 0 && Date.now() < deadline) {
      server.closeIdleConnections();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    server.closeAllConnections();
    await closed;
  }

  return {
    server,
    async start() {
      await apollo.start();
      await graphSize.start();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve());
      });
      const { port } = server.address() as AddressInfo;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      return `http://${host}:${port}${GRAPHQL_PATH}`;
    },
    stop() {
      stopping ??= (async () => {
        log.info({ inFlight: open.size }, 'shutting down: draining requests');
        graphSize.stop();
        await drain();
        await apollo.stop();
        await store.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}
