/**
 * GraphML for Gephi and Cytoscape desktop, built with xmlbuilder2 (graphology-graphml only parses).
 * Every attribute is declared once as a <key> with its name and type; ids are prefixed by what they
 * describe because key ids share one namespace across graph, node and edge.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { EDGE_ATTRIBUTES, GRAPH_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType } from './attributes';
import type { ExportGraph } from './build-graph';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`;

type Domain = 'graph' | 'node' | 'edge';
const TABLES: Readonly<Record<Domain, Readonly<Record<string, AttributeType>>>> = {
  graph: GRAPH_ATTRIBUTES,
  node: NODE_ATTRIBUTES,
  edge: EDGE_ATTRIBUTES,
};

const keyId = (domain: Domain, name: string) => `${domain}.${name}`;

function declareKeys(root: XMLBuilder): void {
  for (const [domain, table] of Object.entries(TABLES) as [Domain, Record<string, AttributeType>][]) {
    for (const [name, type] of Object.entries(table)) {
      root.ele('key', { id: keyId(domain, name), for: domain, 'attr.name': name, 'attr.type': type });
    }
  }
}

/** One <data> per attribute the element has, in table order; absent attributes get none. */
function writeData(element: XMLBuilder, domain: Domain, attributes: Readonly<Record<string, unknown>>): void {
  for (const name of Object.keys(TABLES[domain])) {
    const value = attributes[name];
    if (value !== undefined) element.ele('data', { key: keyId(domain, name) }).txt(String(value));
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
  graph.forEachNode((node, attributes) => writeData(body.ele('node', { id: node }), 'node', attributes));
  graph.forEachEdge((edge, attributes, source, target) => {
    writeData(body.ele('edge', { id: edge, source, target }), 'edge', attributes);
  });
  return root.end({ prettyPrint: true });
}
