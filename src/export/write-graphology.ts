/**
 * graphology's own serialization (`graph.export()`), which Sigma.js apps load with `Graph.from`.
 * Sigma also needs x/y per node and reads `type` as a render program: see docs/example-queries.md.
 */
import type { ExportGraph } from './build-graph';

export function writeGraphology(graph: ExportGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}
