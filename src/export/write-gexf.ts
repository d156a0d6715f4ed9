/**
 * GEXF for Gephi and networkx, written here with xmlbuilder2 rather than graphology-gexf, whose
 * output puts graph attributes in <meta> where the schema allows none. Two dialects:
 * - 1.3, the current schema (Gephi 0.9.3+; networkx, even 3.x, reads no 1.3), with `kind` on
 *   edges so that Gephi keeps parallel relations of different types apart;
 * - 1.2draft, for readers that know no later one (networkx 2.8 and 3.x).
 * Both are valid against the official XSDs (test/export/xsd). The centre, depth and truncation of
 * a neighbourhood go in <meta><keywords> as `name=value` pairs, since GEXF has no graph attributes.
 * Dated nodes carry `start`/`end` days, so Gephi's timeline can play the graph (mode="dynamic").
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType, type GraphAttributes } from './attributes';
import type { ExportGraph } from './build-graph';
import { nodeSpan } from './timeline';

export type GexfVersion = '1.3' | '1.2draft';

interface Dialect {
  readonly namespace: string;
  readonly version: string;
  readonly schemaLocation: string;
  /** How a list is written in a `liststring` value (Gephi's convention for each version). */
  readonly list: (values: readonly string[]) => string;
  /** Whether <edge> takes `kind` (1.3 only). */
  readonly edgeKind: boolean;
}

/** Double-quoted, with backslash escapes, so commas, quotes and brackets inside a value survive. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const DIALECTS: Readonly<Record<GexfVersion, Dialect>> = {
  '1.3': {
    namespace: 'http://gexf.net/1.3',
    version: '1.3',
    schemaLocation: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    list: (values) => `[${values.map(quoted).join(', ')}]`,
    edgeKind: true,
  },
  '1.2draft': {
    namespace: 'http://www.gexf.net/1.2draft',
    version: '1.2',
    schemaLocation: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
    list: (values) => values.join('|'),
    edgeKind: false,
  },
};

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const CREATOR = 'tuidang-knowledge-graph';

/** GEXF's names for our declared types; `label` is the element's own attribute, not an attvalue. */
const GEXF_TYPES: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  int: 'integer',
  boolean: 'boolean',
  stringList: 'liststring',
};

type Table = Readonly<Record<string, AttributeType>>;
const declared = (table: Table) => Object.entries(table).filter(([name]) => name !== 'label');

/** `center=person/x, depth=2, truncated=true`: the scope of the export, which GEXF has no attributes for. */
export function gexfKeywords(attributes: GraphAttributes): string {
  const pairs = (['center', 'depth', 'truncated'] as const)
    .filter((name) => attributes[name] !== undefined)
    .map((name) => `${name}=${String(attributes[name])}`);
  return pairs.join(', ');
}

function declareAttributes(graph: XMLBuilder, domain: 'node' | 'edge', table: Table): void {
  const attributes = graph.ele('attributes', { class: domain, mode: 'static' });
  for (const [name, type] of declared(table)) attributes.ele('attribute', { id: name, title: name, type: GEXF_TYPES[type] });
}

function writeAttvalues(element: XMLBuilder, table: Table, values: Readonly<Record<string, unknown>>, dialect: Dialect): void {
  const present = declared(table).filter(([name]) => values[name] !== undefined);
  if (present.length === 0) return;
  const attvalues = element.ele('attvalues');
  for (const [name, type] of present) {
    const value = values[name];
    const text = type === 'stringList' ? dialect.list(value as readonly string[]) : String(value);
    attvalues.ele('attvalue', { for: name, value: text });
  }
}

export function writeGexf(graph: ExportGraph, version: GexfVersion = '1.3'): string {
  const dialect = DIALECTS[version];
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(dialect.namespace, 'gexf', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': dialect.schemaLocation,
    version: dialect.version,
  });
  const graphAttributes = graph.getAttributes();
  const meta = root.ele('meta');
  meta.ele('creator').txt(CREATOR);
  meta.ele('description').txt(graphAttributes.description);
  meta.ele('keywords').txt(gexfKeywords(graphAttributes));
  const body = root.ele('graph', { defaultedgetype: 'directed', idtype: 'string', mode: 'dynamic', timeformat: 'date' });
  declareAttributes(body, 'node', NODE_ATTRIBUTES);
  declareAttributes(body, 'edge', EDGE_ATTRIBUTES);
  const nodes = body.ele('nodes', { count: graph.order });
  graph.forEachNode((id, attributes) => {
    const span = nodeSpan(attributes);
    const node = nodes.ele('node', { id, label: attributes.label, ...(span && { start: span.earliest, end: span.latest }) });
    writeAttvalues(node, NODE_ATTRIBUTES, attributes, dialect);
  });
  const edges = body.ele('edges', { count: graph.size });
  graph.forEachEdge((id, attributes, source, target) => {
    const edge = edges.ele('edge', { id, source, target, label: attributes.label, ...(dialect.edgeKind && { kind: attributes.type }) });
    writeAttvalues(edge, EDGE_ATTRIBUTES, attributes, dialect);
  });
  return root.end({ prettyPrint: true });
}

export const writeGexf13 = (graph: ExportGraph) => writeGexf(graph, '1.3');
export const writeGexf12 = (graph: ExportGraph) => writeGexf(graph, '1.2draft');
