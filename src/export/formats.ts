/** The export formats: for each, what it is for, its media type, its file extension and its writer. */
import type { ExportGraph } from './build-graph';
import { writeCytoscape } from './write-cytoscape';
import { writeGexf12, writeGexf13 } from './write-gexf';
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

/**
 * GEXF is written with xmlbuilder2 like GraphML: both 1.3 and 1.2draft take about 35 µs per element
 * on the seed (each writer timed over the whole graph), hence 4 units.
 */
const COST_GEXF = 4;

export const EXPORT_FORMATS = {
  GEXF: {
    description: 'GEXF 1.3, for Gephi 0.9.3+: list attributes, edge kinds, a timeline of dated nodes.',
    mimeType: 'application/gexf+xml',
    extension: 'gexf',
    write: writeGexf13,
    // Query-cost units (about 10 µs of CPU each) per node or edge written, measured on the seed.
    costPerElement: COST_GEXF,
  },
  GEXF_1_2: {
    description: 'GEXF 1.2draft, for readers that know no later GEXF: networkx (2.x and 3.x), older Gephi.',
    mimeType: 'application/gexf+xml',
    extension: '1.2.gexf',
    write: writeGexf12,
    costPerElement: COST_GEXF,
  },
  GRAPHML: {
    description: 'GraphML with typed attribute keys, for Gephi, Cytoscape desktop, networkx and igraph; lists joined with "; ".',
    mimeType: 'application/graphml+xml',
    extension: 'graphml',
    write: writeGraphml,
    // xmlbuilder2 makes the XML formats the slowest to write: about 37 µs per element since
    // description, dateBasis and the id attributes are written too.
    costPerElement: 4,
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
