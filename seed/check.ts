/**
 * `npm run seed:check [dir]`: validates a seed directory (default seed/data) without touching a store.
 * Prints what the dataset holds and exits 0, or prints every issue to stderr and exits 1.
 */
import * as path from 'node:path';
import { DatasetValidationError, formatIssue, readDataset, summarize, type DatasetSummary } from '../src/dataset';
import { displayPath } from '../src/dataset/project-root';

async function main(argv: readonly string[]): Promise<number> {
  const dir = argv[0] === undefined ? undefined : path.resolve(argv[0]);
  try {
    const dataset = await readDataset(dir);
    const shown = dir === undefined ? 'seed/data' : displayPath(dir);
    process.stdout.write(`Seed dataset in ${shown} is valid.\n\n${renderSummary(summarize(dataset))}`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    for (const issue of error.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`\n${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; the seed dataset is not valid.\n`);
    return 1;
  }
}

export function renderSummary(summary: DatasetSummary): string {
  return [
    table('Entities by type', summary.entitiesByType, summary.entities),
    table('Entities by kind', summary.entitiesByKind),
    table('Relations by type', summary.relationsByType, summary.relations),
    table('Statistics by metric', summary.statisticsByMetric, summary.statistics),
  ].join('\n');
}

/** A titled two-column table, counts right-aligned, with a total line when one is given. */
function table(title: string, counts: Readonly<Record<string, number>>, total?: number): string {
  const rows: Array<[string, number]> = Object.entries(counts);
  if (total !== undefined) rows.push(['total', total]);
  const labelWidth = Math.max(title.length, ...rows.map(([label]) => label.length + 2));
  const countWidth = Math.max(5, ...rows.map(([, count]) => String(count).length));
  const lines = rows.map(([label, count], i) => {
    const rule = total !== undefined && i === rows.length - 1 ? `  ${'-'.repeat(labelWidth - 2 + 1 + countWidth)}\n` : '';
    return `${rule}  ${label.padEnd(labelWidth - 2)} ${String(count).padStart(countWidth)}`;
  });
  return `${title}\n${lines.length > 0 ? lines.join('\n') : '  (none)'}\n`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`seed:check failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
