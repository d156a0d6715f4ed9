/**
 * Replaces the graph with a dataset, all or nothing: the schema is ensured first (schema commands
 * cannot share a transaction with data), then one write transaction deletes the old graph and
 * writes every record in batches. Each batch is checked against what Neo4j reports it wrote;
 * any shortfall throws inside the transaction, which rolls it back and leaves the old graph in place.
 */
import type { Dataset, EntityType, RelationType } from '../../model';
import { StoreError } from '../errors';
import { GraphIntegrityError } from '../graph-integrity-error';
import type { LoadSummary } from '../port';
import { AWAIT_INDEXES, MERGE_ENTITIES, MERGE_RELATIONS, SCHEMA_COMMANDS, WRITES } from './cypher';
import { cypherInt, type CypherExecutor, type StatementRunner } from './executor';
import { entityToProps, relationToRow, statisticToProps } from './rows';

/** Rows per UNWIND: large enough to need few round trips, small enough to keep each message modest. */
const BATCH_SIZE = 500;
/** How long the first load waits for new indexes to come online before it gives up. */
const INDEX_WAIT_SECONDS = 120;

export async function ensureSchema(executor: CypherExecutor): Promise<void> {
  for (const command of SCHEMA_COMMANDS) await executor.write((tx) => tx.run(command, {}));
  await executor.read((tx) => tx.run(AWAIT_INDEXES, { timeoutSeconds: cypherInt(INDEX_WAIT_SECONDS) }));
}

export async function replaceGraph(executor: CypherExecutor, dataset: Dataset): Promise<LoadSummary> {
  assertUniqueIds(dataset);
  await ensureSchema(executor);
  return executor.write(async (tx) => {
    await tx.run(WRITES.DELETE_GRAPH, {});
    const entityIds = new Set(dataset.entities.map((e) => e.id));
    for (const [type, entities] of groupBy(dataset.entities, (e) => e.type)) {
      await writeCounted(tx, MERGE_ENTITIES[type as EntityType], entities.map(entityToProps), `${type} entities`);
    }
    for (const [type, relations] of groupBy(dataset.relations, (r) => r.type)) {
      for (const batch of batches(relations)) {
        const [row] = await tx.run(MERGE_RELATIONS[type as RelationType], { rows: batch.map(relationToRow) });
        const written = new Set(row?.['written'] as string[]);
        const missing = batch.find((relation) => !written.has(relation.id));
        if (missing !== undefined) {
          const endpoint = entityIds.has(missing.from) ? 'to' : 'from';
          throw GraphIntegrityError.danglingRelation(missing.id, endpoint, missing[endpoint]);
        }
      }
    }
    await writeCounted(tx, WRITES.MERGE_STATISTICS, dataset.statistics.map(statisticToProps), 'statistics');
    return { entities: dataset.entities.length, relations: dataset.relations.length, statistics: dataset.statistics.length };
  });
}

/** Writes node rows batch by batch, checking that Neo4j wrote one node per row. */
async function writeCounted(tx: StatementRunner, statement: typeof WRITES.MERGE_STATISTICS, rows: readonly object[], what: string): Promise<void> {
  for (const batch of batches(rows)) {
    const [row] = await tx.run(statement, { rows: batch });
    const written = row?.['written'];
    if (written !== batch.length) {
      throw new StoreError('STORE_FAILURE', `load: ${statement.name} wrote ${String(written)} of ${batch.length} ${what}; the load was rolled back.`);
    }
  }
}

/** MERGE on a repeated id would fold two records into one node; refuse before touching the graph. */
function assertUniqueIds(dataset: Dataset): void {
  const seen = new Set<string>();
  for (const { id } of [...dataset.entities, ...dataset.relations, ...dataset.statistics]) {
    if (seen.has(id)) throw GraphIntegrityError.duplicateId(id);
    seen.add(id);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE);
}
