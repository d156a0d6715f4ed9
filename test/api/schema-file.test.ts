/** schema/schema.graphql is the contract: the served schema must match it exactly. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { schemaSdl } from '../../src/graphql/schema';
import { SCHEMA_FILE } from '../../src/graphql/write-schema';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server?.stop());

it('serves exactly the schema in schema/schema.graphql (run `npm run schema:write` after changing it)', async () => {
  const { body } = await server.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
  assert.equal(body.errors, undefined);
  const served = schemaSdl(buildClientSchema(body.data));
  assert.equal(served, readFileSync(SCHEMA_FILE, 'utf8'));
});

it('declares the contract names: Node, Entity, the five entity types, Relation and Statistic', () => {
  const sdl = readFileSync(SCHEMA_FILE, 'utf8');
  assert.match(sdl, /^interface Node \{/m);
  assert.match(sdl, /^interface Entity implements Node \{/m);
  for (const type of ['Person', 'Organization', 'Event', 'Place', 'Report']) assert.match(sdl, new RegExp(`^type ${type} implements Entity & Node \\{`, 'm'));
  assert.match(sdl, /^type Relation implements Node \{/m);
  assert.match(sdl, /^type Statistic implements Node \{/m);
  assert.match(sdl, /^scalar PartialDate/m);
});
