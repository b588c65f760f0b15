import { startEmulator } from '@blizwork/emulator';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLimitsExample } from '../src/plan-limits-example.js';

const source = readFileSync(new URL('../src/plan-limits-example.ts', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The code between the markers, without its two-space function indentation. */
function markedSnippet(): string {
  const body = source.split('// readme:start\n')[1]?.split('  // readme:end')[0] ?? '';
  return body.replace(/^ {2}/gm, '').trim();
}

describe('the README plan-limits example', () => {
  it('shows exactly the compiled example code', () => {
    expect(markedSnippet().length).toBeGreaterThan(200);
    expect(readme).toContain(markedSnippet());
  });

  it('prints what its comments say when run against the emulator', async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const lines = await planLimitsExample(emulator.clientOptions);
      expect(lines).toEqual(['50/100, 0 failed', '100/100, 0 failed', '100 0']);
      expect(emulator.readTable('Productos')).toHaveLength(100);
    } finally {
      await emulator.close();
    }
  });
});
