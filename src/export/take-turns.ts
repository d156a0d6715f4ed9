/**
 * Writing an export file is the one long synchronous step a request can have. Files are written
 * one at a time, each in an event-loop turn of its own, so that other requests (their I/O and
 * timers) run between them: twelve exports asked at once block the loop twelve short times, not
 * one long time. setImmediate callbacks queued together run in one check phase without I/O in
 * between, so each file waits for the previous one before it asks for its turn.
 */
let tail: Promise<unknown> = Promise.resolve();

export function takeTurn<T>(work: () => T): Promise<T> {
  const turn = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(work);
  tail = turn.catch(() => undefined);
  return turn;
}
