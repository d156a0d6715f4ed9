/**
 * Export files on disk for the tests that hand them to outside programs (xmllint, Python readers):
 * the whole graph and a neighbourhood cut at a node limit, from the embedded store over the dataset.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph, type ExportFormat } from '../../src/export';
import type { Dataset } from '../../src/model';
import type { Subgraph } from '../../src/store/port';
import { realDataset } from '../api/harness';
import { openStore } from '../support/stores';

export const CENTER = 'org/tuidang-center';
export const DEPTH = 2;
/** Small enough that the neighbourhood of CENTER at DEPTH is truncated. */
export const LIMIT = 10;

export interface ExportFile {
  readonly path: string;
  /** What the file should hold. */
  readonly expected: Subgraph & { readonly center?: string; readonly depth?: number };
}

export interface ExportFiles {
  readonly dataset: Dataset;
  readonly dir: string;
  /** The whole graph and the truncated neighbourhood, in that order. */
  readonly files: (format: ExportFormat) => Promise<readonly [ExportFile, ExportFile]>;
  readonly remove: () => Promise<void>;
}

export async function openExportFiles(): Promise<ExportFiles> {
  const dataset = await realDataset();
  const store = await openStore('memory', dataset);
  const dir = await mkdtemp(join(tmpdir(), 'export-files-'));
  const neighborhood = await store.neighborhood(CENTER, { depth: DEPTH, limit: LIMIT });
  if (!neighborhood?.truncated) throw new Error(`the neighbourhood of ${CENTER} at depth ${DEPTH} should be cut at ${LIMIT} entities`);
  async function write(format: ExportFormat, center?: string): Promise<string> {
    const file = await exportGraph(store, { format, center, depth: center ? DEPTH : undefined }, LIMIT);
    if (!file) throw new Error(`no ${format} export of ${center}`);
    const path = join(dir, file.fileName);
    await writeFile(path, file.content);
    return path;
  }
  return {
    dataset,
    dir,
    files: async (format) => [
      { path: await write(format), expected: { nodes: dataset.entities, edges: dataset.relations, truncated: false } },
      { path: await write(format, CENTER), expected: { ...neighborhood, center: CENTER, depth: DEPTH } },
    ],
    remove: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
