/**
 * The typed documents the client suites use are what graphql-codegen makes of the committed schema
 * and operations today: a schema change that breaks an operation, or a stale generated.ts, fails here.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { generate } from '@graphql-codegen/cli';
import config, { CODEGEN_OUTPUT } from './codegen';

it('test/clients/generated.ts is what `npm run codegen` makes now', async () => {
  const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
  const fresh = outputs.find((output) => output.filename === CODEGEN_OUTPUT);
  assert.ok(fresh, `codegen produced ${CODEGEN_OUTPUT}`);
  const committed = await readFile(CODEGEN_OUTPUT, 'utf8');
  assert.ok(fresh.content === committed, `${CODEGEN_OUTPUT} is stale: run npm run codegen and commit the result`);
});
