/** Typed store errors; the API maps each code to a GraphQL error code. */
export class StoreError extends Error {
  constructor(readonly code: 'STORE_UNAVAILABLE' | 'STORE_FAILURE' | 'BAD_CURSOR', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export class StoreUnavailableError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}
