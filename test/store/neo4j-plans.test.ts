/**
 * The plan Neo4j makes for every read statement, on a generated graph of a few thousand entities:
 * none may scan all nodes, or every node of a label, where an index or the id constraint can serve.
 * The statements that must look at a whole label say so below, with the reason. EXPLAIN plans a
 * statement without running it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { generateDataset } from '../../bench/generate';
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../src/model';
import { ALL_STATEMENTS, FULLTEXT_INDEX } from '../../src/store/neo4j/cypher';
import { cypherInt } from '../../src/store/neo4j/executor';
import type { Statement } from '../../src/store/neo4j/statement';
import { connectNeo4j, neo4jConfig, neo4jSkipReason } from '../support/stores';
import { seedDataset } from './helpers/seed-dataset';

/** Operators that read every node, or every node of a label, with no index narrowing them. */
const SCANS = new Set(['AllNodesScan', 'NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan', 'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan']);

/** Statements allowed to scan, and why. */
const ALLOWED_SCANS: Readonly<Record<string, string>> = {
  GRAPH_VERSION: 'the GraphVersion label has one node by design',
  COUNTS: 'graph statistics count and rank every entity and relation by nature',
};

/** Sample parameters by name; a plan depends on the statement's text and the graph, not on these values. */
const SAMPLE: Readonly<Record<string, unknown>> = {
  ids: ['person/gao-zhisheng', 'org/tuidang-center'],
  types: RELATION_TYPE_NAMES,
  type: 'Event',
  kinds: ['PARADE'],
  fromDay: '2005-01-01',
  toDay: '2005-12-31',
  placeId: 'place/canada',
  participantId: 'person/gao-zhisheng',
  afterValue: 'Gao Zhisheng',
  afterId: 'person/gao-zhisheng',
  beforeValue: null,
  beforeId: null,
  limit: cypherInt(11),
  queries: [{ index: 0, entityId: 'person/gao-zhisheng', types: RELATION_TYPE_NAMES, outgoing: true, incoming: true, afterId: null, beforeId: null, forward: true, limit: cypherInt(11) }],
  claimants: ['report/article-2021-380-million'],
  claimedBy: 'org/tuidang-center',
  metrics: ['CUMULATIVE_WITHDRAWALS'],
  subjectId: 'event/tuidang-movement',
  index: FULLTEXT_INDEX,
  lucene: 'gao',
  candidates: cypherInt(30),
  frontier: ['person/gao-zhisheng'],
  visited: ['person/gao-zhisheng'],
  fromId: 'person/gao-zhisheng',
  toId: 'person/rong-yi',
  maxLength: cypherInt(8),
  avoid: ['org/tuidang-center'],
  mostConnected: cypherInt(5),
};

/** Reads: every statement that neither defines the schema nor writes. */
function isRead(statement: Statement): boolean {
  return !/^\s*(CREATE|DROP|CALL db\.awaitIndexes)|\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/m.test(statement.text);
}

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanNode[];
}

function operators(plan: PlanNode): { operator: string; details: string }[] {
  const operator = plan.operatorType.split('@')[0]!;
  return [{ operator, details: String(plan.arguments['Details'] ?? '') }, ...plan.children.flatMap(operators)];
}

const skip = neo4jSkipReason();
describe('query plans on the live server', skip === undefined ? {} : { skip }, () => {
  let driver: Driver;
  const reads = Object.values(ALL_STATEMENTS).filter(isRead);

  before(async () => {
    const store = await connectNeo4j();
    try {
      await store.load(generateDataset(await seedDataset(), 5_000));
    } finally {
      await store.close();
    }
    const config = neo4jConfig()!;
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  });
  after(() => driver?.close());

  it('finds the read statements among all of them', () => {
    assert.ok(reads.length >= 15, `${reads.length} reads`);
    for (const name of ['GET_ENTITIES', 'SEARCH', 'SHORTEST_PATHS', 'TIMELINE_FORWARD', 'COUNTS']) assert.ok(reads.some((s) => s.name === name), name);
    assert.ok(!reads.some((s) => s.name.startsWith('STAGE_') || s.name === 'RETIRE_GRAPH'));
  });

  it('catches a plan that scans: GET_ENTITIES comparing lower-cased ids can use no index', async () => {
    const text = ALL_STATEMENTS['GET_ENTITIES']!.text.replace('n.id IN $ids', 'toLower(n.id) IN $ids');
    const { summary } = await driver.executeQuery(`EXPLAIN ${text}`, { ids: SAMPLE['ids'] }, { database: neo4jConfig()!.database });
    const scans = operators(summary.plan as unknown as PlanNode).filter(({ operator }) => SCANS.has(operator));
    assert.deepEqual(scans.map((s) => s.operator), ['NodeByLabelScan']);
  });

  it('SHORTEST_PATHS checks its relation and avoided-entity tests inside the shortest-path search, with no exhaustive fallback', async () => {
    const statement = ALL_STATEMENTS['SHORTEST_PATHS']!;
    const params = Object.fromEntries(statement.params.map((name) => [name, SAMPLE[name]]));
    const { summary } = await driver.executeQuery(`EXPLAIN ${statement.text}`, params, { database: neo4jConfig()!.database });
    const plan = operators(summary.plan as unknown as PlanNode);
    const described = plan.map((p) => `${p.operator}: ${p.details}`).join('\n');
    const search = plan.filter((p) => p.operator === 'ShortestPath');
    assert.equal(search.length, 1, described);
    assert.match(search[0]!.details, /\$avoid/, described);
    assert.match(search[0]!.details, /\$types/, described);
    // The fallback plans the search twice, the second by expanding every path of up to 20 relations.
    assert.ok(!plan.some((p) => p.operator === 'AntiConditionalApply' || p.operator.startsWith('VarLengthExpand')), described);
    assert.deepEqual(summary.notifications.map((n) => n.code), []);
  });

  for (const statement of Object.values(ALL_STATEMENTS).filter(isRead)) {
    it(`${statement.name} ${ALLOWED_SCANS[statement.name] ? `may scan: ${ALLOWED_SCANS[statement.name]}` : 'scans no whole label'}`, async () => {
      const params = Object.fromEntries(statement.params.map((name) => [name, SAMPLE[name]]));
      for (const name of statement.params) assert.ok(name in SAMPLE, `no sample value for $${name}`);
      const { summary } = await driver.executeQuery(`EXPLAIN ${statement.text}`, params, { database: neo4jConfig()!.database });
      const plan = operators(summary.plan as unknown as PlanNode);
      const scans = plan.filter(({ operator }) => SCANS.has(operator));
      if (ALLOWED_SCANS[statement.name] !== undefined) return;
      assert.deepEqual(scans, [], `${statement.name} plans ${plan.map((p) => p.operator).join(' < ')}`);
    });
  }
});
