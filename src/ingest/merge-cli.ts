/**
 * `npm run ingest:merge -- <draft-dir> [--into <seed-dir>] [--accept-pending]`: merges a reviewed draft
 * into seed/data (or --into), listing what was added, what gained sources or aliases, and every
 * conflict left for the curator. Writes nothing when the draft or the merged dataset is not valid.
 */
import * as path from 'node:path';
import { DEFAULT_SEED_DIR } from '../dataset';
import { displayPath } from '../dataset/project-root';
import { IngestError } from './errors';
import { mergeDraft } from './merge-draft';
import { runCli } from './run-cli';

async function main(argv: readonly string[]): Promise<number> {
  let draftDir: string | undefined;
  let into = DEFAULT_SEED_DIR;
  let acceptPending = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--into') {
      const value = argv[++i];
      if (value === undefined) throw new IngestError('INGEST_USAGE', '--into', 'needs a seed directory');
      into = path.resolve(value);
    } else if (arg === '--accept-pending') acceptPending = true;
    else if (arg.startsWith('--')) throw new IngestError('INGEST_USAGE', arg, 'unknown option; the options are --into and --accept-pending');
    else if (draftDir === undefined) draftDir = path.resolve(arg);
    else throw new IngestError('INGEST_USAGE', arg, 'one draft at a time');
  }
  if (draftDir === undefined) throw new IngestError('INGEST_USAGE', 'ingest:merge', 'usage: npm run ingest:merge -- <draft-dir> [--into <seed-dir>] [--accept-pending]');
  const result = await mergeDraft(draftDir, into, { acceptPending });
  process.stdout.write(
    `Merged ${displayPath(draftDir)} into ${displayPath(into)}: ${result.added.length} records added, ${result.updated.length} gained sources or aliases, ${result.conflicts.length} conflicts kept as they were.\n`,
  );
  for (const conflict of result.conflicts) process.stdout.write(`conflict: ${conflict}\n`);
  return 0;
}

if (require.main === module) runCli('ingest:merge', main);
