// File content encoding for uploadFile: base64 of the bytes; a string is text (UTF-8).
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../src/resources/files.js';

describe('toBase64', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);

  it.each<[string, () => Parameters<typeof toBase64>[0], string]>([
    [
      'text as UTF-8',
      () => 'Código ñandú ✓',
      Buffer.from('Código ñandú ✓', 'utf8').toString('base64'),
    ],
    ['a Uint8Array larger than one chunk', () => bytes, Buffer.from(bytes).toString('base64')],
    ['a Buffer', () => Buffer.from('hi'), 'aGk='],
    [
      'an ArrayBuffer',
      () => bytes.slice(0, 3).buffer,
      Buffer.from(bytes.slice(0, 3)).toString('base64'),
    ],
    ['a Blob', () => new Blob(['blob text']), Buffer.from('blob text').toString('base64')],
    ['an empty string', () => '', ''],
  ])('encodes %s', async (_label, content, expected) => {
    expect(await toBase64(content())).toBe(expected);
  });

  it('rejects anything else with a TypeError', async () => {
    await expect(toBase64(42 as unknown as string)).rejects.toThrow(TypeError);
  });
});
