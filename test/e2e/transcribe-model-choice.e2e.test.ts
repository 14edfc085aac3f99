import type { ModelsReport } from '@furikaeri/core';
import { ModelManager, ModelPullTracker } from '@furikaeri/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFakePackage,
  type FakePackage,
  fakeEntry,
  tempModelsDir,
} from '../../packages/server/test/models/model-fixtures';
import { type ModelServer, startModelServer } from '../../packages/server/test/models/model-server';
import { callApi, createInterview, uploadFile, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshotOf } from '../support/screenshots';
import { sineWav } from '../support/wav';

/**
 * 再文字起こし with the model to use (issue #18 item 4): with two recognisers installed, the recording card
 * lets the user pick the one the next transcription runs with, and the button names it.
 */
describe.skipIf(!chromiumAvailable())('choosing the model to transcribe again with (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let pkg: FakePackage;
  let releases: ModelServer;
  let modelsDir: string;

  beforeAll(async () => {
    pkg = buildFakePackage(64 * 1024);
    // One package under two names: two recognisers, each downloaded from its own URL.
    releases = await startModelServer({ 'first.tar.bz2': pkg.archiveBytes, 'second.tar.bz2': pkg.archiveBytes });
    modelsDir = tempModelsDir();
    const registry = [
      {
        ...fakeEntry(pkg, releases.url('first.tar.bz2')),
        id: 'first-asr',
        title: { ja: '一つ目のモデル', en: 'First model' },
      },
      {
        ...fakeEntry(pkg, releases.url('second.tar.bz2')),
        id: 'second-asr',
        title: { ja: '二つ目のモデル', en: 'Second model' },
      },
    ];
    app = await openApp({
      passphrase: '文字起こしのモデルを選ぶ 2026',
      models: new ModelPullTracker(new ModelManager({ modelsDir, registry })),
    });
  });

  afterAll(async () => {
    await app?.dispose();
    await releases?.close();
    pkg?.cleanup();
  });

  it('offers the installed recognisers on the recording card and transcribes with the one picked', async () => {
    const { page, server } = app;
    for (const id of ['first-asr', 'second-asr']) {
      await callApi(server, 'POST', `/models/${id}/pull`);
      await expect
        .poll(
          async () => {
            const report = await callApi<ModelsReport>(server, 'GET', '/models');
            const model = report.models.find((candidate) => candidate.id === id);
            return model?.status === 'installed' ? 'installed' : JSON.stringify(model?.pull ?? model?.status);
          },
          { timeout: 30_000 },
        )
        .toBe('installed');
    }
    await callApi(server, 'PUT', '/settings/speech', { asrModelId: 'first-asr' });
    const event = await createInterview(server, '株式会社モデル選び');
    const { recording } = await uploadFile(server, event.id, 'tone.wav', sineWav(3));
    await waitUntilReady(server, recording.id);

    await page.goto(`${server.url}/#/events/${encodeURIComponent(event.id)}`);
    const card = page.getByTestId('recording-card');
    const choice = card.getByTestId('transcribe-model');
    await choice.waitFor({ timeout: 30_000 });
    await expect(choice.locator('option').allTextContents()).resolves.toEqual(['一つ目のモデル', '二つ目のモデル']);
    await choice.selectOption('second-asr');
    await expect
      .poll(() => card.getByTestId('retranscribe').textContent(), { timeout: 10_000 })
      .toContain('二つ目のモデル');
    const settings = await callApi<{ asrModelId: string }>(server, 'GET', '/settings/speech');
    expect(settings.asrModelId).toBe('second-asr');
    await screenshotOf(card, 'transcribe-model-choice');
  });
});
