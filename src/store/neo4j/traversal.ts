/**
 * Neighbourhoods and shortest paths over the model's relation types, ignoring direction.
 * A neighbourhood is walked one breadth-first level per statement, inside one read transaction:
 * Cypher cannot take a variable-length bound as a parameter, and a single `[*1..n]` pattern
 * enumerates paths, which explodes around hubs; a level-by-level walk costs one indexed query per level.
 */
import { RELATION_TYPE_NAMES, type RelationType } from '../../model';
import type { NeighborhoodOptions, Path, PathsOptions, Subgraph } from '../port';
import { GRAPH, LOOKUPS, PATH_LENGTH_CEILING } from './cypher';
import { cypherInt, type CypherExecutor, type Row, type StatementRunner } from './executor';
import { entityFromProps, relationFromProps } from './rows';

/** Every relation type the model defines, unless the caller narrows them. */
function typesOf(types: readonly RelationType[] | undefined): readonly RelationType[] {
  return types ?? RELATION_TYPE_NAMES;
}

export function neighborhood(executor: CypherExecutor, centerId: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
  const types = typesOf(options.relationTypes);
  return executor.readSnapshot(async (tx) => {
    const distances = await distancesFrom(tx, centerId, options, types);
    if (distances === null) return null;
    const ordered = [...distances].sort(([a, da], [b, db]) => da - db || compareText(a, b)).map(([id]) => id);
    const kept = ordered.slice(0, Math.max(0, options.limit));
    const [entityRows, edgeRows] = [
      await tx.run(LOOKUPS.GET_ENTITIES, { ids: kept }),
      await tx.run(GRAPH.RELATIONS_AMONG, { ids: kept, types }),
    ];
    const byId = new Map(entityRows.map((row) => entityFromProps(row['entity'] as Row)).map((e) => [e.id, e]));
    return {
      nodes: kept.map((id) => byId.get(id)!),
      edges: edgeRows.map((row) => relationFromProps(row['relation'] as Row)),
      truncated: ordered.length > kept.length,
    };
  });
}

/**
 * Distance of each entity reached from the centre, level by level. It stops early once more
 * entities are known than the limit keeps: later levels are farther away and cannot displace them.
 */
async function distancesFrom(
  tx: StatementRunner,
  centerId: string,
  options: NeighborhoodOptions,
  types: readonly RelationType[],
): Promise<Map<string, number> | null> {
  const [center] = await tx.run(LOOKUPS.GET_ENTITIES, { ids: [centerId] });
  if (center === undefined) return null;
  const distances = new Map([[centerId, 0]]);
  let frontier = [centerId];
  for (let depth = 1; depth <= options.depth && frontier.length > 0 && distances.size <= options.limit; depth++) {
    const rows = await tx.run(GRAPH.NEIGHBOR_STEP, { frontier, visited: [...distances.keys()], types });
    frontier = rows.map((row) => row['id'] as string);
    for (const id of frontier) distances.set(id, depth);
  }
  return distances;
}

/**
 * The shortest paths ignoring direction, in canonical order (see port.ts). Paths longer than
 * PATH_LENGTH_CEILING are not searched (allShortestPaths needs a literal bound); far beyond the
 * diameter of a graph of news sources.
 */
export async function shortestPaths(executor: CypherExecutor, fromId: string, toId: string, options: PathsOptions): Promise<Path[]> {
  if (options.limit < 1) return [];
  if (fromId === toId) {
    // allShortestPaths refuses a path from a node to itself; the answer is the node alone.
    const [row] = await executor.readOne(LOOKUPS.GET_ENTITIES, { ids: [fromId] });
    return row === undefined ? [] : [{ nodes: [entityFromProps(row['entity'] as Row)], edges: [] }];
  }
  if (options.maxLength < 1) return [];
  const rows = await executor.readOne(GRAPH.SHORTEST_PATHS, {
    fromId,
    toId,
    types: typesOf(options.relationTypes),
    // The ends are never avoided (port.ts); without them the statement tests every node of a path.
    avoid: [...new Set(options.avoid ?? [])].filter((id) => id !== fromId && id !== toId),
    maxLength: cypherInt(Math.min(Math.floor(options.maxLength), PATH_LENGTH_CEILING)),
    limit: cypherInt(Math.floor(options.limit)),
  });
  return rows.map((row) => ({
    nodes: (row['nodes'] as Row[]).map(entityFromProps),
    edges: (row['edges'] as Row[]).map(relationFromProps),
  }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
