import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { withDeepValue } from './helpers/deep-json.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const params = { to: 'ana@acme.test,bob@acme.test', userName: 'Ana', amount: 1.5 };

describe('sendNotification', () => {
  it('records the notification in the outbox when the body is valid', async () => {
    const reply = await fixture.api.call('sendNotification', {
      template: 'process-notification-hook',
      params,
    });
    expect(reply.body).toEqual({ resultCode: 0, resultMessage: 'OK' });
    expect(fixture.emulator.notifications).toEqual([
      {
        companyId: acme.companyId,
        template: 'process-notification-hook',
        params,
        receivedAt: expect.any(String),
      },
    ]);
  });

  it('keeps notifications in the order they arrived', async () => {
    await fixture.api.call('sendNotification', { template: 'first', params });
    await fixture.api.call('sendNotification', { template: 'second', params });
    expect(fixture.emulator.notifications.map((notification) => notification.template)).toEqual([
      'first',
      'second',
    ]);
  });

  it('hands out frozen copies so a test cannot change the outbox', async () => {
    await fixture.api.call('sendNotification', { template: 't', params });
    const outbox = fixture.emulator.notifications;
    expect(Object.isFrozen(outbox)).toBe(true);
    expect(Object.isFrozen(outbox[0]?.params)).toBe(true);
  });

  it('empties the outbox when the emulator is reset', async () => {
    await fixture.api.call('sendNotification', { template: 't', params });
    fixture.emulator.reset();
    expect(fixture.emulator.notifications).toEqual([]);
  });

  it('refuses with code 100 and records nothing when params.to is missing', async () => {
    const reply = await fixture.api.call('sendNotification', {
      template: 't',
      params: { userName: 'Ana' },
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.malformedRequest,
      resultMessage: 'params.to is required',
    });
    expect(fixture.emulator.notifications).toEqual([]);
  });
});

describe('sendNotification with an over-deep param', () => {
  it('refuses it with code 100, not HTTP 500, and records nothing', async () => {
    const body = withDeepValue(
      { template: 't', params: { to: 'a@b.test', deep: '<deep>' } },
      20_000,
    );
    const reply = await fixture.api.send('sendNotification', body);
    expect(reply.status).toBe(200);
    expect(reply.body.resultCode).toBe(ResultCodes.malformedRequest);
    expect(fixture.emulator.notifications).toEqual([]);
  });
});
