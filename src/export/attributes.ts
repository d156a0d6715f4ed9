/**
 * What an exported graph carries on each node, edge and the graph itself, and each value's type.
 * Every writer reads these tables, so the formats declare the same attributes with the same types.
 */

/** Declared value types, named as GraphML's `attr.type` names them. */
export type AttributeType = 'string' | 'int' | 'boolean';

export const NODE_ATTRIBUTES = {
  label: 'string',
  type: 'string',
  kind: 'string',
  startDate: 'string',
  endDate: 'string',
  publishedOn: 'string',
  aliases: 'string',
  sources: 'string',
} as const satisfies Record<string, AttributeType>;

export const EDGE_ATTRIBUTES = {
  label: 'string',
  type: 'string',
  role: 'string',
  startDate: 'string',
  endDate: 'string',
  sources: 'string',
  /** STATED, ALLEGED or INTENDED; present only when not STATED. */
  assertion: 'string',
  /** Who asserts the relation (an entity id), when the sources attribute it. */
  claimedBy: 'string',
} as const satisfies Record<string, AttributeType>;

export const GRAPH_ATTRIBUTES = {
  description: 'string',
  center: 'string',
  depth: 'int',
  truncated: 'boolean',
} as const satisfies Record<string, AttributeType>;

type ValueOf<T extends AttributeType> = T extends 'int' ? number : T extends 'boolean' ? boolean : string;
/** Absent attributes are left out rather than set to empty, so every format omits them alike. */
type AttributesOf<Table extends Record<string, AttributeType>> = { [K in keyof Table]?: ValueOf<Table[K]> };

export type NodeAttributes = AttributesOf<typeof NODE_ATTRIBUTES> & { label: string; type: string };
export type EdgeAttributes = AttributesOf<typeof EDGE_ATTRIBUTES> & { label: string; type: string };
export type GraphAttributes = AttributesOf<typeof GRAPH_ATTRIBUTES> & { description: string; truncated: boolean };

/**
 * Joins list values (aliases, source ids) into one string, since GraphML and the tools' tables
 * hold no lists. No alias or id in the dataset contains it, so splitting on it gives the list back.
 */
export const LIST_SEPARATOR = '; ';

export function joinList(values: readonly string[]): string | undefined {
  return values.length > 0 ? values.join(LIST_SEPARATOR) : undefined;
}
