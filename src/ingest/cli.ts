/**
 * `npm run ingest -- <article.txt> [--report-id report/<slug>] [--published YYYY[-MM[-DD]]]`: drafts sourced
 * seed records for one article into seed/drafts/<slug>/ for review. Never writes seed/data; on bad
 * input it prints an error naming the file and writes nothing.
 */
import * as path from 'node:path';
import { DEFAULT_SEED_DIR, PROJECT_ROOT, readDataset } from '../dataset';
import { displayPath } from '../dataset/project-root';
import { isEntityId, isPartialDate, entityTypeOfId } from '../model';
import { IngestError } from './errors';
import { ingestArticle } from './ingest-article';
import { knownGraphOf } from './known-graph';
import { readArticleFile } from './read-article';
import { writeDraft } from './write-draft';
import { runCli } from './run-cli';

export const DRAFTS_DIR = path.join(PROJECT_ROOT, 'seed', 'drafts');

interface Arguments {
  readonly file: string;
  readonly reportId?: string;
  readonly published?: string;
  readonly out?: string;
}

export function parseArguments(argv: readonly string[]): Arguments {
  let file: string | undefined;
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (['--report-id', '--published', '--out'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new IngestError('INGEST_USAGE', arg, 'needs a value');
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('--')) {
      throw new IngestError('INGEST_USAGE', arg, 'unknown option; the options are --report-id, --published and --out');
    } else if (file === undefined) file = arg;
    else throw new IngestError('INGEST_USAGE', arg, 'one article at a time');
  }
  if (file === undefined) throw new IngestError('INGEST_USAGE', 'ingest', 'usage: npm run ingest -- <article.txt> [--report-id report/<slug>] [--published YYYY[-MM[-DD]]]');
  const reportId = options['report-id'];
  if (reportId !== undefined && !(isEntityId(reportId) && entityTypeOfId(reportId) === 'Report')) {
    throw new IngestError('INGEST_BAD_ARGUMENT', '--report-id', `${JSON.stringify(reportId)} is not a report id (report/<lowercase-words-joined-by-hyphens>)`);
  }
  const published = options['published'];
  if (published !== undefined && !isPartialDate(published)) {
    throw new IngestError('INGEST_BAD_ARGUMENT', '--published', `${JSON.stringify(published)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const out = options['out'];
  if (out !== undefined && !path.relative(DEFAULT_SEED_DIR, path.resolve(out)).startsWith('..')) {
    throw new IngestError('INGEST_BAD_ARGUMENT', '--out', 'a draft never goes into seed/data; merge it with npm run ingest:merge');
  }
  return { file, ...(reportId ? { reportId } : {}), ...(published ? { published } : {}), ...(out ? { out } : {}) };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArguments(argv);
  const article = readArticleFile(args.file);
  const known = knownGraphOf(await readDataset());
  const draft = ingestArticle(article, known, args);
  const dir = args.out !== undefined ? path.resolve(args.out) : path.join(DRAFTS_DIR, draft.reportId.slice('report/'.length));
  writeDraft(draft, dir);
  const count = (name: string) => draft.files[name]?.length ?? 0;
  process.stdout.write(
    `Draft of ${draft.reportId} written to ${displayPath(dir)}: dated ${draft.articleDate.date} (${draft.articleDate.basis}), ` +
      `${draft.mentions.length} known entities, ${draft.candidates.length} new candidates, ${count('relations.json')} relations, ` +
      `${count('statistics.json')} figures, ${draft.dates.length} dates. Review ${displayPath(path.join(dir, 'REVIEW.md'))}.\n`,
  );
  return 0;
}

if (require.main === module) runCli('ingest', main);
