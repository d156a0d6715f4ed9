/**
 * The one Relay connection factory: `connectionType(Person)` declares PersonEdge and
 * PersonConnection; `toConnection` turns a store Page into that shape.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../store/port';
import { decodeCursor, encodeCursor } from '../cursors';
import { PageInfo } from './page-info.type';

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionType<T extends object>(nodeType: ClassType<T> | Function, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} item of a page, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque; pass as `after` to continue after this item, or as `before` to go back from it.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay).`, simpleResolvers: true })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of the page, each with its cursor.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where the page starts and ends, and whether items lie beyond it.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }

  return Connection;
}

/** The Relay shape of a store page; cursors carry each item's key and the list's scope (see cursors.ts). */
export function toConnection<T>(page: Page<T>, scope: string): ConnectionShape<T> {
  const cursors = page.keys.map((key) => encodeCursor(scope, key));
  return {
    edges: page.items.map((node, i) => ({ cursor: cursors[i]!, node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** The store's page arguments from the API's, cursors checked against the scope of the list. */
export function storePage(args: { first?: number; after?: string; last?: number; before?: string }, scope: string) {
  return {
    ...(args.first == null ? {} : { first: args.first }),
    ...(args.last == null ? {} : { last: args.last }),
    ...(args.after == null ? {} : { after: decodeCursor(args.after, scope, 'after') }),
    ...(args.before == null ? {} : { before: decodeCursor(args.before, scope, 'before') }),
  };
}
