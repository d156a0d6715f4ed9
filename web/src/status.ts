/**
 * The page's message line: errors with a Retry button (the API being down must be visible and
 * recoverable) and notes such as "the neighbourhood was truncated".
 */
import { ApiError } from './api/client';
import { byId, el } from './dom';

export interface StatusLine {
  /** Shows why `action` failed and offers to run it again. */
  fail(what: string, error: unknown, retry: () => void): void;
  clearError(): void;
  /** Replaces the notes under the graph (truncation, cap). */
  notes(lines: readonly string[]): void;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError && error.kind === 'network') return 'The API cannot be reached. Check that the server is running.';
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function createStatusLine(): StatusLine {
  const banner = byId('banner');
  const notes = byId('notes');
  return {
    fail(what, error, retry) {
      const button = el('button', { type: 'button', className: 'retry', onclick: () => retry() }, 'Retry');
      banner.replaceChildren(el('span', {}, `${what} failed: ${describeError(error)} `), button);
      banner.hidden = false;
    },
    clearError() {
      banner.hidden = true;
      banner.replaceChildren();
    },
    notes(lines) {
      notes.replaceChildren(...lines.map((line) => el('p', {}, line)));
      notes.hidden = lines.length === 0;
    },
  };
}
