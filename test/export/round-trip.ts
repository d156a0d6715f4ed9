/**
 * Reads an export back with a real parser for its format and compares it with the entities and
 * relations it was made from. Expectations come from the records, not from the export code.
 * graphology-gexf and graphology-graphml need a DOMParser: their `node` entries (the `main` of each
 * package) wire in their own copy of @xmldom/xmldom, so they parse strings as they are. The XML is
 * also read once by the project's @xmldom/xmldom with every warning made fatal, to prove it well formed.
 */
import { DOMParser } from '@xmldom/xmldom';
import assert from 'node:assert/strict';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { LIST_SEPARATOR, type ExportFormat } from '../../src/export';
import type { EntityRecord, RelationRecord } from '../../src/model';

type Attributes = Record<string, unknown>;

/** An export as its parser sees it. */
export interface ParsedExport {
  readonly graph: Attributes;
  readonly nodes: ReadonlyMap<string, Attributes>;
  readonly edges: ReadonlyMap<string, { readonly source: string; readonly target: string; readonly attributes: Attributes }>;
}

export interface Expected {
  readonly nodes: readonly EntityRecord[];
  readonly edges: readonly RelationRecord[];
  readonly truncated: boolean;
}

function assertWellFormedXml(content: string): void {
  const strict = new DOMParser({
    onError: (level, message) => {
      throw new Error(`the export is not well-formed XML (${level}): ${message}`);
    },
  });
  strict.parseFromString(content, 'application/xml');
}

function fromGraphology(graph: MultiDirectedGraph): ParsedExport {
  const nodes = new Map(graph.mapNodes((id, attributes) => [id, attributes] as const));
  const edges = new Map(graph.mapEdges((id, attributes, source, target) => [id, { source, target, attributes }] as const));
  return { graph: graph.getAttributes(), nodes, edges };
}

function fromCytoscape(content: string): ParsedExport {
  const json = JSON.parse(content);
  const cy = cytoscape({ headless: true, elements: json.elements, data: json.data });
  const nodes = new Map(cy.nodes().map((node) => {
    const { id, ...attributes } = node.data();
    return [id as string, attributes] as const;
  }));
  const edges = new Map(cy.edges().map((edge) => {
    const { id, source, target, ...attributes } = edge.data();
    return [id as string, { source: source as string, target: target as string, attributes }] as const;
  }));
  return { graph: cy.data(), nodes, edges };
}

/** Parses an export with the parser the format's users have: graphology-gexf, graphology-graphml, cytoscape, graphology. */
export function parseExport(format: ExportFormat, content: string): ParsedExport {
  switch (format) {
    case 'GEXF':
      assertWellFormedXml(content);
      return fromGraphology(parseGexf(MultiDirectedGraph, content));
    case 'GRAPHML':
      assertWellFormedXml(content);
      return fromGraphology(parseGraphml(MultiDirectedGraph, content));
    case 'CYTOSCAPE_JSON':
      return fromCytoscape(content);
    case 'GRAPHOLOGY_JSON':
      return fromGraphology(MultiDirectedGraph.from(JSON.parse(content)));
  }
}

/** A joined list attribute split back; absent means an empty list. */
function list(value: unknown): string[] {
  return value === undefined ? [] : String(value).split(LIST_SEPARATOR);
}

const dateOf = (entity: EntityRecord, field: 'startDate' | 'endDate' | 'publishedOn'): string | undefined =>
  (entity as unknown as Partial<Record<typeof field, string>>)[field];

function assertNode(attributes: Attributes, entity: EntityRecord): void {
  const where = `node ${entity.id}`;
  assert.equal(attributes['label'], entity.name, where);
  assert.equal(attributes['type'], entity.type, where);
  assert.equal(attributes['kind'], entity.type === 'Person' ? undefined : entity.kind, where);
  for (const field of ['startDate', 'endDate', 'publishedOn'] as const) assert.equal(attributes[field], dateOf(entity, field), `${where} ${field}`);
  assert.deepEqual(list(attributes['aliases']), entity.aliases, `${where} aliases`);
  assert.deepEqual(list(attributes['sources']), entity.sources, `${where} sources`);
}

function assertEdge(edge: ParsedExport['edges'] extends ReadonlyMap<string, infer E> ? E : never, relation: RelationRecord): void {
  const where = `edge ${relation.id}`;
  assert.equal(edge.source, relation.from, where);
  assert.equal(edge.target, relation.to, where);
  assert.equal(edge.attributes['label'], relation.type, where);
  assert.equal(edge.attributes['type'], relation.type, where);
  assert.equal(edge.attributes['role'], relation.role, `${where} role`);
  assert.equal(edge.attributes['startDate'], relation.startDate, `${where} startDate`);
  assert.equal(edge.attributes['endDate'], relation.endDate, `${where} endDate`);
  assert.deepEqual(list(edge.attributes['sources']), relation.sources, `${where} sources`);
}

/**
 * Same node ids, edge ids, ends and attributes as the records. GEXF keeps graph attributes as
 * text (<meta>), so the truncation flag is compared as text.
 */
export function assertExportMatches(parsed: ParsedExport, expected: Expected): void {
  assert.deepEqual([...parsed.nodes.keys()].sort(), expected.nodes.map((entity) => entity.id).sort(), 'node ids');
  assert.deepEqual([...parsed.edges.keys()].sort(), expected.edges.map((relation) => relation.id).sort(), 'edge ids');
  for (const entity of expected.nodes) assertNode(parsed.nodes.get(entity.id)!, entity);
  for (const relation of expected.edges) assertEdge(parsed.edges.get(relation.id)!, relation);
  assert.equal(String(parsed.graph['truncated']), String(expected.truncated), 'graph attribute truncated');
}
