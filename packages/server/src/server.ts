import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { AppError } from '@furikaeri/core';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createHttpApp } from './http/app';
import { LoginNonces } from './http/login-nonces';
import type { ModelPullTracker } from './models/pull-tracker';
import type { LibrarySession } from './vault/library-session';

export const DEFAULT_PORT = 4280;
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServeOptions {
  port: number;
  host?: string;
  /** Listening on anything but loopback exposes recordings to the network: it takes this explicit flag. */
  allowNonLoopback?: boolean;
  webRoot?: string;
  token?: string;
  /** Speech models (tests point this at a local release server); by default the user's models folder. */
  models?: ModelPullTracker;
}

export interface RunningServer {
  url: string;
  /** The URL printed for the user: it carries the per-launch token that becomes the session cookie. */
  loginUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The server started in this process: it can also issue one-use login links. */
export interface ListeningServer extends RunningServer {
  /**
   * A URL for the browser the CLI opens: a one-use nonce valid for two minutes instead of the token, since
   * the opener's command line is visible to every local user (`ps`). Each call issues a new one.
   */
  oneTimeLoginUrl(): string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function assertLoopback(host: string, allowNonLoopback: boolean): void {
  if (LOOPBACK.has(host) || allowNonLoopback) return;
  throw new AppError('validation', {
    ja: `${host} では起動しません。録音が他の端末から見えてしまいます。どうしても必要な場合のみ --allow-non-loopback を付けてください。`,
    en: `Refusing to listen on ${host}: your recordings would be reachable from other machines. Add --allow-non-loopback only if you really mean it.`,
  });
}

export async function startServer(session: LibrarySession, options: ServeOptions): Promise<ListeningServer> {
  const host = options.host ?? '127.0.0.1';
  assertLoopback(host, options.allowNonLoopback ?? false);
  const token = options.token ?? randomBytes(24).toString('base64url');
  // The allowed Host headers depend on the port, known only once listening (port 0 in tests), so the
  // app is built right after; no request can arrive before the listen callback.
  let app: Hono | null = null;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve(
      {
        fetch: (request) => app?.fetch(request) ?? new Response('starting', { status: 503 }),
        port: options.port,
        hostname: host,
      },
      () => resolve(instance),
    );
    instance.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port, host)));
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!LOOPBACK.has(host)) allowedHosts.push(`${hostForUrl}:${port}`);
  const loginNonces = new LoginNonces();
  app = createHttpApp(session, {
    token,
    allowedHosts,
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    models: options.models,
    loginNonces,
  });
  session.startAutoLock();
  const url = `http://${hostForUrl}:${port}`;
  return {
    url,
    loginUrl: `${url}/?token=${token}`,
    oneTimeLoginUrl: () => `${url}/?login=${loginNonces.issue()}`,
    port,
    token,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open event streams would keep close() waiting forever.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    },
  };
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE') {
    return new AppError('conflict', {
      ja: `ポート ${port} は使用中です。furikaeri が既に起動していないか確認するか、--port で別の番号を指定してください。`,
      en: `Port ${port} is already in use. Is furikaeri already running? Otherwise choose another with --port.`,
    });
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
    return new AppError('validation', {
      ja: `${host}:${port} で待ち受けできません（${error.code}）`,
      en: `Cannot listen on ${host}:${port} (${error.code})`,
    });
  }
  return error;
}
