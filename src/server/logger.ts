/**
 * Structured JSON logs (pino). Tests pass a destination to read what the server logged.
 * Stdout is written synchronously: the server logs little per request, and a shutdown that
 * ends in process.exit must not lose its last lines.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  return pino({ level, base: { service: 'knowledge-graph-api' } }, destination);
}
