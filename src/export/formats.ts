/** The export formats: for each, what it is for, its media type, its file extension and its writer. */
import type { ExportGraph } from './build-graph';
import { writeCytoscape } from './write-cytoscape';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeGraphology } from './write-graphology';

export interface FormatSpec {
  readonly description: string;
  readonly mimeType: string;
  /** Follows the file's base name, e.g. `graph.cytoscape.json`. */
  readonly extension: string;
  readonly write: (graph: ExportGraph) => string;
  /** Query-cost units per node or edge the file holds (see src/graphql/limits/complexity.ts). */
  readonly costPerElement: number;
}

export const EXPORT_FORMATS = {
  GEXF: {
    description: 'GEXF 1.3, for Gephi.',
    mimeType: 'application/gexf+xml',
    extension: 'gexf',
    write: writeGexf,
    // Query-cost units (about 10 µs of CPU each) per node or edge written, measured on the seed.
    costPerElement: 1,
  },
  GRAPHML: {
    description: 'GraphML with typed attribute keys, for Gephi and Cytoscape desktop.',
    mimeType: 'application/graphml+xml',
    extension: 'graphml',
    write: writeGraphml,
    // xmlbuilder2 makes GraphML the slowest to write: about 30 µs per element.
    costPerElement: 3,
  },
  CYTOSCAPE_JSON: {
    description: 'Cytoscape.js elements JSON, also imported by Cytoscape desktop.',
    mimeType: 'application/json',
    extension: 'cytoscape.json',
    write: writeCytoscape,
    costPerElement: 1,
  },
  GRAPHOLOGY_JSON: {
    description: 'graphology\'s serialized graph, for Sigma.js.',
    mimeType: 'application/json',
    extension: 'graphology.json',
    write: writeGraphology,
    costPerElement: 1,
  },
} as const satisfies Record<string, FormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
