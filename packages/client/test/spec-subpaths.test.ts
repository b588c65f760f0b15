// The spec ships with the client: `@blizwork/client/openapi.yaml` and `/openapi.json` resolve, for a
// package that depends on the client, to the exact spec the client was generated from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoSpec = readFileSync(
  new URL('../../../spec/blizwork.openapi.yaml', import.meta.url),
  'utf8',
);
// A consumer: the SDK package, which depends on @blizwork/client like any application would.
const consumer = createRequire(new URL('../../sdk/package.json', import.meta.url));

describe('@blizwork/client spec subpaths', () => {
  it('@blizwork/client/openapi.yaml is the repository spec, byte for byte', () => {
    const file = consumer.resolve('@blizwork/client/openapi.yaml');
    expect(readFileSync(file, 'utf8')).toBe(repoSpec);
  });

  it('@blizwork/client/openapi.json is the same document as JSON', () => {
    const file = consumer.resolve('@blizwork/client/openapi.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(parse(repoSpec));
    // A JSON import by a consumer (require of .json) sees the same document.
    expect(consumer('@blizwork/client/openapi.json')).toEqual(parse(repoSpec));
  });

  it('are listed in the package exports and published files', () => {
    const manifest = consumer('@blizwork/client/package.json') as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(manifest.exports['./openapi.yaml']).toBe('./src/generated/openapi.yaml');
    expect(manifest.exports['./openapi.json']).toBe('./src/generated/openapi.json');
    // Only the two spec files of src/ are published (the code ships bundled in dist/).
    expect(manifest.files).toEqual(
      expect.arrayContaining(['src/generated/openapi.yaml', 'src/generated/openapi.json']),
    );
  });
});
