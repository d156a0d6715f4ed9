/**
 * The behaviour every GraphStore must show, written once against the port and run on each
 * adapter (memory.test.ts, neo4j.test.ts). It loads the real seed dataset and derives every
 * expectation from that dataset through the oracle, never from the store under test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dayRange, type Dataset, type EntityRecord, type RelationType } from '../../src/model';
import type { EntitySort, GraphStore, Path, RelationQuery } from '../../src/store/port';
import { seedDataset } from './helpers/seed-dataset';
import { datesOf, kindOf, Oracle, overlaps, sortedAsDocumented, tally } from './helpers/oracle';
import { collectPages, collectPagesBackwards, ONE_PAGE } from './helpers/pages';
import { LATTICE, latticeDataset } from './helpers/path-lattice';

const GAO = 'person/gao-zhisheng';
const CHEN = 'person/chen-yonglin';
const HAO = 'person/hao-fengjun';
const RONG = 'person/rong-yi';
const TORONTO = 'place/toronto';
const CANADA = 'place/canada';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const sortedIds = (records: readonly { id: string }[]) => ids(records).sort();

export function storeBehaviour(label: string, makeStore: () => Promise<GraphStore>): void {
  describe(`${label} store`, () => {
    let store: GraphStore;
    let dataset: Dataset;
    let oracle: Oracle;

    before(async () => {
      dataset = await seedDataset();
      oracle = new Oracle(dataset);
      store = await makeStore();
      await store.load(dataset);
    });
    after(async () => {
      await store?.close();
    });

    describe('records by id', () => {
      it('returns entities in the order asked, with null for unknown ids', async () => {
        const asked = [RONG, 'person/nobody-by-this-name', GAO];
        const found = await store.getEntities(asked);
        assert.deepEqual(found, [oracle.entity(RONG), null, oracle.entity(GAO)]);
      });

      it('returns relations and statistics by id, with null for unknown ids', async () => {
        const relation = dataset.relations[0]!;
        const statistic = dataset.statistics[0]!;
        assert.deepEqual(await store.getRelations(['rel/unknown', relation.id]), [null, relation]);
        assert.deepEqual(await store.getStatistics([statistic.id, 'stat/unknown']), [statistic, null]);
      });
    });

    describe('listing entities', () => {
      it('returns the people who publicly withdrew in 2005', async () => {
        const withdrawals = await store.listEntities(
          { type: 'Event', kinds: ['PUBLIC_WITHDRAWAL'], from: '2005', to: '2005' },
          { field: 'ID', direction: 'ASC' },
          ONE_PAGE,
        );
        assert.deepEqual(ids(withdrawals.items), oracle.eventsOfKindBetween('PUBLIC_WITHDRAWAL', '2005', '2005'));

        const queries: RelationQuery[] = withdrawals.items.map((event) => ({
          entityId: event.id, types: ['PARTICIPATED_IN'], direction: 'IN', page: ONE_PAGE,
        }));
        const people = new Set((await store.relationsOf(queries)).flatMap((page) => page.items.map((r) => r.from)));
        const expected = new Set(
          dataset.relations
            .filter((r) => r.type === 'PARTICIPATED_IN' && withdrawals.items.some((e) => e.id === r.to))
            .map((r) => r.from),
        );
        assert.deepEqual(people, expected);
        for (const person of [GAO, CHEN, HAO]) assert.ok(people.has(person), `${person} withdrew publicly in 2005`);
      });

      it('returns the parades that took place in Toronto', async () => {
        const parades = await store.listEntities({ type: 'Event', kinds: ['PARADE'], placeId: TORONTO }, { field: 'ID', direction: 'ASC' }, ONE_PAGE);
        const expected = oracle.eventsWithin(TORONTO, ['PARADE']);
        assert.ok(expected.length > 0, 'the seed has parades in Toronto');
        assert.deepEqual(ids(parades.items), expected);
      });

      it('returns the parades in Canada, including those in places inside it', async () => {
        const parades = await store.listEntities({ type: 'Event', kinds: ['PARADE'], placeId: CANADA }, { field: 'ID', direction: 'ASC' }, ONE_PAGE);
        assert.deepEqual(ids(parades.items), oracle.eventsWithin(CANADA, ['PARADE']));
        for (const torontoParade of oracle.eventsWithin(TORONTO, ['PARADE'])) assert.ok(ids(parades.items).includes(torontoParade));
      });

      it('returns the events an entity took part in or organized', async () => {
        const participant = mostParticipating(dataset);
        const events = await store.listEntities({ type: 'Event', participantId: participant }, { field: 'ID', direction: 'ASC' }, ONE_PAGE);
        const expected = dataset.relations
          .filter((r) => r.from === participant && (r.type === 'PARTICIPATED_IN' || r.type === 'ORGANIZED'))
          .map((r) => r.to);
        assert.ok(expected.length > 0);
        assert.deepEqual(ids(events.items), [...new Set(expected)].sort());
      });

      it('keeps reports whose publication overlaps the date window', async () => {
        const reports = await store.listEntities({ type: 'Report', from: '2018', to: '2020-06' }, { field: 'ID', direction: 'ASC' }, ONE_PAGE);
        const window = { earliest: dayRange('2018').earliest, latest: dayRange('2020-06').latest };
        const expected = dataset.entities.filter((e) => e.type === 'Report' && overlaps(datesOf(e), window));
        assert.deepEqual(ids(reports.items), sortedIds(expected));
      });

      for (const sort of allSorts()) {
        it(`orders by ${sort.field} ${sort.direction}, ties by id and undated last`, async () => {
          for (const type of ['Event', 'Report', 'Person'] as const) {
            const page = await store.listEntities({ type }, sort, ONE_PAGE);
            const expected = sortedAsDocumented(dataset.entities.filter((e) => e.type === type), sort);
            assert.deepEqual(ids(page.items), expected, `${type} by ${sort.field} ${sort.direction}`);
          }
        });
      }
    });

    describe('paging', () => {
      const filter = { type: 'Event' as const };
      const sort: EntitySort = { field: 'DATE', direction: 'ASC' };

      it('walks one item at a time through the same answer a single page gives', async () => {
        const whole = await store.listEntities(filter, sort, ONE_PAGE);
        const walked = await collectPages((page) => store.listEntities(filter, sort, page), 1);
        assert.deepEqual(ids(walked.items), ids(whole.items));
        assert.equal(walked.pages.length, whole.totalCount);
        for (const page of walked.pages) assert.equal(page.totalCount, whole.totalCount);
      });

      it('says whether pages precede and follow', async () => {
        const walked = await collectPages((page) => store.listEntities(filter, sort, page), 3);
        assert.ok(walked.pages.length > 1, 'the seed has more than one page of events');
        walked.pages.forEach((page, i) => {
          assert.equal(page.hasPreviousPage, i > 0);
          assert.equal(page.hasNextPage, i < walked.pages.length - 1);
          assert.equal(page.keys.length, page.items.length);
        });
      });

      it('returns an empty last page after the last key', async () => {
        const whole = await store.listEntities(filter, sort, ONE_PAGE);
        const beyond = await store.listEntities(filter, sort, { first: 5, after: whole.keys[whole.keys.length - 1]! });
        assert.deepEqual(beyond.items, []);
        assert.equal(beyond.hasNextPage, false);
        assert.equal(beyond.hasPreviousPage, true);
        assert.equal(beyond.totalCount, whole.totalCount);
      });

      for (const order of allSorts()) {
        it(`pages backwards to the same items as forwards, in ${order.field} ${order.direction} order`, async () => {
          const types = ['Event', 'Report', 'Person'] as const;
          for (const type of types) {
            const forwards = await collectPages((page) => store.listEntities({ type }, order, page), 4);
            const backwards = await collectPagesBackwards((page) => store.listEntities({ type }, order, page), 4);
            assert.deepEqual(ids(backwards.items), ids(forwards.items), `${type}`);
            assert.equal(backwards.pages[0]!.hasPreviousPage, false);
            assert.equal(backwards.pages.at(-1)!.hasNextPage, false);
          }
        });
      }

      it('pages between two keys, and answers first: 0 with counts only', async () => {
        const whole = await store.listEntities(filter, sort, ONE_PAGE);
        const between = await store.listEntities(filter, sort, { first: 100, after: whole.keys[2]!, before: whole.keys[7]! });
        assert.deepEqual(ids(between.items), ids(whole.items.slice(3, 7)));
        assert.equal(between.hasPreviousPage, true);
        assert.equal(between.hasNextPage, true);
        const none = await store.listEntities(filter, sort, { first: 0 });
        assert.deepEqual(none.items, []);
        assert.equal(none.totalCount, whole.totalCount);
        assert.equal(none.hasNextPage, whole.totalCount > 0);
      });

      it('continues after a key whose item is gone, where that item stood', async () => {
        const whole = await store.listEntities(filter, sort, ONE_PAGE);
        // A key the graph does not hold (as after a reload that removed the item): between items 4 and 5.
        const gone = { value: whole.keys[4]!.value, id: `${whole.keys[4]!.id}~` };
        const next = await store.listEntities(filter, sort, { first: 3, after: gone });
        assert.deepEqual(ids(next.items), ids(whole.items.slice(5, 8)));
      });
    });

    describe('relations of an entity', () => {
      it('returns outgoing, incoming or both, filtered by type, one page per query in order', async () => {
        const types: RelationType[] = ['PARTICIPATED_IN', 'WITHDREW_FROM'];
        const [out, incoming, both, typed, unknown] = await store.relationsOf([
          { entityId: GAO, direction: 'OUT', page: ONE_PAGE },
          { entityId: GAO, direction: 'IN', page: ONE_PAGE },
          { entityId: GAO, direction: 'BOTH', page: ONE_PAGE },
          { entityId: GAO, direction: 'BOTH', types, page: ONE_PAGE },
          { entityId: 'person/nobody-by-this-name', direction: 'BOTH', page: ONE_PAGE },
        ]);
        const at = dataset.relations.filter((r) => r.from === GAO || r.to === GAO);
        assert.deepEqual(sortedIds(out!.items), sortedIds(at.filter((r) => r.from === GAO)));
        assert.deepEqual(sortedIds(incoming!.items), sortedIds(at.filter((r) => r.to === GAO)));
        assert.deepEqual(sortedIds(both!.items), sortedIds(at));
        assert.deepEqual(sortedIds(typed!.items), sortedIds(at.filter((r) => types.includes(r.type))));
        assert.equal(unknown!.totalCount, 0);
      });
    });

    describe('search', () => {
      const aliasSpellings: [string, string][] = [
        ['Gao Zhe Sheng', GAO],
        ['Hau Feng Jun', HAO],
        ['Tuidang Center', 'org/tuidang-center'],
        ['Falun Dafa', 'org/falun-gong'],
        ['Third International', 'org/comintern'],
      ];
      for (const [query, expected] of aliasSpellings) {
        it(`ranks ${expected} first for the alias spelling "${query}"`, async () => {
          const hits = await store.search(query, { first: 5 });
          assert.equal(hits[0]?.entity.id, expected);
        });
      }

      for (const query of ['gao zhisheng', 'GAO ZHISHENG', 'Gáo Zhìshēng', 'Gao Zhisheg', 'Gao Zhish']) {
        it(`tolerates case, accents, a typo or an unfinished word: "${query}"`, async () => {
          const hits = await store.search(query, { first: 5 });
          assert.equal(hits[0]?.entity.id, GAO);
        });
      }

      it('ranks first the entity whose whole name or alias is the query, for every name only one entity bears', async () => {
        const bearers = new Map<string, Set<string>>();
        for (const entity of dataset.entities) {
          for (const name of [entity.name, ...entity.aliases]) {
            const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
            bearers.set(key, (bearers.get(key) ?? new Set()).add(entity.id));
          }
        }
        const misses: string[] = [];
        for (const entity of dataset.entities) {
          for (const name of [entity.name, ...entity.aliases]) {
            const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
            if (bearers.get(key)!.size > 1) continue;
            const [first] = await store.search(name, { first: 3 });
            if (first?.entity.id !== entity.id) misses.push(`"${name}" gave ${first?.entity.id ?? 'nothing'}, not ${entity.id}`);
          }
        }
        assert.deepEqual(misses, []);
      });

      it('finds every person from a lower-case name, a name missing its last letter, or a typo in its longest word', async () => {
        const misses: string[] = [];
        for (const person of dataset.entities.filter((e) => e.type === 'Person' && e.name.split(' ').length > 1)) {
          for (const query of misspellings(person.name)) {
            const hits = await store.search(query, { first: 3, types: ['Person'] });
            if (hits[0]?.entity.id !== person.id) misses.push(`"${query}" gave ${hits[0]?.entity.id ?? 'nothing'}, not ${person.id}`);
          }
        }
        assert.deepEqual(misses, []);
      });

      it('ranks hits by descending score and honours first and types', async () => {
        const hits = await store.search('party', { first: 3, types: ['Organization'] });
        assert.ok(hits.length > 0 && hits.length <= 3);
        for (const hit of hits) assert.equal(hit.entity.type, 'Organization');
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
      });
    });

    describe('neighbourhood', () => {
      it('returns every node within the depth, centre first, then by distance and id', async () => {
        const distances = oracle.distancesFrom(GAO, 2);
        const subgraph = await store.neighborhood(GAO, { depth: 2, limit: 100_000 });
        assert.ok(subgraph);
        assert.equal(subgraph.truncated, false);
        assert.deepEqual(ids(subgraph.nodes), byDistanceThenId(distances));
      });

      it('returns every relation between the returned nodes', async () => {
        const subgraph = await store.neighborhood(GAO, { depth: 1, limit: 100_000 });
        assert.ok(subgraph);
        assert.deepEqual(sortedIds(subgraph.edges), oracle.relationIdsAmong(new Set(ids(subgraph.nodes))));
      });

      it('stops at the limit, keeps the nearest nodes and says it truncated', async () => {
        const expected = byDistanceThenId(oracle.distancesFrom(GAO, 2));
        const limit = Math.min(5, expected.length - 1);
        const subgraph = await store.neighborhood(GAO, { depth: 2, limit });
        assert.ok(subgraph);
        assert.deepEqual(ids(subgraph.nodes), expected.slice(0, limit));
        assert.equal(subgraph.truncated, true);
        assert.deepEqual(sortedIds(subgraph.edges), oracle.relationIdsAmong(new Set(expected.slice(0, limit))));
      });

      it('walks only the relation types asked for', async () => {
        const types: RelationType[] = ['PARTICIPATED_IN', 'WITHDREW_FROM'];
        const subgraph = await store.neighborhood(GAO, { depth: 2, limit: 100_000, relationTypes: types });
        assert.ok(subgraph);
        assert.deepEqual(ids(subgraph.nodes), byDistanceThenId(oracle.distancesFrom(GAO, 2, types)));
        for (const edge of subgraph.edges) assert.ok(types.includes(edge.type));
      });

      it('returns the centre alone at depth 0 and null for an unknown centre', async () => {
        const alone = await store.neighborhood(GAO, { depth: 0, limit: 10 });
        assert.deepEqual(alone && ids(alone.nodes), [GAO]);
        assert.equal(alone?.truncated, false);
        assert.equal(await store.neighborhood('person/nobody-by-this-name', { depth: 1, limit: 10 }), null);
      });
    });

    describe('shortest path', () => {
      it(`joins ${GAO} to ${RONG} in as few steps as the data allows`, async () => {
        const distance = oracle.distancesFrom(GAO).get(RONG);
        assert.ok(distance !== undefined, 'the seed connects the two people');
        const path = await store.shortestPath(GAO, RONG, { maxLength: 10 });
        assert.ok(path);
        assertValidPath(path, GAO, RONG);
        assert.equal(path.edges.length, distance);
      });

      it('answers with the canonical path: smallest entity ids in order, then smallest relation ids', async () => {
        const pairs: [string, string][] = [[GAO, RONG], [RONG, GAO], [CHEN, HAO], [TORONTO, 'org/tuidang-center'], [HAO, CANADA]];
        for (const [from, to] of pairs) {
          const expected = oracle.canonicalPath(from, to);
          const path = await store.shortestPath(from, to, { maxLength: 10 });
          assert.deepEqual(path && { nodes: ids(path.nodes), edges: ids(path.edges) }, expected, `${from} to ${to}`);
        }
      });

      it('walks only the relation types asked for', async () => {
        const types: RelationType[] = ['PARTICIPATED_IN', 'ORGANIZED', 'WITHDREW_FROM', 'MEMBER_OF', 'WORKS_FOR', 'QUOTED_IN', 'ABOUT'];
        const distance = oracle.distancesFrom(GAO, Infinity, types).get(RONG);
        const path = await store.shortestPath(GAO, RONG, { maxLength: 10, relationTypes: types });
        if (distance === undefined || distance > 10) {
          assert.equal(path, null);
          return;
        }
        assert.ok(path);
        assertValidPath(path, GAO, RONG);
        assert.equal(path.edges.length, distance);
        for (const edge of path.edges) assert.ok(types.includes(edge.type));
        assert.deepEqual({ nodes: ids(path.nodes), edges: ids(path.edges) }, oracle.canonicalPath(GAO, RONG, types));
      });

      it('returns null when the path is longer than maxLength or an end is unknown', async () => {
        const distance = oracle.distancesFrom(GAO).get(RONG)!;
        assert.equal(await store.shortestPath(GAO, RONG, { maxLength: distance - 1 }), null);
        assert.equal(await store.shortestPath(GAO, 'person/nobody-by-this-name', { maxLength: 10 }), null);
      });

      it('returns the entity alone as the path to itself', async () => {
        const path = await store.shortestPath(GAO, GAO, { maxLength: 3 });
        assert.deepEqual(path && ids(path.nodes), [GAO]);
        assert.deepEqual(path?.edges, []);
      });
    });

    describe('shortest paths, several and avoiding entities', () => {
      const asIds = (paths: readonly Path[]) => paths.map((path) => ({ nodes: ids(path.nodes), edges: ids(path.edges) }));
      const pairs: [string, string][] = [[GAO, RONG], [RONG, GAO], [CHEN, HAO], [TORONTO, 'org/tuidang-center'], [HAO, CANADA]];

      it('lists every shortest path in canonical order, the first being shortestPath\'s answer', async () => {
        for (const [from, to] of pairs) {
          const expected = oracle.allShortestPaths(from, to);
          const paths = await store.shortestPaths(from, to, { maxLength: 10, limit: 1000 });
          assert.deepEqual(asIds(paths), expected, `${from} to ${to}`);
          const single = await store.shortestPath(from, to, { maxLength: 10 });
          assert.deepEqual(single && asIds([single])[0], expected[0], `${from} to ${to}`);
        }
      });

      it('returns at most `limit` paths, the first ones in order', async () => {
        const [from, to] = pairs.find(([a, b]) => oracle.allShortestPaths(a, b).length >= 2) ?? [];
        assert.ok(from && to, 'some seed pair has two shortest paths');
        const all = oracle.allShortestPaths(from, to);
        assert.deepEqual(asIds(await store.shortestPaths(from, to, { maxLength: 10, limit: 1 })), all.slice(0, 1));
        assert.deepEqual(asIds(await store.shortestPaths(from, to, { maxLength: 10, limit: 2 })), all.slice(0, 2));
        assert.deepEqual(await store.shortestPaths(from, to, { maxLength: 10, limit: 0 }), []);
      });

      it('goes around avoided entities, and finds the same path as the oracle without them', async () => {
        const [canonical] = oracle.allShortestPaths(GAO, RONG);
        assert.ok(canonical && canonical.nodes.length > 2, 'Gao and Rong are not neighbours');
        const avoid = canonical.nodes.slice(1, -1);
        const expected = oracle.allShortestPaths(GAO, RONG, undefined, avoid);
        const paths = await store.shortestPaths(GAO, RONG, { maxLength: 10, limit: 1000, avoid });
        assert.deepEqual(asIds(paths), expected);
        for (const path of paths) for (const node of path.nodes.slice(1, -1)) assert.ok(!avoid.includes(node.id), `${node.id} was avoided`);
        const single = await store.shortestPath(GAO, RONG, { maxLength: 10, avoid });
        assert.deepEqual(single && asIds([single])[0], expected[0] ?? null);
        assert.notDeepEqual(single && ids(single.nodes), canonical.nodes);
      });

      it('never avoids an end: listing one answers as if it were not listed', async () => {
        const plain = await store.shortestPaths(GAO, RONG, { maxLength: 10, limit: 5 });
        assert.ok(plain.length > 0);
        assert.deepEqual(await store.shortestPaths(GAO, RONG, { maxLength: 10, limit: 5, avoid: [GAO, RONG, 'person/nobody-by-this-name'] }), plain);
        assert.deepEqual(ids((await store.shortestPaths(GAO, GAO, { maxLength: 3, limit: 5, avoid: [GAO] }))[0]!.nodes), [GAO]);
      });

      it('finds no path when every route passes through an avoided entity', async () => {
        const neighbours = [...oracle.distancesFrom(GAO, 1)].filter(([, d]) => d === 1).map(([id]) => id).filter((id) => id !== RONG);
        assert.deepEqual(await store.shortestPaths(GAO, RONG, { maxLength: 10, limit: 3, avoid: neighbours }), []);
        assert.equal(await store.shortestPath(GAO, RONG, { maxLength: 10, avoid: neighbours }), null);
      });

      it('combines a relation-type filter with avoided entities', async () => {
        const types: RelationType[] = ['PARTICIPATED_IN', 'ORGANIZED', 'WITHDREW_FROM', 'MEMBER_OF', 'WORKS_FOR', 'QUOTED_IN', 'ABOUT', 'AUTHORED'];
        const [typed] = oracle.allShortestPaths(GAO, RONG, types);
        assert.ok(typed && typed.nodes.length > 2, 'the types join Gao to Rong');
        const avoid = [typed.nodes[1]!];
        const expected = oracle.allShortestPaths(GAO, RONG, types, avoid);
        const paths = await store.shortestPaths(GAO, RONG, { maxLength: 10, limit: 1000, relationTypes: types, avoid });
        assert.deepEqual(asIds(paths), expected);
        for (const path of paths) for (const edge of path.edges) assert.ok(types.includes(edge.type), edge.id);
      });
    });

    describe('timeline', () => {
      it('returns every dated event by earliest day of its start, then id', async () => {
        const timeline = await store.timeline({ page: ONE_PAGE });
        const dated = dataset.entities.filter((e) => e.type === 'Event' && datesOf(e) !== undefined);
        assert.deepEqual(ids(timeline.items), sortedAsDocumented(dated, { field: 'DATE', direction: 'ASC' }));
      });

      it('filters the timeline by kind and date window', async () => {
        const timeline = await store.timeline({ kinds: ['PUBLIC_WITHDRAWAL'], from: '2005', to: '2005', page: ONE_PAGE });
        assert.deepEqual(sortedIds(timeline.items), oracle.eventsOfKindBetween('PUBLIC_WITHDRAWAL', '2005', '2005'));
      });

      it('pages the timeline backwards to the same events as forwards', async () => {
        const forwards = await collectPages((page) => store.timeline({ page }), 7);
        const backwards = await collectPagesBackwards((page) => store.timeline({ page }), 7);
        assert.ok(backwards.pages.length > 1, 'the seed has more than one page of dated events');
        assert.deepEqual(ids(backwards.items), ids(forwards.items));
        assert.equal(backwards.pages[0]!.hasPreviousPage, false);
        assert.equal(backwards.pages.at(-1)!.hasNextPage, false);
      });
    });

    describe('claims', () => {
      it('lists the relations each claimant asserts, one list per id asked, in the order asked', async () => {
        const claimants = [...new Set(dataset.relations.flatMap((r) => (r.claimedBy ? [r.claimedBy] : [])))].sort();
        assert.ok(claimants.length > 1, 'the seed has relations with more than one claimant');
        const asked = [...claimants, 'person/nobody-by-this-name', claimants[0]!];
        const answers = await store.relationsClaimedBy(asked);
        assert.equal(answers.length, asked.length);
        asked.forEach((claimant, i) => {
          const expected = dataset.relations.filter((r) => r.claimedBy === claimant).map((r) => r.id).sort();
          assert.deepEqual(sortedIds(answers[i]!), expected, claimant);
        });
      });
    });

    describe('statistics', () => {
      it('returns every statistic in asOf order, then id', async () => {
        const statistics = await store.statistics({});
        const day = (asOf: string) => dayRange(asOf).earliest;
        const expected = [...dataset.statistics].sort((a, b) => day(a.asOf).localeCompare(day(b.asOf)) || (a.id < b.id ? -1 : 1));
        assert.deepEqual(ids(statistics), ids(expected));
      });

      it('filters by metric: cumulative withdrawals only grow with time', async () => {
        const statistics = await store.statistics({ metric: 'CUMULATIVE_WITHDRAWALS' });
        assert.deepEqual(sortedIds(statistics), sortedIds(dataset.statistics.filter((s) => s.metric === 'CUMULATIVE_WITHDRAWALS')));
        assert.ok(statistics.length > 1);
        const values = statistics.map((s) => s.value ?? s.low ?? 0);
        for (let i = 1; i < values.length; i++) assert.ok(values[i - 1]! <= values[i]!, `${statistics[i]!.id} is not below the figure before it`);
      });

      it('filters by subject and asOf window', async () => {
        const subject = dataset.statistics[0]!.subject;
        const statistics = await store.statistics({ subjectId: subject, from: '2000', to: '2030' });
        const window = { earliest: '2000-01-01', latest: '2030-12-31' };
        const expected = dataset.statistics.filter((s) => s.subject === subject && overlaps(dayRange(s.asOf), window));
        assert.deepEqual(sortedIds(statistics), sortedIds(expected));
      });
    });

    describe('counts', () => {
      it('counts entities, relations and statistics by type, kind and relation type as the dataset does', async () => {
        const counts = await store.counts(0);
        assert.equal(counts.entities, dataset.entities.length);
        assert.equal(counts.relations, dataset.relations.length);
        assert.equal(counts.statistics, dataset.statistics.length);
        assert.deepEqual(asTally(counts.byType), tally(dataset.entities.map((e) => e.type)));
        assert.deepEqual(asTally(counts.byKind), tally(dataset.entities.flatMap((e) => (kindOf(e) ? [`${e.type}:${kindOf(e)}`] : []))));
        assert.deepEqual(asTally(counts.byRelationType), tally(dataset.relations.map((r) => r.type)));
      });

      it('ranks the most connected entities by degree, ties by id', async () => {
        const counts = await store.counts(10);
        const expected = [...oracle.degrees()].sort(([a, da], [b, db]) => db - da || (a < b ? -1 : 1)).slice(0, 10);
        assert.deepEqual(counts.mostConnected.map((c) => [c.entity.id, c.degree]), expected);
      });
    });

    describe('loading', () => {
      it('answers the same after loading the same dataset twice', async () => {
        const before = await snapshotAnswers(store);
        const summary = await store.load(dataset);
        assert.deepEqual(summary, { entities: dataset.entities.length, relations: dataset.relations.length, statistics: dataset.statistics.length });
        assert.deepEqual(await snapshotAnswers(store), before);
      });

      it('rejects a dataset with a relation to a missing entity, naming it, and keeps the previous graph', async () => {
        const before = await snapshotAnswers(store);
        const bad = {
          id: 'rel/person.gao-zhisheng/member-of/org.no-such-organization',
          type: 'MEMBER_OF' as const, from: GAO, to: 'org/no-such-organization', sources: dataset.relations[0]!.sources,
        };
        const broken: Dataset = { ...dataset, relations: [...dataset.relations, bad] };
        await assert.rejects(store.load(broken), (error: unknown) => {
          assert.ok(error instanceof Error);
          assert.match(error.message, new RegExp(escapeRegExp(bad.id)));
          return true;
        });
        assert.deepEqual(await snapshotAnswers(store), before);
      });
    });

    describe('many shortest paths through several middle entities', () => {
      let lattice: Dataset;
      let latticeOracle: Oracle;
      const asIds = (paths: readonly Path[]) => paths.map((path) => ({ nodes: ids(path.nodes), edges: ids(path.edges) }));
      const { start, end, club, layers } = LATTICE;

      before(async () => {
        lattice = latticeDataset(dataset);
        latticeOracle = new Oracle(lattice);
        await store.load(lattice);
      });
      after(async () => {
        await store.load(dataset);
      });

      it('takes the shortcut through the one organization when nothing is avoided', async () => {
        const paths = await store.shortestPaths(start, end, { maxLength: 6, limit: 10 });
        assert.deepEqual(paths.map((path) => ids(path.nodes)), [[start, club, end]]);
      });

      it('lists the 64 paths through the layers in canonical order once the shortcut is avoided', async () => {
        const expected = latticeOracle.allShortestPaths(start, end, undefined, [club]);
        assert.equal(expected.length, 64);
        const paths = await store.shortestPaths(start, end, { maxLength: 6, limit: 100, avoid: [club] });
        assert.deepEqual(asIds(paths), expected);
        assert.deepEqual(ids(paths[0]!.nodes), [start, layers[0][0], layers[1][0], layers[2][0], end]);
        assert.deepEqual(ids(paths[1]!.nodes), [start, layers[0][0], layers[1][0], layers[2][1], end]);
        assert.ok(!ids(paths[0]!.edges).includes(LATTICE.parallel), 'of two parallel relations, the smaller id');
      });

      it('returns the first `limit` of them, not any `limit`', async () => {
        const expected = latticeOracle.allShortestPaths(start, end, undefined, [club]);
        for (const limit of [1, 3, 5]) {
          assert.deepEqual(asIds(await store.shortestPaths(start, end, { maxLength: 6, limit, avoid: [club] })), expected.slice(0, limit));
        }
      });

      it('drops every path through an avoided middle entity', async () => {
        const avoid = [club, layers[1][0], layers[1][2]];
        const paths = await store.shortestPaths(start, end, { maxLength: 6, limit: 100, avoid });
        assert.equal(paths.length, 32);
        assert.deepEqual(asIds(paths), latticeOracle.allShortestPaths(start, end, undefined, avoid));
        assert.deepEqual(await store.shortestPaths(start, end, { maxLength: 6, limit: 3, avoid: [club, ...layers[1]] }), []);
      });

      it('reaches the layers through a relation-type filter just as through avoiding the shortcut', async () => {
        const typed = await store.shortestPaths(start, end, { maxLength: 6, limit: 4, relationTypes: ['PERSECUTED'] });
        assert.deepEqual(asIds(typed), latticeOracle.allShortestPaths(start, end, ['PERSECUTED']).slice(0, 4));
        const both = await store.shortestPaths(start, end, { maxLength: 6, limit: 4, relationTypes: ['PERSECUTED', 'MEMBER_OF'], avoid: [club, layers[0][0]] });
        assert.deepEqual(asIds(both), latticeOracle.allShortestPaths(start, end, ['PERSECUTED', 'MEMBER_OF'], [club, layers[0][0]]).slice(0, 4));
        assert.equal(ids(both[0]!.nodes)[1], layers[0][1]);
        assert.deepEqual(await store.shortestPaths(start, end, { maxLength: 6, limit: 4, relationTypes: ['MEMBER_OF'], avoid: [club] }), []);
      });

      it('finds nothing when the layers are longer than maxLength', async () => {
        assert.deepEqual(await store.shortestPaths(start, end, { maxLength: 3, limit: 4, avoid: [club] }), []);
        assert.equal((await store.shortestPaths(start, end, { maxLength: 4, limit: 4, avoid: [club] })).length, 4);
      });
    });
  });
}

/** A name as users mistype it: lower case, cut short by one letter, two letters of its longest word swapped. */
function misspellings(name: string): string[] {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const swapped = longest.slice(0, at - 1) + longest[at] + longest[at - 1] + longest.slice(at + 1);
  return [name.toLowerCase(), name.slice(0, -1), words.map((w) => (w === longest ? swapped : w)).join(' ')];
}

function allSorts(): EntitySort[] {
  return (['NAME', 'DATE', 'ID'] as const).flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })));
}

function byDistanceThenId(distances: ReadonlyMap<string, number>): string[] {
  return [...distances].sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0)).map(([id]) => id);
}

function assertValidPath(path: Path, fromId: string, toId: string): void {
  assert.equal(path.nodes[0]?.id, fromId);
  assert.equal(path.nodes[path.nodes.length - 1]?.id, toId);
  assert.equal(path.edges.length, path.nodes.length - 1);
  path.edges.forEach((edge, i) => {
    const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
    assert.deepEqual([edge.from, edge.to].sort(), ends, `edge ${edge.id} joins nodes ${i} and ${i + 1}`);
  });
}

/** The entity with the most PARTICIPATED_IN/ORGANIZED relations: a participant filter with a real answer. */
function mostParticipating(dataset: Dataset): string {
  const counts = tally(dataset.relations.filter((r) => r.type === 'PARTICIPATED_IN' || r.type === 'ORGANIZED').map((r) => r.from));
  return Object.entries(counts).sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : 1))[0]![0];
}

function asTally(counts: readonly { key: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(counts.map((c) => [c.key, c.count]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A spread of answers that must not change unless the data does. */
async function snapshotAnswers(store: GraphStore): Promise<unknown> {
  const entityIds = (records: readonly (EntityRecord | null)[]) => records.map((r) => r?.id ?? null);
  return {
    counts: await store.counts(5),
    entities: entityIds(await store.getEntities([GAO, RONG])),
    search: (await store.search('Gao Zhisheng', { first: 3 })).map((hit) => hit.entity.id),
    neighbourhood: await store.neighborhood(GAO, { depth: 2, limit: 50 }),
    path: await store.shortestPath(GAO, RONG, { maxLength: 10 }),
    timeline: ids((await store.timeline({ page: { first: 20 } })).items),
    statistics: ids(await store.statistics({})),
  };
}
