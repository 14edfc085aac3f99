import { isAppError } from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../app-context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { libraryRoutes } from './routes/library-routes';
import { recordingRoutes } from './routes/recording-routes';
import { streamRoutes } from './routes/stream-routes';
import { security, securityHeaders } from './security';
import { staticAssets } from './static-assets';

export interface HttpOptions {
  token: string;
  allowedHosts: readonly string[];
  webRoot: string;
}

export const APP_VERSION = '0.1.0';

export function createHttpApp(ctx: AppContext, options: HttpOptions): Hono {
  const api = new Hono()
    .get('/health', (c) => c.json({ ok: true, version: APP_VERSION, schema: LATEST_SCHEMA_VERSION }))
    .route('/', libraryRoutes(ctx))
    .route('/', recordingRoutes(ctx))
    .route('/', streamRoutes(ctx));

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
