/**
 * Apollo Client 4 against the real server, running the typed operations graphql-codegen made from
 * test/clients/operations.graphql: a normalised cache (InMemoryCache keyed by __typename and id,
 * with relayStylePagination on the connections), fetchMore forwards and backwards, one HTTP request
 * for a batch (BatchHttpLink), and automatic persisted queries over GET (PersistedQueryLink).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { startTestServer, type TestServer } from '../api/harness';
import { allPeople, possibleTypesFromSchema, recordingFetch, type PersonRef } from './client-support';
import {
  EntityByIdDocument,
  GraphVersionDocument,
  NeighborhoodDocument,
  PeoplePageDocument,
  PersonCardFragmentDoc,
  SearchKindsDocument,
  TimelinePageDocument,
} from './generated';

function newCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: possibleTypesFromSchema(),
    typePolicies: { Query: { fields: { people: relayStylePagination(), timeline: relayStylePagination() } } },
  });
}

describe('Apollo Client', () => {
  let server: TestServer;
  let peopleIds: string[];
  let people: PersonRef[];
  const clients: ApolloClient[] = [];
  const client = (link: ConstructorParameters<typeof ApolloClient>[0]['link']) => {
    const made = new ApolloClient({ link, cache: newCache() });
    clients.push(made);
    return made;
  };

  before(async () => {
    server = await startTestServer();
    people = await allPeople(server);
    peopleIds = people.map((person) => person.id);
    assert.ok(peopleIds.length >= 8, 'enough people to page through');
  });
  after(async () => {
    for (const made of clients) made.stop();
    await server.stop();
  });

  it('normalises an entity by __typename and id: two queries fill one cache record', async () => {
    const apollo = client(new HttpLink({ uri: server.url }));
    const id = peopleIds[0]!;
    const byId = await apollo.query({ query: EntityByIdDocument, variables: { id } });
    assert.equal(byId.data?.entity?.__typename, 'Person');
    const around = await apollo.query({ query: NeighborhoodDocument, variables: { id } });
    assert.equal(around.data?.neighborhood?.nodes[0]?.id, id);

    const records = apollo.cache.extract() as Record<string, Record<string, unknown>>;
    const key = apollo.cache.identify({ __typename: 'Person', id });
    assert.equal(key, `Person:${id}`);
    assert.ok(records[key!], 'the person is one normalised record');
    assert.equal(Object.keys(records).filter((k) => k.endsWith(`:${id}`)).length, 1);
    // Fields from the first query are read back through a fragment, without the network.
    const card = apollo.readFragment({ fragment: PersonCardFragmentDoc, id: key });
    assert.equal(card?.id, id);
    assert.ok(Array.isArray(card?.aliases));
    // Relations reach their ends by reference, not by copies.
    for (const edge of around.data!.neighborhood!.edges) {
      assert.ok(records[apollo.cache.identify(edge.from)!], `${edge.id}'s source is in the cache`);
      assert.ok(records[apollo.cache.identify(edge)!], `${edge.id} is normalised`);
    }
  });

  it('selects kind across entity types in one natural query', async () => {
    const apollo = client(new HttpLink({ uri: server.url }));
    const result = await apollo.query({ query: SearchKindsDocument, variables: { query: 'protest' } });
    const nodes = result.data!.searchEntities.edges.map((edge) => edge.node);
    assert.ok(nodes.length > 0);
    for (const node of nodes) {
      if (node.__typename === 'Event' || node.__typename === 'Organization') assert.match(node.kind, /^[A-Z_]+$/);
    }
  });

  it('fetchMore forwards appends the next page to the cached connection, without duplicates', async () => {
    const apollo = client(new HttpLink({ uri: server.url }));
    const watch = apollo.watchQuery({ query: PeoplePageDocument, variables: { first: 3 } });
    const first = await apollo.query({ query: PeoplePageDocument, variables: { first: 3 } });
    const subscription = watch.subscribe(() => {});
    try {
      const end = first.data!.people.pageInfo.endCursor!;
      await watch.fetchMore({ variables: { first: 3, after: end } });
      // The same page again (a double click) must not duplicate it.
      await watch.fetchMore({ variables: { first: 3, after: end } });
      const merged = apollo.readQuery({ query: PeoplePageDocument, variables: { first: 3 } })!;
      const ids = merged.people.edges.map((edge) => edge.node.id);
      assert.deepEqual(ids, peopleIds.slice(0, 6));
      assert.equal(merged.people.pageInfo.hasNextPage, peopleIds.length > 6);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('fetchMore backwards prepends the previous page: the same items as forward paging, from the end', async () => {
    const apollo = client(new HttpLink({ uri: server.url }));
    const watch = apollo.watchQuery({ query: PeoplePageDocument, variables: { last: 3 } });
    const subscription = watch.subscribe(() => {});
    try {
      const last = await apollo.query({ query: PeoplePageDocument, variables: { last: 3 } });
      assert.deepEqual(last.data!.people.edges.map((edge) => edge.node.id), peopleIds.slice(-3));
      await watch.fetchMore({ variables: { last: 3, before: last.data!.people.pageInfo.startCursor! } });
      const merged = apollo.readQuery({ query: PeoplePageDocument, variables: { last: 3 } })!;
      assert.deepEqual(merged.people.edges.map((edge) => edge.node.id), peopleIds.slice(-6));
      assert.equal(merged.people.pageInfo.hasPreviousPage, peopleIds.length > 6);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('pages the timeline both ways to the same events', async () => {
    const apollo = client(new HttpLink({ uri: server.url }));
    const forward = await apollo.query({ query: TimelinePageDocument, variables: { first: 100 } });
    const all = forward.data!.timeline.edges.map((edge) => edge.node.id);
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await apollo.query({ query: TimelinePageDocument, variables: { last: 4, before }, fetchPolicy: 'no-cache' });
      backward.unshift(...page.data!.timeline.edges.map((edge) => edge.node.id));
      if (!page.data!.timeline.pageInfo.hasPreviousPage) break;
      before = page.data!.timeline.pageInfo.startCursor!;
    }
    assert.deepEqual(backward, all);
  });

  it('sends operations issued together as one batched HTTP request', async () => {
    const { fetch, sent } = recordingFetch();
    const apollo = client(new BatchHttpLink({ uri: server.url, fetch, batchMax: 10, batchInterval: 20 }));
    const [version, person, search] = await Promise.all([
      apollo.query({ query: GraphVersionDocument }),
      apollo.query({ query: EntityByIdDocument, variables: { id: peopleIds[1]! } }),
      apollo.query({ query: SearchKindsDocument, variables: { query: people[1]!.name } }),
    ]);
    assert.equal(sent.length, 1, 'one HTTP request');
    assert.equal(JSON.parse(sent[0]!.body!).length, 3, 'holding three operations');
    assert.match(version.data!.graphStats.version ?? '', /^[0-9a-f]+$/);
    assert.equal(person.data!.entity!.id, peopleIds[1]);
    assert.equal(search.data!.searchEntities.edges[0]?.node.id, people[1]!.id);
  });

  it('sends a persisted query as a GET of its hash, the query text only once', async () => {
    const { fetch, sent } = recordingFetch();
    const sha256 = (query: string) => createHash('sha256').update(query).digest('hex');
    const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: server.url, fetch }));
    const first = await client(link).query({ query: EntityByIdDocument, variables: { id: peopleIds[2]! } });
    const second = await client(link).query({ query: EntityByIdDocument, variables: { id: peopleIds[2]! } });
    assert.deepEqual(second.data, first.data);
    assert.deepEqual(
      sent.map((request) => request.method),
      ['GET', 'POST', 'GET'],
      'an unknown hash, the query registered, then the hash alone',
    );
    const last = sent[2]!;
    assert.equal(last.url.searchParams.get('query'), null, 'the GET carries the hash, not the query');
    assert.ok(JSON.parse(last.url.searchParams.get('extensions')!).persistedQuery.sha256Hash);
  });
});
