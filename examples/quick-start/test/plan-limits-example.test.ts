import { startEmulator } from '@blizwork/emulator';
import { describe, expect, it } from 'vitest';
import { markedSnippet, readme } from './readme-snippet.js';
import { planLimitsExample } from '../src/plan-limits-example.js';

describe('the README plan-limits example', () => {
  it('shows exactly the compiled example code', () => {
    expect(markedSnippet('plan-limits-example.ts').length).toBeGreaterThan(200);
    expect(readme).toContain(markedSnippet('plan-limits-example.ts'));
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
