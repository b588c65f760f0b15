import { describe, expect, it } from 'vitest';
import { ResultCodes, startEmulator, type Emulator } from '../src/index.js';
import { parseCliArgs } from '../src/cli/cli-args.js';
import { operationPath } from './helpers/api-client.js';
import { acme, emulatorWith } from './helpers/use-emulator.js';

const appOrigin = 'http://localhost:5173';

const getCaseUrl = (emulator: Emulator) => emulator.url + operationPath('getCase', acme.token);

/** A browser's preflight for a JSON POST from `origin`. */
const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

/** A JSON POST sent as a page on `origin` would. */
const postFrom = (url: string, origin: string) =>
  fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ processId: 'sales-process', caseNumber: 1 }),
  });

describe('cors off (the default)', () => {
  const emulator = emulatorWith({});

  it('refuses writes from another origin and sends no CORS headers, so a page cannot read replies', async () => {
    const reply = await postFrom(getCaseUrl(emulator()), appOrigin);
    expect(reply.status).toBe(403);
    expect(await reply.json()).toMatchObject({ resultCode: ResultCodes.requestRefused });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await preflight(getCaseUrl(emulator()), appOrigin);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('cors: true', () => {
  const emulator = emulatorWith({ cors: true, dashboard: true });

  it('answers a preflight with 204 and the allowed method and headers', async () => {
    const answer = await preflight(getCaseUrl(emulator()), appOrigin);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
    expect(answer.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('lets any origin read API replies, including failures', async () => {
    const reply = await postFrom(getCaseUrl(emulator()), 'http://elsewhere.test');
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    const refused = await postFrom(
      emulator().url + operationPath('getCase', 'not-a-token'),
      appOrigin,
    );
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('never applies to the dashboard and admin API', async () => {
    const admin = `${emulator().url}/_emulator/`;
    const page = await fetch(admin, { headers: { origin: appOrigin } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await preflight(admin, appOrigin);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('cors: a list of origins', () => {
  const emulator = emulatorWith({ cors: [appOrigin] });

  it('echoes a listed origin and varies on it', async () => {
    const reply = await postFrom(getCaseUrl(emulator()), appOrigin);
    expect(reply.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(reply.headers.get('vary')).toBe('origin');
  });

  it('gives an unlisted origin no allow headers, even on a preflight', async () => {
    const reply = await postFrom(getCaseUrl(emulator()), 'http://evil.test');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await preflight(getCaseUrl(emulator()), 'http://evil.test');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('cors option and flags', () => {
  it('refuses an origin with a path, naming the expected form', async () => {
    await expect(startEmulator({ cors: ['http://localhost:5173/app'] })).rejects.toThrow(
      /cors origins look like 'http:\/\/localhost:5173'/,
    );
    await expect(startEmulator({ cors: 'yes' as never })).rejects.toThrow(TypeError);
  });

  it('parses --cors and --cors-origin, and refuses both together', () => {
    expect(parseCliArgs([])).toMatchObject({ cors: undefined });
    expect(parseCliArgs(['--cors'])).toMatchObject({ cors: true });
    expect(
      parseCliArgs(['--cors-origin', appOrigin, '--cors-origin', 'http://127.0.0.1:3000']),
    ).toMatchObject({ cors: [appOrigin, 'http://127.0.0.1:3000'] });
    expect(() => parseCliArgs(['--cors', '--cors-origin', appOrigin])).toThrow(/either --cors/);
  });
});
