/**
 * Downloads of the graph for visualization tools: GET /export/graph.<gexf|1.2.gexf|graphml|
 * cytoscape.json|graphology.json>, optionally ?center=<entity id>&depth=<n> for a neighbourhood. Parameters are
 * checked with the GraphQL `export` field's own rules (ExportArgs), so both answer bad input alike.
 */
import { validate } from 'class-validator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { exportGraph, type ExportRequest, type GraphExportFile } from '../export/export-graph';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../export/formats';
import { ExportArgs } from '../graphql/inputs/export.args';
import { LIMIT_SUBJECTS, type ApiLimits } from '../graphql/limits/api-limits';
import { exportCost } from '../graphql/limits/complexity';
import type { GraphSize } from '../graphql/limits/graph-size';
import { StoreError } from '../store/errors';
import type { GraphStore } from '../store/port';
import { sendJson } from './http-io';

export const EXPORT_PATH = '/export/';

const FORMAT_BY_FILE: ReadonlyMap<string, ExportFormat> = new Map(
  EXPORT_FORMAT_NAMES.map((format) => [`graph.${EXPORT_FORMATS[format].extension}`, format]),
);
const PARAMETERS = ['center', 'depth'] as const;

export interface ExportRouteDeps {
  readonly store: GraphStore;
  readonly limits: ApiLimits;
  readonly log: Logger;
  /** The graph's size, which a download's cost depends on, as for the GraphQL field. */
  readonly graphSize: () => GraphSize;
}

/** A query parameter the download cannot accept; answered as 400 with the code and the parameter. */
export class ExportParameterError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED',
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExportParameterError';
  }
}

const invalid = (parameter: string, reason: string) =>
  new ExportParameterError('BAD_USER_INPUT', parameter, `Parameter "${parameter}" is invalid: ${reason}`);

/** The one value of a parameter; a repeated one is refused rather than picked from. */
function single(search: URLSearchParams, name: string): string | undefined {
  const values = search.getAll(name);
  if (values.length > 1) throw invalid(name, `given ${values.length} times; give it once`);
  return values[0];
}

/** Query parameters as the GraphQL field's arguments, checked by the same rules and limits. */
export async function exportRequestFrom(format: ExportFormat, search: URLSearchParams, limits: ApiLimits): Promise<ExportRequest> {
  // A misspelt "center" would otherwise quietly download the whole graph.
  for (const name of search.keys()) {
    if (!(PARAMETERS as readonly string[]).includes(name)) throw invalid(name, `unknown parameter; expected ${PARAMETERS.join(' or ')}`);
  }
  const center = single(search, 'center');
  const depthText = single(search, 'depth');
  if (depthText !== undefined && !/^-?\d+$/.test(depthText)) throw invalid('depth', `${JSON.stringify(depthText)} is not a whole number`);
  const args = Object.assign(new ExportArgs(), { format, center, depth: depthText === undefined ? undefined : Number(depthText) });
  const failure = (await validate(args, { skipMissingProperties: true, forbidUnknownValues: false }))[0];
  const reason = failure && Object.values(failure.constraints ?? {})[0];
  if (failure && reason) throw invalid(failure.property, reason);
  if (args.depth !== undefined && args.depth > limits.maxNeighborhoodDepth) {
    const subject = LIMIT_SUBJECTS.maxNeighborhoodDepth;
    throw new ExportParameterError('LIMIT_EXCEEDED', 'depth', `Parameter "depth" is ${args.depth}, above the maximum ${subject} of ${limits.maxNeighborhoodDepth}.`);
  }
  return { format, center: args.center, depth: args.depth };
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { error: message, code, ...extra });
}

export async function serveExport(req: IncomingMessage, res: ServerResponse, deps: ExportRouteDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format = FORMAT_BY_FILE.get(url.pathname.slice(EXPORT_PATH.length));
  if (!format) {
    const files = [...FORMAT_BY_FILE.keys()].map((file) => EXPORT_PATH + file).join(', ');
    return sendError(res, 404, 'NOT_FOUND', `No export at ${url.pathname}; the exports are ${files}.`);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, 'METHOD_NOT_ALLOWED', `Exports are downloaded with GET, not ${req.method}.`);
  }
  let request: ExportRequest;
  try {
    request = await exportRequestFrom(format, url.searchParams, deps.limits);
  } catch (error) {
    if (!(error instanceof ExportParameterError)) throw error;
    return sendError(res, 400, error.code, error.message, { parameter: error.parameter });
  }
  // The same cost rule as the GraphQL field: a file too large to write within the cost limit is refused.
  const cost = exportCost({ ...request }, deps.limits, deps.graphSize());
  if (cost > deps.limits.maxComplexity) {
    const subject = LIMIT_SUBJECTS.maxComplexity;
    const hint = request.center === undefined ? 'export a neighbourhood (center=...) instead' : 'choose a smaller depth';
    return sendError(res, 400, 'LIMIT_EXCEEDED', `This export's ${subject} is ${cost}, above the maximum of ${deps.limits.maxComplexity}; ${hint}.`, {
      limit: 'maxComplexity',
      maximum: deps.limits.maxComplexity,
    });
  }
  let file: GraphExportFile | null;
  try {
    file = await exportGraph(deps.store, request, deps.limits.maxNeighborhoodNodes);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'STORE_UNAVAILABLE')) throw error;
    deps.log.warn({ err: error }, 'export failed: store unavailable');
    return sendError(res, 503, 'STORE_UNAVAILABLE', 'The graph store is unavailable; try again shortly.');
  }
  if (!file) {
    return sendError(res, 404, 'NOT_FOUND', `Parameter "center" names no entity in the graph: ${JSON.stringify(request.center)}.`, { parameter: 'center' });
  }
  res.writeHead(200, {
    'content-type': `${file.mimeType}; charset=utf-8`,
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'content-length': Buffer.byteLength(file.content),
    'cache-control': 'no-store',
    // Tools cannot show a truncated neighbourhood as such, so say it where a script can see it.
    'x-graph-truncated': String(file.truncated),
    'x-graph-node-count': String(file.nodeCount),
    'x-graph-edge-count': String(file.edgeCount),
  });
  res.end(file.content);
}
