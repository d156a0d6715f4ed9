/**
 * The graph explorer: GET /explore serves the page and /explore/assets/<file> its scripts and
 * styles, all built by `npm run build:web` into dist/web. Nothing is fetched from elsewhere, so
 * the page works offline; it talks to the API only through POST /graphql.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { send, sendJson } from './http-io';

export const EXPLORE_PATH = '/explore';
/** The icon, also where /favicon.ico sends browsers. */
export const FAVICON_PATH = `${EXPLORE_PATH}/assets/favicon.svg`;

/** dist/web, beside dist/src where this module runs from. */
const WEB_DIR = join(__dirname, '..', '..', 'web');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Plain file names only: no slashes or "..", so a request cannot reach outside the assets. */
const ASSET_NAME = /^[\w-]+(\.[\w-]+)+$/;

/** Whether this request is for the explorer (answered here) or for another route. */
export function isExplorerPath(path: string): boolean {
  return path === EXPLORE_PATH || path === `${EXPLORE_PATH}/` || path.startsWith(`${EXPLORE_PATH}/assets/`);
}

export async function serveExplorer(method: string | undefined, path: string, res: ServerResponse): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    return sendJson(res, 405, { error: `${EXPLORE_PATH} answers GET only.` });
  }
  const name = path.startsWith(`${EXPLORE_PATH}/assets/`) ? path.slice(`${EXPLORE_PATH}/assets/`.length) : null;
  if (name !== null && !ASSET_NAME.test(name)) return sendJson(res, 404, { error: `No explorer asset "${name}".` });
  const file = name === null ? join(WEB_DIR, 'index.html') : join(WEB_DIR, 'assets', name);
  const type = TYPES[extname(file)];
  if (!type) return sendJson(res, 404, { error: `No explorer asset "${name}".` });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (name !== null) return sendJson(res, 404, { error: `No explorer asset "${name}".` });
    return sendJson(res, 503, { error: 'The explorer is not built: run `npm run build:web`.' });
  }
  // Asset names are not content-hashed, so browsers must revalidate after a rebuild.
  send(res, 200, type, body, name === null ? 'no-store' : 'no-cache');
}
