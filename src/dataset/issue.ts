/**
 * One problem found in the seed files, and the single line it renders as.
 * Issues are collected, never thrown one by one, so a data author sees every problem in one run.
 */
export interface DatasetIssue {
  /** The file, relative to the project root when it lies inside it (`seed/data/people.json`). */
  readonly file: string;
  /** The record's id, or `#<index>` when it has no usable id; absent for problems with the whole file. */
  readonly record?: string;
  readonly field?: string;
  readonly message: string;
}

/** `seed/data/people.json: record "person/x" field "sources": points at unknown id "report/nope"` */
export function formatIssue(issue: DatasetIssue): string {
  const record = issue.record === undefined ? '' : ` record ${JSON.stringify(issue.record)}`;
  const field = issue.field === undefined ? '' : ` field ${JSON.stringify(issue.field)}`;
  return `${issue.file}:${record}${field}${record || field ? ':' : ''} ${issue.message}`;
}

/** Where in the seed files a value came from: enough to render an issue about it. */
export interface Origin {
  readonly file: string;
  readonly record?: string;
  readonly field?: string;
}

export function issueAt(origin: Origin, message: string): DatasetIssue {
  return { ...origin, message };
}
