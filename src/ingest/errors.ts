/**
 * The one error the ingest assistant throws: typed by a code, naming the file or argument at fault,
 * so the command line can print it and exit without writing anything.
 */
export type IngestErrorCode =
  | 'INGEST_USAGE'
  | 'INGEST_UNREADABLE'
  | 'INGEST_EMPTY'
  | 'INGEST_NOT_UTF8'
  | 'INGEST_BINARY'
  | 'INGEST_NOT_ENGLISH'
  | 'INGEST_BAD_ARGUMENT'
  | 'INGEST_UNDATED'
  | 'INGEST_INVALID_DRAFT'
  | 'INGEST_MERGE_REFUSED';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    /** The file or argument the problem is about. */
    readonly subject: string,
    reason: string,
  ) {
    super(`${subject}: ${reason}`);
    this.name = 'IngestError';
  }
}
