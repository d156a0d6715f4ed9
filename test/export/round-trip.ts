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
import { EXPORT_FORMATS, LIST_SEPARATOR, type ExportFormat } from '../../src/export';
import { GRAPHML_ID_ATTRIBUTE } from '../../src/export/write-graphml';
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

/** GEXF has no graph attributes: the scope is in <meta><keywords> as `name=value, ...`. */
function fromGexf(content: string): ParsedExport {
  const parsed = fromGraphology(parseGexf(MultiDirectedGraph, content));
  const keywords = String(parsed.graph['keywords'] ?? '');
  const scope = Object.fromEntries(keywords.split(', ').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
  return { ...parsed, graph: { ...parsed.graph, ...scope } };
}

/** GraphML elements are numbered (n0, e0); our ids are the declared entityId / relationId attributes. */
function fromGraphml(content: string): ParsedExport {
  const graph = parseGraphml(MultiDirectedGraph, content);
  const entityIds = new Map(graph.mapNodes((element, attributes) => [element, String(attributes[GRAPHML_ID_ATTRIBUTE.node])] as const));
  const nodes = new Map(graph.mapNodes((element, attributes) => {
    const { [GRAPHML_ID_ATTRIBUTE.node]: id, ...rest } = attributes;
    return [String(id), rest] as const;
  }));
  const edges = new Map(graph.mapEdges((element, attributes, source, target) => {
    const { [GRAPHML_ID_ATTRIBUTE.edge]: id, ...rest } = attributes;
    return [String(id), { source: entityIds.get(source)!, target: entityIds.get(target)!, attributes: rest }] as const;
  }));
  return { graph: graph.getAttributes(), nodes, edges };
}

/** Element ids in a GraphML file must be NMTOKENs (letters, digits, `.-_:`). */
export function assertNmtokenIds(content: string): void {
  for (const match of content.matchAll(/<(?:node|edge) id="([^"]*)"/g)) assert.match(match[1]!, /^[\p{L}\p{N}._:-]+$/u, `GraphML id ${match[1]}`);
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

/** A parse and the format it was read as, which decides how lists and the scope come back. */
export type FormatParse = ParsedExport & { readonly format: ExportFormat };

/** Parses an export with the parser the format's users have: graphology-gexf, graphology-graphml, cytoscape, graphology. */
export function parseExport(format: ExportFormat, content: string): FormatParse {
  return { ...parseWith(format, content), format };
}

function parseWith(format: ExportFormat, content: string): ParsedExport {
  switch (format) {
    case 'GEXF':
    case 'GEXF_1_2':
      assertWellFormedXml(content);
      return fromGexf(content);
    case 'GRAPHML':
      assertWellFormedXml(content);
      assertNmtokenIds(content);
      return fromGraphml(content);
    case 'CYTOSCAPE_JSON':
      return fromCytoscape(content);
    case 'GRAPHOLOGY_JSON':
      return fromGraphology(MultiDirectedGraph.from(JSON.parse(content)));
  }
}

/** Formats whose lists are joined strings (GraphML has no list type); the others give arrays. */
const JOINED_LISTS: ReadonlySet<ExportFormat> = new Set(['GRAPHML']);

/** A list attribute as the format gives it back, checked to be a real list where the format has them; absent means empty. */
function list(value: unknown, format: ExportFormat, where: string): readonly unknown[] {
  if (value === undefined) return [];
  if (JOINED_LISTS.has(format)) return String(value).split(LIST_SEPARATOR);
  assert.ok(Array.isArray(value), `${where}: ${EXPORT_FORMATS[format].extension} gives a list, not ${JSON.stringify(value)}`);
  return value;
}

const dateOf = (entity: EntityRecord, field: 'startDate' | 'endDate' | 'publishedOn'): string | undefined =>
  (entity as unknown as Partial<Record<typeof field, string>>)[field];

function assertNode(attributes: Attributes, entity: EntityRecord, format: ExportFormat): void {
  const where = `node ${entity.id}`;
  assert.equal(attributes['label'], entity.name, where);
  assert.equal(attributes['type'], entity.type, where);
  assert.equal(attributes['kind'], entity.type === 'Person' ? undefined : entity.kind, where);
  for (const field of ['startDate', 'endDate', 'publishedOn'] as const) assert.equal(attributes[field], dateOf(entity, field), `${where} ${field}`);
  assert.equal(attributes['description'], entity.description || undefined, `${where} description`);
  const dated = entity.type === 'Event' || entity.type === 'Report';
  assert.equal(attributes['dateBasis'], dated ? entity.dateBasis : undefined, `${where} dateBasis`);
  assert.equal(attributes['sourceFile'], entity.type === 'Report' ? entity.sourceFile : undefined, `${where} sourceFile`);
  assert.deepEqual(list(attributes['aliases'], format, `${where} aliases`), entity.aliases, `${where} aliases`);
  assert.deepEqual(list(attributes['sources'], format, `${where} sources`), entity.sources, `${where} sources`);
}

function assertEdge(edge: ParsedExport['edges'] extends ReadonlyMap<string, infer E> ? E : never, relation: RelationRecord, format: ExportFormat): void {
  const where = `edge ${relation.id}`;
  assert.equal(edge.source, relation.from, where);
  assert.equal(edge.target, relation.to, where);
  assert.equal(edge.attributes['label'], relation.type, where);
  assert.equal(edge.attributes['type'], relation.type, where);
  assert.equal(edge.attributes['role'], relation.role, `${where} role`);
  assert.equal(edge.attributes['startDate'], relation.startDate, `${where} startDate`);
  assert.equal(edge.attributes['endDate'], relation.endDate, `${where} endDate`);
  assert.equal(edge.attributes['dateBasis'], relation.dateBasis, `${where} dateBasis`);
  assert.equal(edge.attributes['assertion'], relation.assertion, `${where} assertion`);
  assert.equal(edge.attributes['claimedBy'], relation.claimedBy, `${where} claimedBy`);
  assert.deepEqual(list(edge.attributes['sources'], format, `${where} sources`), relation.sources, `${where} sources`);
}

/**
 * Same node ids, edge ids, ends and attributes as the records. GEXF keeps the scope as text
 * (<meta><keywords>), so the truncation flag is compared as text.
 */
export function assertExportMatches(parsed: FormatParse, expected: Expected): void {
  const { format } = parsed;
  assert.deepEqual([...parsed.nodes.keys()].sort(), expected.nodes.map((entity) => entity.id).sort(), 'node ids');
  assert.deepEqual([...parsed.edges.keys()].sort(), expected.edges.map((relation) => relation.id).sort(), 'edge ids');
  for (const entity of expected.nodes) assertNode(parsed.nodes.get(entity.id)!, entity, format);
  for (const relation of expected.edges) assertEdge(parsed.edges.get(relation.id)!, relation, format);
  assert.equal(String(parsed.graph['truncated']), String(expected.truncated), 'graph attribute truncated');
}
