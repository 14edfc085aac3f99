import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../src/http/app';
import { LoginNonces } from '../src/http/login-nonces';
import { startServer } from '../src/server';
import { type TempSession, tempDir, tempSession } from './support/temp-context';

const TOKEN = 'test-token-login-0123456789abcdef';
const HOST = '127.0.0.1:4280';
const BASE = `http://${HOST}`;

let env: TempSession;
let webRoot: string;
beforeAll(() => {
  env = tempSession();
  webRoot = tempDir('furikaeri-web-');
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>furikaeri</title>');
});
afterAll(async () => {
  await env.cleanup();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

/** The app with a clock the test moves. */
function appAt(clock: { ms: number }) {
  const nonces = new LoginNonces(() => clock.ms);
  const app = createHttpApp(env.session, { token: TOKEN, allowedHosts: [HOST], webRoot, loginNonces: nonces });
  const open = (nonce: string) => app.request(`${BASE}/review?login=${nonce}`, { headers: { host: HOST } });
  return { nonces, open, app };
}

describe('the link the CLI opens carries a one-use nonce, never the session token', () => {
  it('a nonce logs in once: the session cookie, the nonce dropped from the address; a second use is refused', async () => {
    const { nonces, open, app } = appAt({ ms: 1_000 });
    const nonce = nonces.issue();
    expect(nonce).not.toContain(TOKEN);
    const first = await open(nonce);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/review');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`furikaeri_session=${TOKEN}`);
    expect(cookie).toMatch(/HttpOnly/);
    const withCookie = await app.request(`${BASE}/api/health`, {
      headers: { host: HOST, cookie: cookie.split(';')[0] ?? '' },
    });
    expect(withCookie.status).toBe(200);

    const again = await open(nonce);
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.json()).toMatchObject({
      code: 'forbidden',
      message: { ja: expect.stringContaining('使用済みか期限切れ'), en: expect.stringContaining('already used') },
    });
  });

  it('refuses an expired nonce, an unknown one and an empty one', async () => {
    const clock = { ms: 0 };
    const { nonces, open } = appAt(clock);
    const late = nonces.issue();
    const inTime = nonces.issue();
    clock.ms = 119_000;
    expect((await open(inTime)).status).toBe(303);
    clock.ms = 120_000;
    expect((await open(late)).status).toBe(403);
    expect((await open('A'.repeat(32))).status).toBe(403);
    expect((await open('')).status).toBe(403);
  });

  it('the real server issues a fresh nonce URL without the token; it works once', async () => {
    const server = await startServer(env.session, { port: 0 });
    try {
      const url = server.oneTimeLoginUrl();
      expect(url).not.toContain(server.token);
      expect(url).toMatch(new RegExp(`^${server.url}/\\?login=[A-Za-z0-9_-]{32}$`));
      expect(server.oneTimeLoginUrl()).not.toBe(url);
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(303);
      expect(first.headers.get('set-cookie')).toContain(`furikaeri_session=${server.token}`);
      expect((await fetch(url, { redirect: 'manual' })).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
