import { describe, expect, it } from 'vitest';
import { resolvePublicUrl } from '../../src/extension/public-url.js';

const request = new Request('http://10.0.0.5:8080/hooks/won?x=1', {
  method: 'POST',
  headers: {
    'x-forwarded-proto': 'https, http',
    'x-forwarded-host': 'hooks.example.com',
    'x-forwarded-port': '443',
  },
});

describe('resolvePublicUrl', () => {
  it('uses the request URL and ignores X-Forwarded-* by default', () => {
    expect(resolvePublicUrl(request, {})).toBe('http://10.0.0.5:8080/hooks/won?x=1');
  });
  it('honours X-Forwarded-* when trustProxy is set', () => {
    expect(resolvePublicUrl(request, { trustProxy: true })).toBe(
      'https://hooks.example.com/hooks/won?x=1',
    );
  });
  it('prefers an explicit publicUrl', () => {
    expect(resolvePublicUrl(request, { publicUrl: 'https://a.test/h', trustProxy: true })).toBe(
      'https://a.test/h',
    );
  });
  it('ignores a forwarded protocol other than http or https', () => {
    const odd = new Request('http://h.test/x', { headers: { 'x-forwarded-proto': 'javascript' } });
    expect(resolvePublicUrl(odd, { trustProxy: true })).toBe('http://h.test/x');
  });
});
