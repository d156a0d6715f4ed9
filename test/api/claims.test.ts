/**
 * The knowledge as a reader checks it over GraphQL: contested relations name who asserts them,
 * statements name who made them, and the milestone dates agree with the articles' own figures.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachStore } from '../support/stores';
import { serveDuringSuite } from './harness';

const DAY_MS = 86_400_000;
const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

forEachStore((backend) => {
  const suite = serveDuringSuite(backend);

  it('every contested relation names its claimant, and the claimant lists it among its claims', async () => {
    const alleged = suite.data.relations.filter((relation) => relation.assertion === 'ALLEGED');
    assert.ok(alleged.length > 0, 'the seed holds contested relations');
    const { body } = await suite.server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Relation { id assertion claimedBy { __typename id claims { id } } citations { report { id } paragraphs } } } }`,
      { ids: alleged.map((relation) => relation.id) },
    );
    assert.equal(body.errors, undefined);
    for (const [i, node] of (body.data.nodes as any[]).entries()) {
      const record = alleged[i]!;
      assert.equal(node.assertion, 'ALLEGED', record.id);
      assert.ok(node.claimedBy, `${record.id} names who asserts it`);
      assert.equal(node.claimedBy.id, record.claimedBy);
      assert.ok(node.claimedBy.claims.some((claim: any) => claim.id === record.id), `${record.claimedBy} lists ${record.id} among its claims`);
      assert.ok(node.citations.length > 0, `${record.id} cites a report`);
    }
  });

  it('every statement names its speaker', async () => {
    const { body } = await suite.server.gql(`{ reports(first: 100) { totalCount edges { node { id kind authors { id name } } } } }`);
    assert.equal(body.errors, undefined);
    assert.ok(body.data.reports.totalCount <= 100, 'one page holds every report');
    const statements = (body.data.reports.edges as any[]).map((edge) => edge.node).filter((report) => report.kind === 'STATEMENT');
    assert.ok(statements.length > 0, 'the seed holds statements');
    for (const statement of statements) assert.ok(statement.authors.length > 0, `${statement.id} names who made it`);
  });

  it("dates the 400 million milestone where the articles' own figures put it", async () => {
    const { body } = await suite.server.gql(`{
      cumulative: statistics(metric: CUMULATIVE_WITHDRAWALS) { id value asOf qualifier }
      daily: statistics(metric: DAILY_WITHDRAWALS) { id value low high asOf source { id } }
      milestone: entity(id: "event/milestone-400-million") { ... on Event { startDate dateBound } }
    }`);
    assert.equal(body.errors, undefined);
    // The last exact count before the mark, dated to a day.
    const before = (body.data.cumulative as any[])
      .filter((stat) => stat.value < 400_000_000 && /^\d{4}-\d{2}-\d{2}$/.test(stat.asOf))
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .at(-1);
    assert.equal(before.qualifier, 'EXACT');
    // The daily rate the milestone's report gives (a low-high range).
    const milestone = body.data.milestone;
    const rate = (body.data.daily as any[]).find((stat) => stat.source.id === 'report/article-2023-400-million' && stat.low !== null);
    assert.ok(rate, 'the milestone article gives a daily rate');
    const remaining = 400_000_000 - before.value;
    const earliest = dayNumber(before.asOf) + Math.ceil(remaining / rate.high);
    const latest = dayNumber(before.asOf) + Math.ceil(remaining / rate.low);
    const day = dayNumber(milestone.startDate);
    assert.match(milestone.startDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(day >= earliest && day <= latest, `${milestone.startDate} lies between ${new Date(earliest * DAY_MS).toISOString().slice(0, 10)} and ${new Date(latest * DAY_MS).toISOString().slice(0, 10)}`);
    // A year later would need less than half the lowest stated rate.
    assert.ok(remaining / (day + 365 - dayNumber(before.asOf)) < rate.low / 1.9);
    assert.equal(milestone.dateBound, 'BY');
  });
});
