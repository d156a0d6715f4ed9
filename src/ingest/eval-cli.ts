/**
 * `npm run eval:ingest [-- --verbose] [--names-only]`: the leave-one-article-out evaluation of the ingest assistant,
 * printed as a Markdown table (see evaluate.ts for what is compared). Needs the article texts.
 */
import { readDataset } from '../dataset';
import { articlesDirectory } from '../dataset/article-text';
import { evaluateArticle, renderTable } from './evaluate';
import { runCli } from './run-cli';

async function main(argv: readonly string[]): Promise<number> {
  const dir = articlesDirectory();
  if (dir === undefined) {
    process.stderr.write('eval:ingest: the article texts are not on this machine (../shared/seeds, or set ARTICLES_DIR)\n');
    return 1;
  }
  const dataset = await readDataset();
  const articles = dataset.entities.filter((e) => e.type === 'Report' && e.sourceFile !== undefined).map((e) => e.id).sort();
  // --names-only: without the pairing of described entities (see evaluate.ts), to see what it adds.
  const rows = articles.map((id) => evaluateArticle(dataset, dir, id, { described: !argv.includes('--names-only') }));
  process.stdout.write(`${renderTable(rows)}\n`);
  if (argv.includes('--verbose')) {
    for (const row of rows) {
      process.stdout.write(`\n${row.reportId}\n  missed entities: ${row.missedEntities.join(', ') || 'none'}\n  missed figures: ${row.missedFigures.join(', ') || 'none'}\n  drafts matching nothing curated: ${row.unmatchedDrafts.join(', ') || 'none'}\n`);
    }
  }
  return 0;
}

if (require.main === module) runCli('eval:ingest', main);
