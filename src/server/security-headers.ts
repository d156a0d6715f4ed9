/**
 * Headers every response carries, and those of HTML pages (GraphiQL, the explorer): no MIME
 * sniffing, no framing, scripts and styles from this origin only (no inline code at all), and no
 * referrer leaking a page's query string to other sites.
 */
import type { ServerResponse } from 'node:http';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
}

export function setPageHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
}
