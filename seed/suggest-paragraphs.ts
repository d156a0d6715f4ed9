/**
 * `npm run seed:suggest-paragraphs [--text] [--file relations.json] [--id <id>]`: a curator's aid. For every
 * article citation of seed/data that names no paragraphs, lists the paragraphs that could carry it, found
 * with the fidelity check's own matching (src/dataset/article-text.ts). It proposes, never decides: a
 * paragraph that only names both ends of a relation may not state it, so each proposal is read before
 * its number is written into the seed. With --text it prints the candidate paragraphs to the terminal for
 * that reading; nothing is written anywhere.
 */
import * as path from 'node:path';
import { DEFAULT_SEED_DIR, readDataset, readSeedDirectory } from '../src/dataset';
import { articlesDirectory, foldForMatching, readArticle } from '../src/dataset/article-text';
import { mentionTest } from '../src/dataset/check-fidelity';
import { deriveRelationId, type Dataset, type EntityRecord, type ReportRecord } from '../src/model';

/** One article citation without paragraphs, and where it could be placed. */
export interface Gap {
  readonly file: string;
  readonly id: string;
  readonly report: string;
  /** Paragraphs that satisfy the fidelity rule alone: name or alias (an event: or what it involves), both ends (relation). */
  readonly direct: readonly number[];
  /** Pairs of neighbouring paragraphs that together mention both ends of a relation (a pronoun across them). */
  readonly pairs: readonly (readonly [number, number])[];
  /** For an entity no paragraph mentions: paragraphs naming an entity linked to it by any relation (not citable as is). */
  readonly linked: readonly number[];
}

type Raw = Record<string, unknown>;

/** The article citations of each seed file that give no paragraphs, with their candidate paragraphs. */
export function findGaps(files: Readonly<Record<string, unknown>>, dataset: Dataset, articlesDir: string): Gap[] {
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const articles = new Map<string, string[]>();
  for (const report of dataset.entities.filter((e): e is ReportRecord => e.type === 'Report' && e.sourceFile !== undefined)) {
    articles.set(report.id, readArticle(articlesDir, report.sourceFile!).map(foldForMatching));
  }
  const mentioned = mentionTest(dataset);
  const numbersWhere = (report: string, test: (text: string) => boolean) =>
    (articles.get(report) ?? []).flatMap((text, i) => (test(text) ? [i + 1] : []));
  const neighbours = new Map<string, Set<string>>();
  for (const relation of dataset.relations) {
    for (const [a, b] of [[relation.from, relation.to], [relation.to, relation.from]] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }
  const gaps: Gap[] = [];
  for (const [file, records] of Object.entries(files)) {
    if (file === 'statistics.json' || !Array.isArray(records)) continue;
    for (const record of records as Raw[]) {
      const id = recordId(record);
      const sources = Array.isArray(record['sources']) ? record['sources'] : [];
      for (const report of sources.filter((s): s is string => typeof s === 'string' && articles.has(s))) {
        if (file === 'relations.json') {
          const [from, to] = [String(record['from']), String(record['to'])];
          const named = (t: string, end: string) => mentioned(t, end, report, id);
          const direct = numbersWhere(report, (t) => named(t, from) && named(t, to));
          const texts = articles.get(report)!;
          const pairs = texts.slice(1).flatMap((t, i) => {
            const [a, b] = [texts[i]!, t];
            const covers = (named(a, from) || named(b, from)) && (named(a, to) || named(b, to));
            return covers && !direct.includes(i + 1) && !direct.includes(i + 2) ? [[i + 1, i + 2] as const] : [];
          });
          gaps.push({ file, id, report, direct, pairs, linked: [] });
        } else {
          const direct = numbersWhere(report, (t) => mentioned(t, id, report));
          const others = [...(neighbours.get(id) ?? [])].filter((other) => !articles.has(other));
          const linked = direct.length > 0 ? [] : numbersWhere(report, (t) => others.some((other) => mentioned(t, other, report)));
          gaps.push({ file, id, report, direct, pairs: [], linked });
        }
      }
    }
  }
  return gaps;
}

function recordId(record: Raw): string {
  if (typeof record['id'] === 'string') return record['id'];
  return deriveRelationId(String(record['from']), String(record['type']), String(record['to']));
}

function describe(gap: Gap, entities: ReadonlyMap<string, EntityRecord>): string {
  const label = (id: string) => `${id} "${entities.get(id)?.name ?? '?'}"`;
  const parts = [`¶ ${gap.direct.join(' ') || '-'}`];
  if (gap.pairs.length > 0) parts.push(`pairs ${gap.pairs.map(([a, b]) => `${a}+${b}`).join(' ')}`);
  if (gap.linked.length > 0) parts.push(`via linked ${gap.linked.join(' ')}`);
  return `${gap.file} ${gap.id} in ${gap.report}${entities.has(gap.id) ? ` (${label(gap.id)})` : ''}: ${parts.join('; ')}`;
}

async function main(argv: readonly string[]): Promise<number> {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  const articlesDir = articlesDirectory();
  if (articlesDir === undefined) {
    process.stderr.write('seed:suggest-paragraphs: the article texts are not here (../shared/seeds, or set ARTICLES_DIR).\n');
    return 1;
  }
  const dataset = await readDataset();
  const { files } = await readSeedDirectory(DEFAULT_SEED_DIR);
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const texts = new Map(
    dataset.entities
      .filter((e): e is ReportRecord => e.type === 'Report' && e.sourceFile !== undefined)
      .map((report) => [report.id, readArticle(articlesDir, report.sourceFile!)]),
  );
  const gaps = findGaps(files, dataset, articlesDir).filter(
    (gap) => (option('--file') ?? gap.file) === gap.file && (option('--id') ?? gap.id) === gap.id,
  );
  for (const gap of gaps) {
    process.stdout.write(`${describe(gap, entities)}\n`);
    if (!argv.includes('--text')) continue;
    const shown = [...new Set([...gap.direct, ...gap.pairs.flat(), ...gap.linked])].sort((a, b) => a - b);
    for (const n of shown) process.stdout.write(`    ¶${n}: ${texts.get(gap.report)?.[n - 1]?.replace(/\s+/g, ' ')}\n`);
  }
  const byFile = new Map<string, number>();
  for (const gap of gaps) byFile.set(gap.file, (byFile.get(gap.file) ?? 0) + 1);
  const counts = [...byFile].map(([file, count]) => `${path.basename(file, '.json')} ${count}`).join(', ');
  process.stdout.write(`\n${gaps.length} article citations without paragraphs${counts === '' ? '' : ` (${counts})`}.\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`seed:suggest-paragraphs failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
