/**
 * GEXF for Gephi, written by graphology-gexf. Node and edge attributes become declared
 * <attvalues> (types inferred from the values); graph attributes become <meta> children.
 */
import { write } from 'graphology-gexf';
import type { ExportGraph } from './build-graph';

export function writeGexf(graph: ExportGraph): string {
  // GEXF 1.3 is the current schema, read by Gephi since 0.9.3.
  return write(graph, { version: '1.3', pretty: true });
}
