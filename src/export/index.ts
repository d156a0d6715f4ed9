export { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat, type FormatSpec } from './formats';
export { DEFAULT_EXPORT_DEPTH, exportGraph, exportFileName, exportScope, type ExportRequest, type GraphExportFile } from './export-graph';
export { buildExportGraph, type ExportGraph } from './build-graph';
export { readGraphSource } from './read-source';
export { readWholeGraph, EXPORT_PAGE_SIZE } from './read-whole-graph';
export type { ExportScope, GraphSource } from './graph-source';
export * from './attributes';
