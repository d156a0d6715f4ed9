/**
 * What the client suites share: a fetch that records what each client really sends, the schema's
 * possible types (Apollo's cache needs them to match fragments on interfaces), and the answers a
 * plain POST gets, to compare the clients' merged pages with.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, isAbstractType } from 'graphql';
import type { TestServer } from '../api/harness';

export interface SentRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string | null;
}

/** A fetch that keeps every request it sends; optionally with an Origin header as a browser would add. */
export function recordingFetch(): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' ? null : await request.clone().text();
    sent.push({ method: request.method, url: new URL(request.url), headers: request.headers, body });
    return fetch(request);
  };
  return { fetch: recording, sent };
}

/** Interfaces and unions with the object types that implement them, as Apollo's possibleTypes wants. */
export function possibleTypesFromSchema(path = 'schema/schema.graphql'): Record<string, string[]> {
  const schema = buildSchema(readFileSync(path, 'utf8'));
  const possibleTypes: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name);
  }
  return possibleTypes;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** Every person in the people connection's order, read with one plain POST. */
export async function allPeople(server: TestServer): Promise<PersonRef[]> {
  const response = await server.gql<{ people: { edges: { node: PersonRef }[] } }>('{ people(first: 100) { edges { node { id name } } } }');
  return response.body.data!.people.edges.map((edge) => edge.node);
}
