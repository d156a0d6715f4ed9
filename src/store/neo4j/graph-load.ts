/**
 * Replaces the graph with a dataset, all or nothing, in transactions small enough for any heap:
 *
 * 1. The schema is ensured (schema commands cannot share a transaction with data), and nodes left
 *    by an earlier load that died part-way are deleted.
 * 2. The new graph is staged batch by batch, under labels (StagedEntity, StagedStatistic) that no
 *    reading statement matches, each batch checked against what Neo4j reports it wrote.
 * 3. One transaction swaps it in: the old graph's nodes lose the labels readers match and become
 *    Retired, the staged nodes gain them, and the graph version changes. It touches labels only,
 *    so its size does not grow with properties or relations. Neo4j shows a committing transaction
 *    to readers piece by piece, so a lease on the GraphVersion node, taken before and ended
 *    after in transactions of their own, tells readers to wait (executor.readSnapshot).
 * 4. The retired graph is deleted batch by batch.
 *
 * Readers see the old graph until step 3 commits and the new one after. A failure before that
 * leaves the old graph as it was (the staged nodes are deleted, or by the next load if the
 * connection is gone); a failure in step 4 leaves only unreachable nodes for the next load to delete.
 */
import { datasetVersion } from '../../model';
import type { Dataset, EntityType, RelationType } from '../../model';
import { ENTITY_TYPES } from '../../model';
import { StoreError } from '../errors';
import { GraphIntegrityError } from '../graph-integrity-error';
import type { LoadSummary } from '../port';
import { AWAIT_INDEXES, PROMOTE_ENTITIES, SCHEMA_COMMANDS, STAGE_RELATIONS, WRITES } from './cypher';
import { cypherInt, type CypherExecutor, type StatementRunner } from './executor';
import { entityToProps, relationToRow, statisticToProps } from './rows';
import type { Statement } from './statement';

/** Rows per UNWIND, and batches per staging transaction: each transaction holds at most 5,000 rows. */
const BATCH_SIZE = 1000;
const BATCHES_PER_TRANSACTION = 5;
/** Nodes deleted per transaction when clearing out staged or retired nodes. */
const DELETE_BATCH_SIZE = 5000;
/**
 * Readers wait while the lease runs (see executor.readSnapshot). The swap's transaction is aborted
 * by the server at half of it, so no swap can still be running when the lease ends.
 */
const SWAP_LEASE_SECONDS = 60;
/** How long the first load waits for new indexes to come online before it gives up. */
const INDEX_WAIT_SECONDS = 120;

export async function ensureSchema(executor: CypherExecutor): Promise<void> {
  for (const command of SCHEMA_COMMANDS) await executor.write((tx) => tx.run(command, {}));
  await executor.read((tx) => tx.run(AWAIT_INDEXES, { timeoutSeconds: cypherInt(INDEX_WAIT_SECONDS) }));
}

export interface LoadOptions {
  /** How long readers wait on a swap whose loader died (default 60 s); the swap's own timeout is half of it. */
  readonly swapLeaseSeconds?: number;
}

export async function replaceGraph(executor: CypherExecutor, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const leaseSeconds = options.swapLeaseSeconds ?? SWAP_LEASE_SECONDS;
  assertUniqueIds(dataset);
  await ensureSchema(executor);
  await deleteUnused(executor);
  try {
    await stage(executor, dataset);
  } catch (error) {
    // Best effort: if the server is gone, the next load deletes what was staged.
    await deleteUnused(executor).catch(() => undefined);
    throw error;
  }
  await executor.write((tx) => tx.run(WRITES.BEGIN_SWAP, { leaseSeconds: cypherInt(leaseSeconds) }));
  try {
    await swap(executor, dataset, (leaseSeconds * 1000) / 2);
  } finally {
    // Ends the lease whether the swap committed or not; readers waited on it either way.
    await executor.write((tx) => tx.run(WRITES.END_SWAP, {})).catch(() => undefined);
  }
  await deleteUnused(executor);
  return { entities: dataset.entities.length, relations: dataset.relations.length, statistics: dataset.statistics.length };
}

/** The one transaction that makes the staged graph the graph readers see. It changes labels only. */
async function swap(executor: CypherExecutor, dataset: Dataset, timeoutMs: number): Promise<void> {
  await executor.write(async (tx) => {
    await tx.run(WRITES.RETIRE_GRAPH, {});
    let entities = 0;
    for (const type of ENTITY_TYPES) entities += countOf(await tx.run(PROMOTE_ENTITIES[type], { type }), 'promoted');
    const statistics = countOf(await tx.run(WRITES.PROMOTE_STATISTICS, {}), 'promoted');
    // Another load staging at the same time would show here; throwing rolls the swap back.
    if (entities !== dataset.entities.length || statistics !== dataset.statistics.length) {
      throw new StoreError(
        'STORE_FAILURE',
        `load: the swap found ${entities} staged entities and ${statistics} staged statistics where ${dataset.entities.length} and ${dataset.statistics.length} were written (is another load running?); the previous graph was kept.`,
      );
    }
    await tx.run(WRITES.SET_GRAPH_VERSION, { version: datasetVersion(dataset) });
  }, timeoutMs);
}

async function stage(executor: CypherExecutor, dataset: Dataset): Promise<void> {
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  await inTransactions(executor, batches(dataset.entities.map(entityToProps)), (tx, rows) => writeCounted(tx, WRITES.STAGE_ENTITIES, rows, 'entities'));
  for (const [type, relations] of groupBy(dataset.relations, (r) => r.type)) {
    await inTransactions(executor, batches(relations), async (tx, batch) => {
      const [row] = await tx.run(STAGE_RELATIONS[type as RelationType], { rows: batch.map(relationToRow) });
      const written = new Set(row?.['written'] as string[]);
      const missing = batch.find((relation) => !written.has(relation.id));
      if (missing !== undefined) {
        const endpoint = entityIds.has(missing.from) ? 'to' : 'from';
        throw GraphIntegrityError.danglingRelation(missing.id, endpoint, missing[endpoint]);
      }
    });
  }
  await inTransactions(executor, batches(dataset.statistics.map(statisticToProps)), (tx, rows) => writeCounted(tx, WRITES.STAGE_STATISTICS, rows, 'statistics'));
}

/** Runs `write` on each batch, BATCHES_PER_TRANSACTION batches to a write transaction. */
async function inTransactions<T>(executor: CypherExecutor, all: T[][], write: (tx: StatementRunner, batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < all.length; start += BATCHES_PER_TRANSACTION) {
    const group = all.slice(start, start + BATCHES_PER_TRANSACTION);
    await executor.write(async (tx) => {
      for (const batch of group) await write(tx, batch);
    });
  }
}

function countOf(rows: readonly Record<string, unknown>[], column: string): number {
  return Number(rows[0]?.[column] ?? 0);
}

/** Writes node rows, checking that Neo4j wrote one node per row. */
async function writeCounted(tx: StatementRunner, statement: Statement<'rows'>, rows: readonly object[], what: string): Promise<void> {
  const [row] = await tx.run(statement, { rows });
  const written = row?.['written'];
  if (written !== rows.length) {
    throw new StoreError('STORE_FAILURE', `load: ${statement.name} wrote ${String(written)} of ${rows.length} ${what}; the load was abandoned and the previous graph kept.`);
  }
}

/** Deletes staged and retired nodes, a transaction per batch, until none is left. */
async function deleteUnused(executor: CypherExecutor): Promise<void> {
  for (;;) {
    const [row] = await executor.write((tx) => tx.run(WRITES.DELETE_UNUSED_BATCH, { batchSize: cypherInt(DELETE_BATCH_SIZE) }));
    if (Number(row?.['deleted'] ?? 0) === 0) return;
  }
}

/** Two records with one id would clash on the staged constraint; refuse before touching the graph. */
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

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) result.push(items.slice(start, start + BATCH_SIZE));
  return result;
}
