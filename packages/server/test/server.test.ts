import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server';
import { type TempSession, tempSession } from './support/temp-context';

let env: TempSession;
beforeAll(() => {
  env = tempSession();
});
afterAll(async () => {
  await env.cleanup();
});

describe('local server', () => {
  it('listens on 127.0.0.1 only and prints a login URL carrying the token', async () => {
    const server = await startServer(env.session, { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.loginUrl).toBe(`${server.url}/?token=${server.token}`);
      expect(server.token.length).toBeGreaterThanOrEqual(32);
      const health = await fetch(`${server.url}/api/health`, { headers: { authorization: `Bearer ${server.token}` } });
      expect(await health.json()).toMatchObject({ ok: true });
      const noToken = await fetch(`${server.url}/api/health`);
      expect(noToken.status).toBe(401);
      // A fresh library starts with no vault: the page is told to set a passphrase.
      const vault = await fetch(`${server.url}/api/vault`, { headers: { authorization: `Bearer ${server.token}` } });
      expect(await vault.json()).toMatchObject({ state: 'uninitialised' });
    } finally {
      await server.close();
    }
  });

  it('says clearly when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startServer(env.session, { port })).rejects.toMatchObject({
        code: 'conflict',
        userMessage: { ja: expect.stringContaining(`ポート ${port} は使用中`) },
      });
    } finally {
      blocker.close();
    }
  });

  it('refuses to listen on a non-loopback address without the explicit flag', async () => {
    await expect(startServer(env.session, { port: 0, host: '0.0.0.0' })).rejects.toMatchObject({ code: 'validation' });
  });
});
