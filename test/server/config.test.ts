import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverConfigFrom, ServerConfigError } from '../../src/server/config';
import { PATH_SEARCH_CEILING } from '../../src/store/port';

describe('server configuration', () => {
  it('accepts MAX_PATH_LENGTH up to the longest path any store searches', () => {
    const config = serverConfigFrom({ MAX_PATH_LENGTH: String(PATH_SEARCH_CEILING) });
    assert.equal(config.limits.maxPathLength, PATH_SEARCH_CEILING);
  });

  it('refuses a MAX_PATH_LENGTH the stores would have to clamp, naming the variable', () => {
    assert.throws(
      () => serverConfigFrom({ MAX_PATH_LENGTH: String(PATH_SEARCH_CEILING + 1) }),
      (error: unknown) =>
        error instanceof ServerConfigError && error.variable === 'MAX_PATH_LENGTH' && error.message.includes(`1 to ${PATH_SEARCH_CEILING}`),
    );
  });
});
