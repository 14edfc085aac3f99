import fs from 'node:fs';
import path from 'node:path';
import type { ModelPullState, ModelsReport, ModelVerifyReport, ModelView } from '@furikaeri/core';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app';
import { ModelManager } from '../../src/models/model-manager';
import { ModelPullTracker } from '../../src/models/pull-tracker';
import { type TempSession, tempSession } from '../support/temp-context';
import { buildFakePackage, type FakePackage, fakeEntry, tempModelsDir } from './model-fixtures';
import { type ModelServer, startModelServer } from './model-server';

const TOKEN = 'test-token-models-0123456789';
const HOST = '127.0.0.1:4280';

let env: TempSession;
let pkg: FakePackage;
let server: ModelServer;
let modelsDir: string;
let tracker: ModelPullTracker;
let app: Hono;

beforeAll(async () => {
  env = tempSession();
  pkg = buildFakePackage();
  server = await startModelServer({ [path.basename(pkg.archive)]: pkg.archiveBytes });
  modelsDir = tempModelsDir();
  const registry = [
    fakeEntry(pkg, server.url(path.basename(pkg.archive))),
    { ...fakeEntry(pkg, server.url('unpinned.tar.bz2'), { archive: false }), id: 'test-unpinned' },
  ];
  tracker = new ModelPullTracker(new ModelManager({ modelsDir, registry }));
  app = createHttpApp(env.session, { token: TOKEN, allowedHosts: [HOST], webRoot: modelsDir, models: tracker });
});
afterAll(async () => {
  await env.cleanup();
  await server.close();
  pkg.cleanup();
  fs.rmSync(modelsDir, { recursive: true, force: true });
});

function call(pathname: string, init: { method?: string; json?: unknown; token?: string | null } = {}) {
  const headers = new Headers({ host: HOST });
  if (init.token !== null) headers.set('authorization', `Bearer ${init.token ?? TOKEN}`);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return app.request(`http://${HOST}/api${pathname}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

describe('model routes', () => {
  it('need the session token like every API route, even while the library is locked', async () => {
    expect((await call('/models', { token: null })).status).toBe(401);
    const listed = (await (await call('/models')).json()) as ModelsReport;
    expect(listed.modelsDir).toBe(modelsDir);
    expect(listed.models.map((model) => [model.id, model.status, model.pinning])).toEqual([
      ['test-zipformer', 'missing', 'archive'],
      ['test-unpinned', 'missing', 'none'],
    ]);
  });

  it('pulls in the background, reports progress by polling, then verifies and removes', async () => {
    const started = await call('/models/test-zipformer/pull', { method: 'POST', json: {} });
    expect(started.status).toBe(202);
    expect(((await started.json()) as ModelPullState).status).toBe('running');
    await tracker.settled('test-zipformer');
    const view = ((await (await call('/models')).json()) as ModelsReport).models[0] as ModelView;
    expect(view).toMatchObject({ status: 'installed', installedTrust: 'archive' });
    expect(view.pull).toMatchObject({ status: 'succeeded', phase: 'install' });

    const verified = (await (
      await call('/models/test-zipformer/verify', { method: 'POST' })
    ).json()) as ModelVerifyReport;
    expect(verified.ok).toBe(true);
    expect((await call('/models/test-zipformer', { method: 'DELETE' })).status).toBe(204);
    expect((await call('/models/test-zipformer', { method: 'DELETE' })).status).toBe(404);
  });

  it('asks for consent before an unpinned pull, and refuses unknown models', async () => {
    const refused = await call('/models/test-unpinned/pull', { method: 'POST', json: {} });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { details: { reason: string } }).details.reason).toBe('unpinned');
    expect((await call('/models/nope/pull', { method: 'POST', json: {} })).status).toBe(404);
  });

  it('imports an archive from a path on this computer', async () => {
    const imported = await call('/models/import', { method: 'POST', json: { path: pkg.archive } });
    expect(imported.status).toBe(201);
    expect(((await imported.json()) as ModelView).status).toBe('installed');
    const missing = await call('/models/import', {
      method: 'POST',
      json: { path: path.join(pkg.dir, 'nope.tar.bz2') },
    });
    expect(missing.status).toBe(404);
    expect((await call('/models/import', { method: 'POST', json: {} })).status).toBe(400);
  });
});
