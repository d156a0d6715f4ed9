/** Small helpers for node:http: read a bounded body, send JSON or text, recognise a media type. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLargeError extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`the request body is larger than the maximum of ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The body as text, at most maxBytes. A Content-Length above the maximum is refused before any of
 * the body is read; a body that grows past it while streaming (chunked) stops being read at once.
 * Either way the caller answers 413 and the connection is closed rather than drained.
 * Events rather than `for await`: the async iterator costs measurably per request under load.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new BodyTooLargeError(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.pause();
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Answers 413 and closes the connection afterwards, so the rest of an oversized body is never read. */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, body: unknown): void {
  res.setHeader('connection', 'close');
  res.on('finish', () => req.socket.destroy());
  sendJson(res, 413, body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': cache });
  res.end(body);
}

/** The media type of a Content-Type header, lower-cased and without parameters ("APPLICATION/JSON; charset=x" is application/json). */
export function mediaType(header: string | undefined): string | undefined {
  const essence = header?.split(';')[0]?.trim().toLowerCase();
  return essence === '' ? undefined : essence;
}
