/**
 * Writes a draft directory: the seven seed files and REVIEW.md, the sheet the curator works through
 * (and the marker that tells seed:check the directory is a draft). Files are written whole and in a
 * fixed order, so ingesting the same article twice writes the same bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEED_FILE_NAMES } from '../dataset';
import type { Draft } from './ingest-article';
import { formatSeedFile } from './seed-json';

export const REVIEW_FILE = 'REVIEW.md';

export function writeDraft(draft: Draft, dir: string): void {
  mkdirSync(dir, { recursive: true });
  // A previous draft of the same article is replaced, not mixed with this one.
  for (const name of readdirSync(dir)) if (SEED_FILE_NAMES.includes(name) || name === REVIEW_FILE) rmSync(path.join(dir, name));
  for (const name of SEED_FILE_NAMES) writeFileSync(path.join(dir, name), formatSeedFile(draft.files[name] ?? []));
  writeFileSync(path.join(dir, REVIEW_FILE), reviewSheet(draft));
}

export function reviewSheet(draft: Draft): string {
  const count = (name: string) => (draft.files[name] ?? []).length;
  const lines = [
    `# Draft of ${draft.reportId}`,
    '',
    'Written by `npm run ingest`. Every record with a `review` field awaits a decision: correct it, write its',
    'description in our own words and remove the field, or delete the record. `npm run seed:check -- <this directory>`',
    'validates the draft; `npm run ingest:merge -- <this directory>` merges it into seed/data once no record awaits review.',
    '',
    `- Article date: ${draft.articleDate.date} (${draft.articleDate.basis})`,
    `- Known entities mentioned: ${draft.mentions.length}`,
    `- New entity candidates: ${draft.candidates.length}`,
    `- Relation candidates: ${count('relations.json')}`,
    `- Figures: ${count('statistics.json')}`,
    '',
    '## Known entities',
    '',
    '| id | paragraphs | new spellings |',
    '|---|---|---|',
    ...draft.mentions.map((m) => `| ${m.entity.id} | ${m.paragraphs.join(', ')} | ${m.newSpellings.join(', ')} |`),
    '',
    '## New entity candidates',
    '',
    '| type | name | paragraphs | confidence |',
    '|---|---|---|---|',
    ...draft.candidates.map((c) => `| ${c.type} | ${c.name} | ${c.paragraphs.join(', ')} | ${c.confidence.toFixed(2)} |`),
    '',
    '## Figures',
    '',
    '| id | metric | figure | qualifier | as of |',
    '|---|---|---|---|---|',
    ...(draft.files['statistics.json'] ?? []).map((s) => {
      const figure = s['value'] !== undefined ? String(s['value']) : `${s['low']} to ${s['high']}`;
      const asOf = typeof s['asOf'] === 'string' ? s['asOf'] : `relative to the article ${JSON.stringify(s['asOf'])}`;
      return `| ${s['id']} | ${s['metric']} | ${figure} | ${s['qualifier']} | ${asOf} |`;
    }),
    '',
    '## Dates',
    '',
    '| paragraph | date | basis |',
    '|---|---|---|',
    ...draft.dates.map((d) => `| ${d.paragraph} | ${d.resolved} | ${d.basis} |`),
    '',
  ];
  return lines.join('\n');
}
