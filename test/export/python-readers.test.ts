/**
 * The Python readers users open our files with read them as we mean them: networkx 2.8 (Debian
 * stable's python3-networkx) and networkx 3.x read GEXF 1.2draft and GraphML; igraph reads GraphML
 * (it has no GEXF reader, and networkx reads no GEXF 1.3). ci/python/read_export.py prints what
 * each reader made of a file; it is compared with the records the file was made from.
 * A reader that is not installed is skipped with the reason (.ci/run installs them all:
 * scripts/python-readers makes the venv with ci/python/requirements.txt).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { LIST_SEPARATOR, type ExportFormat } from '../../src/export';
import { spanOf, type EntityRecord, type RelationRecord } from '../../src/model';
import { openExportFiles, type ExportFile, type ExportFiles } from './export-files';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const SCRIPT = join(ROOT, 'ci', 'python', 'read_export.py');
/** Where scripts/python-readers puts the venv with the pinned readers. */
const VENV_PYTHON = join(process.env['PYTHON_READERS_VENV'] ?? join(ROOT, '.venv-readers'), 'bin', 'python');
/** Debian's own interpreter, which sees python3-networkx (another python3 on PATH may not). */
const DEBIAN_PYTHON = '/usr/bin/python3';

interface Typed {
  readonly value: unknown;
  readonly type: string;
}
type TypedAttributes = Readonly<Record<string, Typed>>;
interface Summary {
  readonly version: string;
  readonly graph: TypedAttributes;
  readonly nodes: readonly { id: string; attributes: TypedAttributes }[];
  readonly edges: readonly { source: string; target: string; key: string | null; attributes: TypedAttributes }[];
}

interface Reader {
  readonly name: string;
  readonly python: string;
  /** Python module to import, and the major version it must have. */
  readonly module: 'networkx' | 'igraph';
  readonly major?: string;
  readonly reader: 'networkx-gexf' | 'networkx-graphml' | 'igraph-graphml';
  readonly format: ExportFormat;
}

const READERS: readonly Reader[] = [
  { name: 'networkx 2.8 (Debian)', python: DEBIAN_PYTHON, module: 'networkx', major: '2', reader: 'networkx-gexf', format: 'GEXF_1_2' },
  { name: 'networkx 2.8 (Debian)', python: DEBIAN_PYTHON, module: 'networkx', major: '2', reader: 'networkx-graphml', format: 'GRAPHML' },
  { name: 'networkx 3 (venv)', python: VENV_PYTHON, module: 'networkx', major: '3', reader: 'networkx-gexf', format: 'GEXF_1_2' },
  { name: 'networkx 3 (venv)', python: VENV_PYTHON, module: 'networkx', major: '3', reader: 'networkx-graphml', format: 'GRAPHML' },
  { name: 'igraph (venv)', python: VENV_PYTHON, module: 'igraph', reader: 'igraph-graphml', format: 'GRAPHML' },
];

/** Why the reader cannot run here, or undefined when it can. */
async function missing(reader: Reader): Promise<string | undefined> {
  try {
    const { stdout } = await run(reader.python, ['-c', `import ${reader.module}; print(${reader.module}.__version__)`]);
    const version = stdout.trim();
    if (reader.major && !version.startsWith(`${reader.major}.`)) return `${reader.python} has ${reader.module} ${version}, not ${reader.major}.x`;
    return undefined;
  } catch {
    return `${reader.python} cannot import ${reader.module} (run scripts/python-readers, or .ci/run, to install it)`;
  }
}

async function read(reader: Reader, file: ExportFile): Promise<Summary> {
  const { stdout } = await run(reader.python, [SCRIPT, reader.reader, file.path], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Summary;
}

/** igraph gives every vertex every declared string attribute, '' where the file has none. */
function valueOf(attributes: TypedAttributes, name: string): unknown {
  const typed = attributes[name];
  return typed === undefined || typed.value === '' || typed.value === null ? undefined : typed.value;
}

function assertString(attributes: TypedAttributes, name: string, expected: string | undefined, where: string): void {
  assert.equal(valueOf(attributes, name), expected, `${where} ${name}`);
  if (expected !== undefined) assert.equal(attributes[name]!.type, 'str', `${where} ${name} type`);
}

/** Python readers give GEXF `liststring` and GraphML's joined lists as one string. */
function list(attributes: TypedAttributes, name: string, format: ExportFormat): readonly string[] {
  const value = valueOf(attributes, name);
  if (value === undefined) return [];
  return String(value).split(format === 'GRAPHML' ? LIST_SEPARATOR : '|');
}

interface Normalized {
  readonly nodes: ReadonlyMap<string, TypedAttributes>;
  readonly edges: ReadonlyMap<string, { source: string; target: string; attributes: TypedAttributes }>;
}

/** Our ids: GEXF elements carry them; GraphML elements are numbered and carry entityId / relationId. */
function normalize(summary: Summary, format: ExportFormat): Normalized {
  if (format !== 'GRAPHML') {
    return {
      nodes: new Map(summary.nodes.map((node) => [node.id, node.attributes])),
      // networkx keys parallel edges by the GEXF edge id, and keeps it as `id` on a simple graph.
      edges: new Map(summary.edges.map((edge) => [edge.key ?? String(valueOf(edge.attributes, 'id')), edge])),
    };
  }
  const entityIds = new Map(summary.nodes.map((node) => [node.id, String(valueOf(node.attributes, 'entityId'))]));
  return {
    nodes: new Map(summary.nodes.map((node) => [entityIds.get(node.id)!, node.attributes])),
    edges: new Map(summary.edges.map((edge) => [
      String(valueOf(edge.attributes, 'relationId')),
      { source: entityIds.get(edge.source)!, target: entityIds.get(edge.target)!, attributes: edge.attributes },
    ])),
  };
}

function assertNode(attributes: TypedAttributes, entity: EntityRecord, format: ExportFormat): void {
  const where = `node ${entity.id}`;
  assertString(attributes, 'label', entity.name, where);
  assertString(attributes, 'type', entity.type, where);
  assertString(attributes, 'description', entity.description || undefined, where);
  if (entity.type === 'Event') assertString(attributes, 'startDate', entity.startDate, where);
  if (entity.type === 'Report') assertString(attributes, 'publishedOn', entity.publishedOn, where);
  assert.deepEqual(list(attributes, 'aliases', format), entity.aliases, `${where} aliases`);
  assert.deepEqual(list(attributes, 'sources', format), entity.sources, `${where} sources`);
  if (format === 'GRAPHML') return;
  // The GEXF timeline: whole days, from the earliest day of the start to the latest of the end.
  const span = entity.type === 'Event' ? spanOf(entity.startDate, entity.endDate) : entity.type === 'Report' ? spanOf(entity.publishedOn) : undefined;
  assert.equal(valueOf(attributes, 'start'), span?.earliest, `${where} start`);
  assert.equal(valueOf(attributes, 'end'), span?.latest, `${where} end`);
}

function assertEdge(edge: Normalized['edges'] extends ReadonlyMap<string, infer E> ? E : never, relation: RelationRecord, format: ExportFormat): void {
  const where = `edge ${relation.id}`;
  assert.deepEqual([edge.source, edge.target], [relation.from, relation.to], `${where} ends`);
  assertString(edge.attributes, 'label', relation.type, where);
  assertString(edge.attributes, 'type', relation.type, where);
  assertString(edge.attributes, 'assertion', relation.assertion, where);
  assertString(edge.attributes, 'claimedBy', relation.claimedBy, where);
  assert.deepEqual(list(edge.attributes, 'sources', format), relation.sources, `${where} sources`);
}

/** GraphML graph <data> comes back typed: truncated a bool, depth a number (igraph has only floats). */
function assertGraph(summary: Summary, file: ExportFile): void {
  assert.deepEqual(summary.graph['truncated'], { value: file.expected.truncated, type: 'bool' }, 'graph truncated');
  if (file.expected.depth === undefined) return;
  assert.equal(valueOf(summary.graph, 'center'), file.expected.center, 'graph center');
  assert.equal(valueOf(summary.graph, 'depth'), file.expected.depth, 'graph depth');
  assert.ok(['int', 'float'].includes(summary.graph['depth']!.type), `graph depth is a number, not ${summary.graph['depth']!.type}`);
}

describe('Python readers', () => {
  let exports: ExportFiles;
  before(async () => {
    exports = await openExportFiles();
  });
  after(() => exports?.remove());

  for (const reader of READERS) {
    describe(`${reader.name} reading ${reader.format} (${reader.reader})`, async () => {
      const skip = await missing(reader);
      it('gets every entity and relation of the whole graph and of a truncated neighbourhood, with typed attributes', { skip }, async () => {
        for (const file of await exports.files(reader.format)) {
          const summary = await read(reader, file);
          const parsed = normalize(summary, reader.format);
          const where = `${file.path} read by ${reader.module} ${summary.version}`;
          assert.deepEqual([...parsed.nodes.keys()].sort(), file.expected.nodes.map((entity) => entity.id).sort(), `${where}: node ids`);
          assert.deepEqual([...parsed.edges.keys()].sort(), file.expected.edges.map((relation) => relation.id).sort(), `${where}: edge ids`);
          for (const entity of file.expected.nodes) assertNode(parsed.nodes.get(entity.id)!, entity, reader.format);
          for (const relation of file.expected.edges) assertEdge(parsed.edges.get(relation.id)!, relation, reader.format);
          if (reader.format === 'GRAPHML') assertGraph(summary, file);
          console.log(`${reader.name} read ${file.path}: ${summary.nodes.length} nodes, ${summary.edges.length} edges`);
        }
      });
    });
  }
});
