/**
 * urql against the real server with the typed operations graphql-codegen made: first with its
 * defaults (document cache, queries sent as GET), then with Graphcache, normalising by __typename
 * and id from the schema and merging pages with relayPagination in both directions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { cacheExchange as graphcache, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { buildSchema, introspectionFromSchema, isObjectType } from 'graphql';
import { startTestServer, type TestServer } from '../api/harness';
import { allPeople, possibleTypesFromSchema, recordingFetch, type PersonRef } from './client-support';
import {
  EntityByIdDocument,
  GraphVersionDocument,
  NeighborhoodDocument,
  PeoplePageDocument,
  SearchKindsDocument,
  TimelinePageDocument,
} from './generated';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

/** Types without an id (connections, edges, page info, counts) are embedded in their parent, not normalised. */
function keysForTypesWithoutId(): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__') && !('id' in type.getFields())) keys[type.name] = () => null;
  }
  return keys;
}

describe('urql', () => {
  let server: TestServer;
  let people: PersonRef[];
  before(async () => {
    server = await startTestServer();
    people = await allPeople(server);
    assert.ok(people.length >= 8, 'enough people to page through');
  });
  after(() => server.stop());

  it('runs typical operations with its defaults, queries going out as GET', async () => {
    const { fetch, sent } = recordingFetch();
    const client = new Client({ url: server.url, exchanges: [cacheExchange, fetchExchange], fetch });
    const person = people[0]!;
    const results = await Promise.all([
      client.query(PeoplePageDocument, { first: 5 }).toPromise(),
      client.query(EntityByIdDocument, { id: person.id }).toPromise(),
      client.query(SearchKindsDocument, { query: person.name }).toPromise(),
      client.query(GraphVersionDocument, {}).toPromise(),
      client.query(TimelinePageDocument, { first: 5 }).toPromise(),
      client.query(NeighborhoodDocument, { id: person.id }).toPromise(),
    ]);
    for (const result of results) assert.equal(result.error, undefined, String(result.error));
    assert.equal(results[0].data!.people.edges.length, 5);
    assert.equal(results[1].data!.entity!.name, person.name);
    assert.equal(results[2].data!.searchEntities.edges[0]!.node.id, person.id);
    assert.equal(results[5].data!.neighborhood!.nodes[0]!.id, person.id);
    assert.equal(sent.length, results.length);
    assert.deepEqual(new Set(sent.map((request) => request.method)), new Set(['GET']));
  });

  describe('with Graphcache', () => {
    const possibleEntityTypes = possibleTypesFromSchema()['Entity']!;
    const newClient = () => {
      const { fetch, sent } = recordingFetch();
      const client = new Client({
        url: server.url,
        fetch,
        exchanges: [
          graphcache({
            schema: introspectionFromSchema(schema),
            keys: keysForTypesWithoutId(),
            resolvers: {
              Query: {
                people: relayPagination(),
                timeline: relayPagination(),
                // entity(id) reads whichever normalised entity has that id, so a cached one needs no request.
                entity: (_parent, args, cache) => {
                  for (const __typename of possibleEntityTypes) {
                    const key = cache.keyOfEntity({ __typename, id: String(args['id']) });
                    if (key !== null && cache.resolve(key, 'id') !== undefined && cache.resolve(key, 'id') !== null) return key;
                  }
                  return cache.resolve('Query', 'entity', args) as string | null;
                },
              },
            },
          }),
          fetchExchange,
        ],
      });
      return { client, sent };
    };

    it('normalises entities: a person seen on a page answers entity(id) from the cache, without a request', async () => {
      const { client, sent } = newClient();
      const page = await client.query(PeoplePageDocument, { first: 3 }).toPromise();
      assert.equal(page.error, undefined);
      const person = page.data!.people.edges[1]!.node;
      const cached = await client.query(EntityByIdDocument, { id: person.id }, { requestPolicy: 'cache-only' }).toPromise();
      assert.equal(cached.data?.entity?.__typename, 'Person');
      assert.equal(cached.data?.entity?.name, person.name);
      assert.deepEqual(cached.data?.entity?.__typename === 'Person' ? cached.data.entity.aliases : null, person.aliases);
      assert.equal(sent.length, 1, 'only the page went over the network');
    });

    it('relayPagination merges forward pages in order, without duplicates', async () => {
      const { client } = newClient();
      const first = await client.query(PeoplePageDocument, { first: 3 }).toPromise();
      const end = first.data!.people.pageInfo.endCursor!;
      await client.query(PeoplePageDocument, { first: 3, after: end }).toPromise();
      const merged = await client.query(PeoplePageDocument, { first: 3, after: end }, { requestPolicy: 'cache-only' }).toPromise();
      const ids = merged.data!.people.edges.map((edge) => edge.node.id);
      assert.deepEqual(ids, people.slice(0, 6).map((p) => p.id));
    });

    it('relayPagination merges backward pages: the same items as forward paging, from the end', async () => {
      const { client } = newClient();
      const last = await client.query(PeoplePageDocument, { last: 3 }).toPromise();
      const start = last.data!.people.pageInfo.startCursor!;
      const merged = await client.query(PeoplePageDocument, { last: 3, before: start }).toPromise();
      const ids = merged.data!.people.edges.map((edge) => edge.node.id);
      assert.deepEqual(ids, people.slice(-6).map((p) => p.id));
    });
  });
});
