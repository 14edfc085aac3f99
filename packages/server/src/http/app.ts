import { isAppError } from '@furikaeri/core';
import { Hono } from 'hono';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { LibrarySession } from '../vault/library-session';
import { libraryRoutes } from './routes/library-routes';
import { liveRecordingRoutes } from './routes/live-recording-routes';
import { recordingRoutes } from './routes/recording-routes';
import { settingsRoutes } from './routes/settings-routes';
import { streamRoutes } from './routes/stream-routes';
import { vaultRoutes } from './routes/vault-routes';
import { security, securityHeaders } from './security';
import { staticAssets } from './static-assets';

export interface HttpOptions {
  token: string;
  allowedHosts: readonly string[];
  webRoot: string;
}

export const APP_VERSION = '0.1.0';

export function createHttpApp(session: LibrarySession, options: HttpOptions): Hono {
  const context = () => session.require();
  const api = new Hono()
    .use('*', async (_c, next) => {
      session.touch();
      await next();
    })
    .get('/health', (c) => c.json({ ok: true, version: APP_VERSION, schema: LATEST_SCHEMA_VERSION }))
    .route('/', vaultRoutes(session))
    .route('/', libraryRoutes(context))
    .route('/', recordingRoutes(context))
    .route('/', liveRecordingRoutes(context))
    .route('/', settingsRoutes(context))
    .route('/', streamRoutes(context, session));

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', security({ token: options.token, allowedHosts: options.allowedHosts }));
  app.route('/api', api);
  app.use('*', staticAssets(options.webRoot));
  app.notFound((c) => c.json({ code: 'not_found', message: { ja: '見つかりません', en: 'Not found' } }, 404));
  app.onError((error, c) => {
    if (isAppError(error)) return c.json(error.toBody(), error.status as 400);
    console.error(error);
    return c.json({ code: 'internal', message: { ja: '内部エラーが発生しました', en: 'Internal error' } }, 500);
  });
  return app;
}
