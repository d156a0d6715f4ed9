/**
 * Finished answers, kept by the request that asked for them and the graph version they were
 * computed on. The graph changes only when it is reloaded, so an answer stays right until the
 * version changes; then the whole cache is dropped, and no answer of an older graph is ever served.
 * Bounded by the bytes it holds, least recently used first out.
 */
export interface CachedAnswer {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private version: string | null = null;
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(version: string, key: string): CachedAnswer | undefined {
    if (version !== this.version) return undefined;
    const answer = this.entries.get(key);
    if (answer === undefined) return undefined;
    // Re-inserted, so the Map's insertion order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, answer);
    return answer;
  }

  set(version: string, key: string, answer: CachedAnswer): void {
    if (version !== this.version) this.reset(version);
    const size = sizeOf(key, answer);
    if (size > this.maxBytes / 4) return; // one answer may not push out most of the others
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= sizeOf(key, old);
    this.entries.delete(key);
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
    }
  }

  /** Entries and bytes held, for logs and tests. */
  get size(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private reset(version: string): void {
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}

/** Characters as bytes: a close enough measure for a bound (the answers are mostly ASCII JSON). */
function sizeOf(key: string, answer: CachedAnswer): number {
  return key.length + answer.body.length + answer.etag.length + 64;
}
