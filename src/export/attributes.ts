/**
 * What an exported graph carries on each node, edge and the graph itself, and each value's type.
 * Every writer reads these tables, so the formats declare the same attributes with the same types.
 */

/**
 * Declared value types. `stringList` is a real list in the JSON formats and GEXF (`liststring`);
 * GraphML has no list type, so its writer joins lists with LIST_SEPARATOR into a `string`.
 */
export type AttributeType = 'string' | 'int' | 'boolean' | 'stringList';

export const NODE_ATTRIBUTES = {
  label: 'string',
  type: 'string',
  kind: 'string',
  description: 'string',
  startDate: 'string',
  endDate: 'string',
  publishedOn: 'string',
  /** How the date was obtained (see DATE_BASES in src/model); present only on dated records. */
  dateBasis: 'string',
  /** For a source article: its file in the article corpus. */
  sourceFile: 'string',
  aliases: 'stringList',
  sources: 'stringList',
} as const satisfies Record<string, AttributeType>;

export const EDGE_ATTRIBUTES = {
  label: 'string',
  type: 'string',
  role: 'string',
  startDate: 'string',
  endDate: 'string',
  dateBasis: 'string',
  sources: 'stringList',
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

type ValueOf<T extends AttributeType> = T extends 'int'
  ? number
  : T extends 'boolean'
    ? boolean
    : T extends 'stringList'
      ? readonly string[]
      : string;
/** Absent attributes are left out rather than set to empty, so every format omits them alike. */
type AttributesOf<Table extends Record<string, AttributeType>> = { [K in keyof Table]?: ValueOf<Table[K]> };

export type NodeAttributes = AttributesOf<typeof NODE_ATTRIBUTES> & { label: string; type: string };
export type EdgeAttributes = AttributesOf<typeof EDGE_ATTRIBUTES> & { label: string; type: string };
export type GraphAttributes = AttributesOf<typeof GRAPH_ATTRIBUTES> & { description: string; truncated: boolean };

/**
 * Joins list values (aliases, source ids) into one string for GraphML, which holds no lists.
 * No alias or id in the dataset contains it, so splitting on it gives the list back.
 */
export const LIST_SEPARATOR = '; ';

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/** An empty list is left out like any absent attribute. */
export function nonEmpty(values: readonly string[]): readonly string[] | undefined {
  return values.length > 0 ? values : undefined;
}
