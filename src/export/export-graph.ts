/**
 * An export as a file: reads the graph, builds one graphology graph from it and serializes that in
 * the asked format. Callers (the GraphQL field and the HTTP download) validate the arguments first.
 */
import type { GraphStore } from '../store/port';
import { buildExportGraph } from './build-graph';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import type { ExportScope } from './graph-source';
import { readGraphSource } from './read-source';
import { takeTurn } from './take-turns';

/** A neighbourhood export with a centre but no depth goes this far, like `neighborhood`. */
export const DEFAULT_EXPORT_DEPTH = 1;

export interface ExportRequest {
  readonly format: ExportFormat;
  /** An entity id; without it the whole graph is exported. */
  readonly center?: string;
  /** At least 1; only with a centre. */
  readonly depth?: number;
}

export interface GraphExportFile {
  readonly format: ExportFormat;
  readonly mimeType: string;
  readonly fileName: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly truncated: boolean;
  readonly content: string;
}

export function exportScope(request: ExportRequest, maxNodes: number): ExportScope {
  if (request.center === undefined) return { kind: 'whole' };
  return { kind: 'neighborhood', center: request.center, depth: request.depth ?? DEFAULT_EXPORT_DEPTH, limit: maxNodes };
}

/** `graph.gexf`, or `neighborhood.org.tuidang-center.depth-2.gexf`: ids hold no character a file name cannot. */
export function exportFileName(scope: ExportScope, format: ExportFormat): string {
  const extension = EXPORT_FORMATS[format].extension;
  if (scope.kind === 'whole') return `graph.${extension}`;
  return `neighborhood.${scope.center.replace('/', '.')}.depth-${scope.depth}.${extension}`;
}

/**
 * The export, or null when the centre is not in the graph (the API's rule for unknown ids).
 * `maxNodes` bounds a neighbourhood; the whole graph is read in full.
 */
export async function exportGraph(store: GraphStore, request: ExportRequest, maxNodes: number): Promise<GraphExportFile | null> {
  const scope = exportScope(request, maxNodes);
  const source = await readGraphSource(store, scope);
  if (!source) return null;
  const spec = EXPORT_FORMATS[request.format];
  const { graph, content } = await takeTurn(() => {
    const built = buildExportGraph(source);
    return { graph: built, content: spec.write(built) };
  });
  return {
    format: request.format,
    mimeType: spec.mimeType,
    fileName: exportFileName(scope, request.format),
    nodeCount: graph.order,
    edgeCount: graph.size,
    truncated: source.truncated,
    content,
  };
}
