/**
 * Validates the contents of the seven seed files, already parsed, and builds the canonical Dataset.
 * Every problem is collected before deciding, so one run shows the data author all of them.
 */
import * as path from 'node:path';
import type { Dataset } from '../model';
import { buildEntity } from './build-entity';
import { buildRelation, expandShorthands, type DraftRelation } from './build-relation';
import { buildStatistic } from './build-statistic';
import { checkRecord, type CheckedRecord } from './check-fields';
import { describeValue } from './field-rules';
import { checkAcyclicRelations } from './check-cycles';
import { checkRecordRules } from './check-record-rules';
import { checkStatisticDates } from './check-statistic-dates';
import { checkEvidence } from './check-evidence';
import { resolveRelativeDates } from './resolve-dates';
import { checkReferences } from './check-references';
import { checkStatisticFigure } from './check-statistic';
import { DatasetValidationError } from './errors';
import { indexIds, type IdClaim } from './id-index';
import type { DatasetIssue } from './issue';
import { DEFAULT_SEED_DIR, displayPath } from './project-root';
import { SEED_FILES } from './seed-files';

/** Parsed JSON of each seed file, by file name (`people.json`). */
export type SeedFileContents = Readonly<Record<string, unknown>>;

export interface ValidateOptions {
  /** The directory the files came from; issues name files under it. Defaults to seed/data. */
  readonly dir?: string;
  /**
   * The files are a draft for review (seed/drafts, see src/ingest): records may carry a `review`
   * marker. In the dataset itself a marker is an issue, so nothing unreviewed is loaded.
   */
  readonly draft?: boolean;
}

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

export function validateSeedFiles(files: SeedFileContents, options: ValidateOptions = {}): ValidationResult {
  const dir = options.dir ?? DEFAULT_SEED_DIR;
  const issues: DatasetIssue[] = [];
  const { checked, everyFileUsable } = checkFiles(files, dir, issues);
  if (!options.draft) checkNoReviewMarkers(checked, issues);

  const relations: DraftRelation[] = [
    ...checked.flatMap(expandShorthands),
    ...checked.filter((record) => record.spec.holds === 'Relation').map(buildRelation),
  ];
  const ids = indexIds([...ownIdClaims(checked), ...relationIdClaims(relations)], issues);
  // Without one of the files, every id that lives in it would be reported as unknown: noise that
  // hides the real problem, which is already reported.
  if (everyFileUsable) {
    checkReferences(checked.flatMap((record) => record.references), ids, issues);
    resolveRelativeDates(checked, issues);
    checkAcyclicRelations(relations, ids, issues);
    checkStatisticDates(checked, issues);
    checkEvidence(checked, issues);
  }

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: assemble(checked, relations), issues: [] };
}

/** The canonical Dataset, or DatasetValidationError carrying every issue. */
export function datasetFromSeedFiles(files: SeedFileContents, options: ValidateOptions = {}): Dataset {
  const result = validateSeedFiles(files, options);
  if (!result.ok) throw new DatasetValidationError(result.issues);
  return result.dataset;
}

function checkFiles(files: SeedFileContents, dir: string, issues: DatasetIssue[]): { checked: CheckedRecord[]; everyFileUsable: boolean } {
  const checked: CheckedRecord[] = [];
  let everyFileUsable = true;
  for (const spec of SEED_FILES) {
    const file = displayPath(path.join(dir, spec.name));
    const content = files[spec.name];
    if (content === undefined) {
      issues.push({ file, message: 'file is missing; every seed directory holds all seven files (an empty one is [])' });
      everyFileUsable = false;
      continue;
    }
    if (!Array.isArray(content)) {
      issues.push({ file, message: `expected a JSON array of records, got ${describeValue(content)}` });
      everyFileUsable = false;
      continue;
    }
    content.forEach((raw: unknown, index) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        issues.push({ file, record: `#${index}`, message: `expected a record object, got ${describeValue(raw)}` });
        return;
      }
      const fields = raw as Readonly<Record<string, unknown>>;
      const record = checkRecord(spec, fields, index, file, issues);
      checkRecordRules(fields, record, issues);
      if (spec.holds === 'Statistic') checkStatisticFigure(fields, record, issues);
      checked.push(record);
    });
  }
  return { checked, everyFileUsable };
}

function checkNoReviewMarkers(checked: readonly CheckedRecord[], issues: DatasetIssue[]): void {
  for (const record of checked) {
    if (record.values.has('review')) {
      issues.push({
        ...record.origin,
        field: 'review',
        message: 'is a draft\'s "needs review" marker; review the record and remove the marker before it enters the dataset (a draft directory, with REVIEW.md, may keep it)',
      });
    }
  }
}

function ownIdClaims(checked: readonly CheckedRecord[]): IdClaim[] {
  return checked.flatMap((record): IdClaim[] =>
    record.id === undefined || record.spec.holds === 'Relation'
      ? []
      : [{ id: record.id, category: record.spec.holds, origin: record.origin, index: record.index, derived: false }],
  );
}

function relationIdClaims(relations: readonly DraftRelation[]): IdClaim[] {
  return relations.flatMap((relation): IdClaim[] =>
    relation.id === undefined
      ? []
      : [{ id: relation.id, category: 'Relation', origin: relation.origin, index: relation.index, derived: relation.derived }],
  );
}

/** Only called without issues, when every record built; a record that did not would be a checker bug. */
function assemble(checked: readonly CheckedRecord[], relations: readonly DraftRelation[]): Dataset {
  const entities = checked.filter((record) => record.spec.holds !== 'Relation' && record.spec.holds !== 'Statistic');
  const statistics = checked.filter((record) => record.spec.holds === 'Statistic');
  return {
    entities: entities.map((record) => built(buildEntity(record), record.origin.record)),
    relations: relations.map((relation) => built(relation.record, relation.origin.record)),
    statistics: statistics.map((record) => built(buildStatistic(record), record.origin.record)),
  };
}

function built<T>(record: T | undefined, label: string | undefined): T {
  if (record === undefined) throw new Error(`invariant: record ${label} passed every check but did not build`);
  return record;
}
