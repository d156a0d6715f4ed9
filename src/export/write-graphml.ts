/**
 * GraphML for Gephi, Cytoscape desktop, networkx and igraph, built with xmlbuilder2
 * (graphology-graphml only parses). Valid against the official GraphML 1.0 XSD (test/export/xsd):
 * - node and edge ids must be NMTOKENs, which our ids (`person/ai-weiwei`) are not, so elements
 *   are numbered `n0`, `e0`... in graph order and the entity or relation id is kept as the declared
 *   attribute `entityId` / `relationId` (not `id`, which networkx and igraph set from the XML id);
 * - GraphML has no list type, so lists are one string joined with LIST_SEPARATOR.
 * Every attribute is declared once as a <key> with its name and type; key ids are prefixed by what
 * they describe because key ids share one namespace across graph, node and edge.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { EDGE_ATTRIBUTES, GRAPH_ATTRIBUTES, joinList, NODE_ATTRIBUTES, type AttributeType } from './attributes';
import type { ExportGraph } from './build-graph';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`;

/** The declared attribute that carries our own id of a node or an edge. */
export const GRAPHML_ID_ATTRIBUTE = { node: 'entityId', edge: 'relationId' } as const;

type Domain = 'graph' | 'node' | 'edge';
const TABLES: Readonly<Record<Domain, Readonly<Record<string, AttributeType>>>> = {
  graph: GRAPH_ATTRIBUTES,
  node: { [GRAPHML_ID_ATTRIBUTE.node]: 'string', ...NODE_ATTRIBUTES },
  edge: { [GRAPHML_ID_ATTRIBUTE.edge]: 'string', ...EDGE_ATTRIBUTES },
};

const GRAPHML_TYPES: Readonly<Record<AttributeType, string>> = { string: 'string', int: 'int', boolean: 'boolean', stringList: 'string' };

const keyId = (domain: Domain, name: string) => `${domain}.${name}`;

function declareKeys(root: XMLBuilder): void {
  for (const [domain, table] of Object.entries(TABLES) as [Domain, Record<string, AttributeType>][]) {
    for (const [name, type] of Object.entries(table)) {
      root.ele('key', { id: keyId(domain, name), for: domain, 'attr.name': name, 'attr.type': GRAPHML_TYPES[type] });
    }
  }
}

/** One <data> per attribute the element has, in table order; absent attributes get none. */
function writeData(element: XMLBuilder, domain: Domain, attributes: Readonly<Record<string, unknown>>): void {
  for (const [name, type] of Object.entries(TABLES[domain])) {
    const value = attributes[name];
    if (value === undefined) continue;
    const text = type === 'stringList' ? joinList(value as readonly string[]) : String(value);
    element.ele('data', { key: keyId(domain, name) }).txt(text);
  }
}

export function writeGraphml(graph: ExportGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': SCHEMA_LOCATION,
  });
  declareKeys(root);
  const body = root.ele('graph', { edgedefault: 'directed' });
  // The schema puts graph <data> before the nodes, and graphology-graphml only reads it there.
  writeData(body, 'graph', graph.getAttributes());
  const elementIds = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    const id = `n${elementIds.size}`;
    elementIds.set(node, id);
    writeData(body.ele('node', { id }), 'node', { [GRAPHML_ID_ATTRIBUTE.node]: node, ...attributes });
  });
  let edgeCount = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const id = `e${edgeCount++}`;
    const ends = { source: elementIds.get(source)!, target: elementIds.get(target)! };
    writeData(body.ele('edge', { id, ...ends }), 'edge', { [GRAPHML_ID_ATTRIBUTE.edge]: edge, ...attributes });
  });
  return root.end({ prettyPrint: true });
}
