/**
 * The served schema is documented and follows GraphQL and Relay conventions: graphql-schema-linter
 * with the committed .graphql-schema-linterrc finds nothing in schema/schema.graphql (which a test of
 * its own keeps equal to what the server serves).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { PROJECT_ROOT } from '../../src/dataset';

it('passes graphql-schema-linter: every type, field, argument, enum value and input field described, Relay connections complete', () => {
  const linter = join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-schema-linter');
  const result = spawnSync(linter, [], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.match(result.stdout, /0 errors detected/);
});
