import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/server/redact-secrets.js';

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret with ***', () => {
    expect(redactSecrets('POST /exec/tok-1 then /init/tok-2/ and tok-1', ['tok-1', 'tok-2'])).toBe(
      'POST /exec/*** then /init/***/ and ***',
    );
  });
});
