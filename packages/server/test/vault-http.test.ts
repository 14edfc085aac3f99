import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../src/http/app';
import { TEST_PASSPHRASE, type TempSession, tempSession } from './support/temp-context';

const HOST = '127.0.0.1:4280';
let env: TempSession;
let app: Hono;

beforeAll(() => {
  env = tempSession();
  app = createHttpApp(env.session, { token: 't0ken-for-tests', allowedHosts: [HOST], webRoot: '/nonexistent' });
});
afterAll(async () => {
  await env.cleanup();
});

function call(pathname: string, method = 'GET', body?: unknown) {
  return app.request(`http://${HOST}${pathname}`, {
    method,
    headers: { host: HOST, authorization: 'Bearer t0ken-for-tests', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('vault over HTTP', () => {
  it('answers 423 for the library until set up, then opens, locks and unlocks', async () => {
    expect(await json(await call('/api/vault'))).toEqual({ state: 'uninitialised', autoLockMinutes: 15 });
    expect((await call('/api/companies')).status).toBe(423);

    const weak = await call('/api/vault/setup', 'POST', { passphrase: '1234' });
    expect(weak.status).toBe(400);
    const setup = await call('/api/vault/setup', 'POST', { passphrase: TEST_PASSPHRASE });
    expect(setup.status).toBe(201);
    expect((await json<{ recoveryKey: string }>(setup)).recoveryKey).toMatch(/^[0-9A-Z-]{39}$/);
    expect((await call('/api/companies')).status).toBe(200);

    expect(await json(await call('/api/vault/lock', 'POST'))).toMatchObject({ state: 'locked' });
    const locked = await call('/api/events');
    expect(locked.status).toBe(423);
    expect((await json<{ code: string }>(locked)).code).toBe('locked');

    const wrong = await call('/api/vault/unlock', 'POST', { passphrase: 'ちがうパスフレーズ' });
    expect(wrong.status).toBe(403);
    expect((await json<{ message: { ja: string } }>(wrong)).message.ja).toBe('パスフレーズが違います');
    expect((await call('/api/vault/unlock', 'POST', { passphrase: TEST_PASSPHRASE })).status).toBe(200);
    expect((await call('/api/events')).status).toBe(200);
  });

  it('validates the auto-lock setting', async () => {
    expect((await call('/api/vault/settings', 'PUT', { autoLockMinutes: -1 })).status).toBe(400);
    expect(await json(await call('/api/vault/settings', 'PUT', { autoLockMinutes: 30 }))).toMatchObject({
      autoLockMinutes: 30,
    });
  });
});
