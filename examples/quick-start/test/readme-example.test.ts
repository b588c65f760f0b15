import { startEmulator } from '@blizwork/emulator';
import { describe, expect, it } from 'vitest';
import { markedSnippet, readme } from './readme-snippet.js';
import { readmeExample } from '../src/readme-example.js';

describe('the README quick start', () => {
  it('shows exactly the compiled example code', () => {
    expect(markedSnippet('readme-example.ts').length).toBeGreaterThan(200);
    expect(readme).toContain(markedSnippet('readme-example.ts'));
  });

  it('prints what its comments say when run against the emulator', async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const lines = await readmeExample(emulator.clientOptions);
      expect(lines).toEqual(['Initech qualification', '3 true', 'ACME,Globex,Initech']);
      expect(emulator.notifications).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });
});
