/**
 * `npm run seed:check [dir]`: validates a seed directory (default seed/data) without touching a store,
 * and, where the article texts are on the machine, checks every cited paragraph against them.
 * Prints what the dataset holds and exits 0, or prints every issue to stderr and exits 1.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { DatasetValidationError, formatIssue, readDataset, summarize, type DatasetSummary } from '../src/dataset';
import { articlesDirectory } from '../src/dataset/article-text';
import { checkFidelity } from '../src/dataset/check-fidelity';
import { displayPath } from '../src/dataset/project-root';

/** The review sheet the ingest assistant writes into every draft directory. */
export const DRAFT_MARKER_FILE = 'REVIEW.md';

async function main(argv: readonly string[]): Promise<number> {
  const dir = argv[0] === undefined ? undefined : path.resolve(argv[0]);
  try {
    // A draft of the ingest assistant (src/ingest) holds REVIEW.md; its records may still carry review markers.
    const draft = dir !== undefined && existsSync(path.join(dir, DRAFT_MARKER_FILE));
    const dataset = await readDataset(dir, { draft });
    const shown = `${draft ? 'Draft' : 'Seed dataset'} in ${dir === undefined ? 'seed/data' : displayPath(dir)}`;
    const articles = articlesDirectory();
    if (articles !== undefined) {
      const { failures, checked } = checkFidelity(dataset, articles);
      if (failures.length > 0) {
        for (const failure of failures) process.stderr.write(`${failure}\n`);
        process.stderr.write(`\n${failures.length} of ${checked} paragraph citations do not hold against the article texts in ${displayPath(articles)}.\n`);
        return 1;
      }
    }
    const fidelity =
      articles === undefined
        ? 'The article texts are not here, so cited paragraphs were not read.'
        : checkFidelity(dataset, articles).checked === 0
          ? `No paragraph it cites is in the article texts of ${displayPath(articles)}.`
          : `Every cited paragraph holds against the article texts in ${displayPath(articles)}.`;
    process.stdout.write(`${shown} is valid. ${fidelity}\n\n${renderSummary(summarize(dataset))}`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    for (const issue of error.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`\n${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; the seed dataset is not valid.\n`);
    return 1;
  }
}

export function renderSummary(summary: DatasetSummary): string {
  const tables: Array<[string, Readonly<Record<string, number>>, number | undefined]> = [
    ['Entities by type', summary.entitiesByType, summary.entities],
    ['Entities by kind', summary.entitiesByKind, undefined],
    ['Relations by type', summary.relationsByType, summary.relations],
    ['Statistics by metric', summary.statisticsByMetric, summary.statistics],
  ];
  // One width for every table, so the counts line up down the whole report.
  const labels = tables.flatMap(([, counts]) => Object.keys(counts));
  const labelWidth = Math.max('total'.length, ...labels.map((label) => label.length));
  const counts = tables.flatMap(([, byKey, total]) => [...Object.values(byKey), total ?? 0]);
  const countWidth = Math.max(5, ...counts.map((count) => String(count).length));
  return tables.map(([title, byKey, total]) => table(title, byKey, total, labelWidth, countWidth)).join('\n');
}

/** A titled two-column table, counts right-aligned, with a total line when one is given. */
function table(title: string, counts: Readonly<Record<string, number>>, total: number | undefined, labelWidth: number, countWidth: number): string {
  const row = (label: string, count: number) => `  ${label.padEnd(labelWidth)} ${String(count).padStart(countWidth)}`;
  const lines = Object.entries(counts).map(([label, count]) => row(label, count));
  if (lines.length === 0) lines.push('  (none)');
  if (total !== undefined) lines.push(`  ${'-'.repeat(labelWidth + 1 + countWidth)}`, row('total', total));
  return `${title}\n${lines.join('\n')}\n`;
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
