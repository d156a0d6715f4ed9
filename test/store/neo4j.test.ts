/**
 * The shared store behaviour suite against the live Neo4j of the run (npm test starts one with
 * scripts/with-neo4j; NEO4J_URI and the other NEO4J_* variables name it). Without one the suite is
 * reported as skipped with the reason, never as passed.
 *
 * The adapter's parts that need no server (Lucene queries, record mapping, the executor's error
 * and integer handling, driven through a stub driver) are tested here either way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { StoreError, StoreUnavailableError } from '../../src/store/errors';
import { LOOKUPS } from '../../src/store/neo4j/cypher';
import { CypherExecutor } from '../../src/store/neo4j/executor';
import { buildLuceneQuery, escapeLucene, searchTerms } from '../../src/store/neo4j/lucene';
import { withinOneEdit } from '../../src/store/neo4j/search-ranking';
import { entityFromProps, entityToProps, relationFromProps, relationToRow, statisticFromProps, statisticToProps } from '../../src/store/neo4j/rows';
import { storeBehaviour } from './behaviour';
import { connectNeo4j, neo4jSkipReason } from '../support/stores';
import { seedDataset } from './helpers/seed-dataset';

const skip = neo4jSkipReason();
if (skip === undefined) {
  // The suite loads the seed dataset, replacing whatever graph the database holds.
  storeBehaviour('neo4j', () => connectNeo4j());
} else {
  it('neo4j store behaviour', { skip }, () => {});
}

describe('neo4j adapter, parts that need no server', () => {
  describe('Lucene queries from user text', () => {
    it('escapes every character Lucene gives a meaning to', () => {
      assert.equal(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t'), 'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
    });

    it('keeps query syntax typed by a user out of the query structure', () => {
      const query = buildLuceneQuery('name:x OR *:* AND aliasText:(y)');
      assert.ok(query);
      assert.deepEqual(searchTerms('name:x OR *:* AND aliasText:(y)'), ['name', 'x', 'or', 'and', 'aliastext', 'y']);
      assert.ok(!query.includes('*:*') && !query.includes(' OR ') && !query.includes('(y)'), query);
    });

    it('folds case and accents, splits Han characters and drops punctuation', () => {
      assert.deepEqual(searchTerms('Gáo ZHÌSHĒNG, 退党!'), ['gao', 'zhisheng', '退', '党']);
      assert.deepEqual(searchTerms("O'Brien of the U.S. (2005)"), ["o'brien", 'of', 'the', 'u.s', '2005']);
    });

    it('tolerates a typo in words of four letters or more, completes the last word, and boosts names, whole names and the whole phrase', () => {
      assert.equal(
        buildLuceneQuery('Gao Zhisheg'),
        'name:(gao^2 zhisheg^2 zhisheg~1 zhisheg*)^2 aliasText:(gao^2 zhisheg^2 zhisheg~1 zhisheg*) ' +
          'nameKeys:gao_zhisheg^100 nameKeys:gao_zhisheg*^10 name:"gao zhisheg"^8 aliasText:"gao zhisheg"^4',
      );
      assert.match(buildLuceneQuery('communist')!, /communist~1/);
    });

    it('requires one of the types asked for, and matches nothing for an empty list', () => {
      assert.match(buildLuceneQuery('gao', ['Person', 'Event'])!, /^\+\(.*\) \+type:\(person event\)$/);
      assert.match(buildLuceneQuery('gao', [])!, /\+type:\(__no_type__\)$/);
    });

    it('counts a swap of two neighbouring letters as one edit when ranking hits', () => {
      assert.ok(withinOneEdit('dxuiu', 'duxiu'));
      assert.ok(withinOneEdit('zhisheg', 'zhisheng'));
      assert.ok(withinOneEdit('zhishengx', 'zhisheng'));
      assert.ok(withinOneEdit('zhisxeng', 'zhisheng'));
      assert.ok(!withinOneEdit('dxuiiu', 'duxiu'));
      assert.ok(!withinOneEdit('uxdiu', 'duxiu'));
    });

    it('gives no query for text without a word', () => {
      assert.equal(buildLuceneQuery('  -- !? '), null);
    });
  });

  describe('records as graph properties', () => {
    it('reads back every seed entity, relation and statistic exactly as written', async () => {
      const dataset = await seedDataset();
      for (const entity of dataset.entities) assert.deepEqual(entityFromProps(entityToProps(entity)), entity);
      for (const statistic of dataset.statistics) assert.deepEqual(statisticFromProps(statisticToProps(statistic)), statistic);
      for (const relation of dataset.relations) {
        // What RELATION_MAP projects: the stored properties plus the relationship's type and ends.
        const row = relationToRow(relation);
        assert.deepEqual(relationFromProps({ ...row.properties, type: relation.type, from: row.from, to: row.to }), relation);
      }
    });

    it('derives the days an event spans and joins aliases for the full-text index', () => {
      const props = entityToProps({
        id: 'event/x', type: 'Event', kind: 'PARADE', name: 'X', aliases: ['Y', 'Z'], description: 'd', sources: ['report/r'],
        startDate: '2005-02', endDate: '2006',
      });
      assert.equal(props['dateFrom'], '2005-02-01');
      assert.equal(props['dateTo'], '2006-12-31');
      assert.equal(props['aliasText'], 'Y | Z');
    });
  });

  describe('the executor', () => {
    const target = { uri: 'bolt://db.example:7687', database: 'neo4j' };

    type Answer = Record<string, unknown>[] | Error;

    /** A driver whose every statement answers with `answer` (rows, an error to throw, or a function of the statement text). */
    function stubDriver(answer: Answer | ((text: string) => Answer)) {
      const calls = { sessions: 0, closed: 0, modes: [] as string[] };
      const driver = {
        session: (options: { defaultAccessMode: string }) => {
          calls.sessions++;
          calls.modes.push(options.defaultAccessMode);
          const tx = {
            run: async (text: string) => {
              const rows = typeof answer === 'function' ? answer(text) : answer;
              if (rows instanceof Error) throw rows;
              return { records: rows.map((row) => ({ toObject: () => row })) };
            },
          };
          return {
            executeRead: (work: (t: typeof tx) => Promise<unknown>) => work(tx),
            executeWrite: (work: (t: typeof tx) => Promise<unknown>) => work(tx),
            close: async () => {
              calls.closed++;
            },
          };
        },
      } as unknown as Driver;
      return { driver, calls };
    }

    it('turns Neo4j integers into numbers throughout, logs the statement, and closes its session', async () => {
      const { driver, calls } = stubDriver([{ total: neo4j.int(42), nested: { list: [neo4j.int(1), 'a'] } }]);
      const logged: unknown[] = [];
      const executor = new CypherExecutor(driver, target, { logger: { debug: (fields) => logged.push(fields), warn: () => undefined } });
      const rows = await executor.read((tx) => tx.run(LOOKUPS.GET_ENTITIES, { ids: ['person/x'] }));
      assert.deepEqual(rows, [{ total: 42, nested: { list: [1, 'a'] } }]);
      assert.deepEqual(logged, [{ statement: 'GET_ENTITIES', params: { ids: ['person/x'] } }]);
      assert.deepEqual(calls, { sessions: 1, closed: 1, modes: ['READ'] });
    });

    it('reports a lost server as STORE_UNAVAILABLE, naming the statement and the server', async () => {
      const { driver, calls } = stubDriver(new Neo4jError('connection refused', 'ServiceUnavailable', '08000', 'connection exception'));
      await assert.rejects(new CypherExecutor(driver, target).read((tx) => tx.run(LOOKUPS.PING, {})), (error: unknown) => {
        assert.ok(error instanceof StoreUnavailableError);
        assert.equal(error.code, 'STORE_UNAVAILABLE');
        assert.match(error.message, /bolt:\/\/db\.example:7687.*while running PING/);
        return true;
      });
      assert.equal(calls.closed, 1);
    });

    it('reads again when a load swapped the graph between the version checks, and waits while a swap is on', async () => {
      // Each attempt reads the version before and after its statement: a swap on, then a swap in between, then a quiet read.
      const versions = [
        { version: 'v1', swapping: true }, { version: 'v1', swapping: true },
        { version: 'v1', swapping: false }, { version: 'v2', swapping: false },
        { version: 'v2', swapping: false }, { version: 'v2', swapping: false },
      ];
      const asked: string[] = [];
      const { driver, calls } = stubDriver((text) => {
        if (text === LOOKUPS.GRAPH_VERSION.text) {
          asked.push('GRAPH_VERSION');
          return [versions.shift()!];
        }
        asked.push('GET_ENTITIES');
        return [{ entity: { id: 'person/x' } }];
      });
      const rows = await new CypherExecutor(driver, target).readOne(LOOKUPS.GET_ENTITIES, { ids: ['person/x'] });
      assert.deepEqual(rows, [{ entity: { id: 'person/x' } }]);
      assert.deepEqual(asked, Array(3).fill(['GRAPH_VERSION', 'GET_ENTITIES', 'GRAPH_VERSION']).flat());
      assert.equal(calls.sessions, 3);
    });

    it('reports refused credentials as STORE_UNAVAILABLE with the variables to check', async () => {
      const { driver } = stubDriver(new Neo4jError('unauthorized', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'auth'));
      await assert.rejects(new CypherExecutor(driver, target).read((tx) => tx.run(LOOKUPS.PING, {})), (error: unknown) => {
        assert.ok(error instanceof StoreUnavailableError);
        assert.match(error.message, /NEO4J_USER and NEO4J_PASSWORD/);
        return true;
      });
    });

    it('reports any other Neo4j failure as STORE_FAILURE with its code', async () => {
      const { driver } = stubDriver(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax'));
      await assert.rejects(new CypherExecutor(driver, target).write((tx) => tx.run(LOOKUPS.PING, {})), (error: unknown) => {
        assert.ok(error instanceof StoreError && !(error instanceof StoreUnavailableError));
        assert.equal(error.code, 'STORE_FAILURE');
        assert.match(error.message, /Neo\.ClientError\.Statement\.SyntaxError/);
        return true;
      });
    });
  });
});
