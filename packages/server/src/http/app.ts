import { isAppError } from '@furikaeri/core';
import { Hono } from 'hono';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { ModelManager } from '../models/model-manager';
import { resolveModelsDir } from '../models/models-dir';
import { ModelPullTracker } from '../models/pull-tracker';
import { userFacingError } from '../services/user-facing-error';
import type { LibrarySession } from '../vault/library-session';
import type { LoginNonces } from './login-nonces';
import { analysisRoutes } from './routes/analysis-routes';
import { libraryRoutes } from './routes/library-routes';
import { liveRecordingRoutes } from './routes/live-recording-routes';
import { modelRoutes } from './routes/model-routes';
import { peaksRoutes } from './routes/peaks-routes';
import { practiceRoutes } from './routes/practice-routes';
import { prepRoutes } from './routes/prep-routes';
import { recordingRoutes } from './routes/recording-routes';
import { settingsRoutes } from './routes/settings-routes';
import { speechRoutes } from './routes/speech-routes';
import { streamRoutes } from './routes/stream-routes';
import { transcriptImportRoutes } from './routes/transcript-import-routes';
import { transcriptRoutes } from './routes/transcript-routes';
import { vaultRoutes } from './routes/vault-routes';
import { security, securityHeaders } from './security';
import { staticAssets } from './static-assets';

export interface HttpOptions {
  token: string;
  allowedHosts: readonly string[];
  webRoot: string;
  /** Speech models; by default FURIKAERI_MODELS_DIR or <data dir>/models with the built-in registry. */
  models?: ModelPullTracker;
  /** One-use login links for the browser the CLI opens (login-nonces.ts). */
  loginNonces?: LoginNonces;
}

export const APP_VERSION = '0.1.0';

export function createHttpApp(session: LibrarySession, options: HttpOptions): Hono {
  const context = () => session.require();
  const models =
    options.models ?? new ModelPullTracker(new ModelManager({ modelsDir: resolveModelsDir(session.vault.dataDir) }));
  const api = new Hono()
    .use('*', async (_c, next) => {
      session.touch();
      await next();
    })
    .get('/health', (c) => c.json({ ok: true, version: APP_VERSION, schema: LATEST_SCHEMA_VERSION }))
    .route('/', vaultRoutes(session))
    .route('/', libraryRoutes(context))
    .route('/', recordingRoutes(context))
    .route('/', peaksRoutes(context))
    .route('/', liveRecordingRoutes(context))
    .route('/', settingsRoutes(context))
    .route('/', transcriptRoutes(context))
    .route('/', transcriptImportRoutes(context))
    .route('/', speechRoutes(context))
    .route('/', analysisRoutes(context))
    .route('/', prepRoutes(context))
    .route('/', practiceRoutes(context))
    .route('/', streamRoutes(context, session))
    .route('/', modelRoutes(models));

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use(
    '*',
    security({ token: options.token, allowedHosts: options.allowedHosts, loginNonces: options.loginNonces }),
  );
  app.route('/api', api);
  app.use('*', staticAssets(options.webRoot));
  app.notFound((c) => c.json({ code: 'not_found', message: { ja: '見つかりません', en: 'Not found' } }, 404));
  app.onError((thrown, c) => {
    const error = userFacingError(thrown, session.vault.dataDir);
    if (isAppError(error)) return c.json(error.toBody(), error.status as 400);
    // A client that went away mid-request (a tab closed during an upload) is no server fault: nothing to print.
    if (!c.req.raw.signal.aborted) console.error(error);
    return c.json({ code: 'internal', message: { ja: '内部エラーが発生しました', en: 'Internal error' } }, 500);
  });
  return app;
}
