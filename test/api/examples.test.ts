/** Every query in docs/example-queries.md runs without errors and returns data. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';
import { startTestServer, type TestServer } from './harness';
import { forEachStore } from '../support/stores';

forEachStore((backend) => {
  const EXAMPLES = join(PROJECT_ROOT, 'docs', 'example-queries.md');
  const queries = [...readFileSync(EXAMPLES, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

  let server: TestServer;

  before(async () => {
    server = await startTestServer({ store: backend });
  });
  after(() => server?.stop());

  /** Empty means null or an empty list anywhere a root field answers. */
  function isEmpty(value: unknown): boolean {
    if (value === null || value === undefined) return true;
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if ('edges' in obj) return isEmpty(obj['edges']);
      if ('nodes' in obj) return isEmpty(obj['nodes']);
    }
    return false;
  }

  it('the examples file holds the four README questions and more', () => {
    assert.ok(queries.length >= 4, `found ${queries.length} queries`);
  });

  for (const query of queries) {
    const name = /query (\w+)/.exec(query)?.[1] ?? query.slice(0, 40);
    it(`example ${name} runs without errors and returns data`, async () => {
      const { body } = await server.gql(query);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      for (const [field, value] of Object.entries(body.data ?? {})) assert.ok(!isEmpty(value), `${name}: ${field} is empty`);
    });
  }
});
