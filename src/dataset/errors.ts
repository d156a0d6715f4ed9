/**
 * The one error the dataset reader throws: the seed files are not a valid dataset.
 * It carries every issue so callers (the CLI, the loader, tests) can render or inspect them all.
 */
import { formatIssue, type DatasetIssue } from './issue';

/** How many issue lines the message itself shows; `issues` always holds all of them. */
const LINES_IN_MESSAGE = 10;

export class DatasetValidationError extends Error {
  readonly code = 'INVALID_DATASET';

  constructor(readonly issues: readonly DatasetIssue[]) {
    super(describe(issues));
    this.name = 'DatasetValidationError';
  }
}

function describe(issues: readonly DatasetIssue[]): string {
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'} in the seed dataset`;
  const shown = issues.slice(0, LINES_IN_MESSAGE).map(formatIssue);
  const rest = issues.length - shown.length;
  return [`${count}:`, ...shown, ...(rest > 0 ? [`... and ${rest} more`] : [])].join('\n');
}
