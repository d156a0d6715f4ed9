/** Structured JSON logs (pino). Tests pass a destination to read what the server logged. */
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'knowledge-graph-api' } }, destination);
}
