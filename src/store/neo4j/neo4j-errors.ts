/**
 * Maps driver failures to the store's typed errors, so that the API can tell "the database is
 * not there" (STORE_UNAVAILABLE, retry later) from "this statement failed" (STORE_FAILURE, a bug).
 */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { StoreError, StoreUnavailableError } from '../errors';

/** Codes that mean the database could not be reached or used at all, whatever the statement. */
function isUnavailable(code: string): boolean {
  return (
    code === driverErrors.SERVICE_UNAVAILABLE ||
    code === driverErrors.SESSION_EXPIRED ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    // Still transient after the managed transaction's retries ran out (a leader switch, a restart).
    code.startsWith('Neo.TransientError.')
  );
}

/** Wrong password, expired credentials, rate limit: the store is unusable until someone fixes the config. */
function isAuthFailure(code: string): boolean {
  return code.startsWith('Neo.ClientError.Security.');
}

export interface ErrorContext {
  /** Where the driver points, with no credentials. */
  readonly uri: string;
  readonly database: string;
  /** The statement that was running, when one was. */
  readonly statement?: string;
}

export function toStoreError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof StoreError || !(error instanceof Neo4jError)) return error;
  const target = `Neo4j at ${context.uri} (database "${context.database}")`;
  const during = context.statement === undefined ? '' : ` while running ${context.statement}`;
  if (isAuthFailure(error.code)) {
    return new StoreUnavailableError(`${target} refused the credentials${during} (${error.code}); check NEO4J_USER and NEO4J_PASSWORD.`, { cause: error });
  }
  if (isUnavailable(error.code)) {
    return new StoreUnavailableError(`${target} is unavailable${during} (${error.code}): ${error.message}`, { cause: error });
  }
  return new StoreError('STORE_FAILURE', `${target} failed${during} (${error.code}): ${error.message}`, { cause: error });
}
