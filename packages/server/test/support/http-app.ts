import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import type { AppContext } from '../../src/app-context';
import { createHttpApp } from '../../src/http/app';
import type { LibrarySession } from '../../src/vault/library-session';
import { TEST_PASSPHRASE, type TempSession, tempDir, tempSession } from './temp-context';

const TOKEN = 'test-token-http-0123456789abcdef';
const HOST = '127.0.0.1:4280';

export type CallInit = RequestInit & { json?: unknown };

export interface HttpTestApp {
  session: LibrarySession;
  /** The context right after unlocking; tests that lock and unlock take `session.require()` again. */
  ctx: AppContext;
  app: Hono;
  /** A request as the page sends it (token, loopback Host), without opening a port; `json` sets the body. */
  call(pathname: string, init?: CallInit): Promise<Response>;
  cleanup(): Promise<void>;
}

/** An unlocked library behind the real HTTP app (security middleware included), for route tests. */
export async function openHttpTestApp(): Promise<HttpTestApp> {
  const env: TempSession = tempSession();
  await env.session.setup(TEST_PASSPHRASE);
  const webRoot = tempDir('furikaeri-web-');
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>furikaeri</title>');
  const app = createHttpApp(env.session, { token: TOKEN, allowedHosts: [HOST], webRoot });
  return {
    session: env.session,
    ctx: env.session.require(),
    app,
    async call(pathname, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${TOKEN}`);
      headers.set('host', HOST);
      let body = init.body;
      if (init.json !== undefined) {
        body = JSON.stringify(init.json);
        headers.set('content-type', 'application/json');
      }
      return app.request(`http://${HOST}${pathname}`, { ...init, headers, body });
    },
    async cleanup() {
      await env.cleanup();
      fs.rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
