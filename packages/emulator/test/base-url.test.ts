import { describe, expect, it } from 'vitest';
import { baseUrlFor } from '../src/server/base-url.js';

describe('baseUrlFor', () => {
  it.each([
    ['127.0.0.1', 'http://127.0.0.1:3005'],
    ['localhost', 'http://localhost:3005'],
    ['0.0.0.0', 'http://127.0.0.1:3005'],
    ['::', 'http://[::1]:3005'],
    ['::1', 'http://[::1]:3005'],
  ])('gives a reachable URL when bound to %s', (host, url) => {
    expect(baseUrlFor(host, 3005)).toBe(url);
  });
});
