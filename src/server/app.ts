/**
 * The HTTP server: /graphql (API, and GraphiQL for browsers), /graphiql, /explore (the graph
 * explorer page), /export/* (file downloads for visualization tools), /health and /ready.
 * `stop()` drains: it stops accepting connections, lets in-flight requests finish (up to
 * shutdownTimeoutMs), then stops Apollo and closes the store.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createContext } from '../graphql/context';
import type { GraphStore } from '../store/port';
import { createApollo } from './apollo';
import type { ServerConfig } from './config';
import { EXPORT_PATH, serveExport } from './export-routes';
import { EXPLORE_PATH, isExplorerPath, serveExplorer } from './explorer-routes';
import { GRAPHIQL_PATH, graphiqlAsset, graphiqlPage } from './graphiql';
import { handleGraphQL } from './graphql-handler';
import { send, sendJson } from './http-io';

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

const REQUEST_ID = /^[\w.-]{1,100}$/;

export function createApp(store: GraphStore, config: ServerConfig, log: Logger): App {
  const apollo = createApollo(config.limits, log);
  let inFlight = 0;
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

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // People who open the bare address in a browser want to look at the graph.
    if (path === '/' && req.method === 'GET') return void res.writeHead(302, { location: EXPLORE_PATH }).end();
    if (path === '/health') return sendJson(res, 200, { status: stopping ? 'stopping' : 'ok' });
    if (path === '/ready') return stopping ? sendJson(res, 503, { status: 'stopping' }) : ready(res);
    if (path === GRAPHQL_PATH && wantsIde(req, url.searchParams)) return send(res, 200, 'text/html; charset=utf-8', graphiqlPage(GRAPHQL_PATH));
    if (path === GRAPHIQL_PATH) return send(res, 200, 'text/html; charset=utf-8', graphiqlPage(GRAPHQL_PATH));
    if (path.startsWith(`${GRAPHIQL_PATH}/`)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_PATH.length + 1));
      if (asset) return send(res, 200, asset.type, asset.body, 'public, max-age=86400');
    }
    if (path.startsWith(EXPORT_PATH)) return serveExport(req, res, { store, limits: config.limits, log });
    if (isExplorerPath(path)) return serveExplorer(req.method, path, res);
    if (path === GRAPHQL_PATH) {
      return handleGraphQL(apollo, req, res, async () => createContext(store, config.limits, requestId, log));
    }
    sendJson(res, 404, { error: `No route for ${req.method} ${path}; the API is at ${GRAPHQL_PATH}.` });
  }

  const server = createServer((req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    inFlight += 1;
    res.on('close', () => (inFlight -= 1));
    route(req, res, requestId).catch((error: unknown) => {
      log.error({ err: error, requestId }, 'unhandled error while serving a request');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error.' });
      else res.destroy();
    });
  });

  async function drain(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const deadline = Date.now() + config.shutdownTimeoutMs;
    // Idle keep-alive sockets would hold close() open; busy ones are left to finish.
    while (inFlight > 0 && Date.now() < deadline) {
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
        log.info({ inFlight }, 'shutting down: draining requests');
        await drain();
        await apollo.stop();
        await store.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}
