import fs from 'node:fs';
import path from 'node:path';
import { ModelManager, ModelPullTracker } from '@furikaeri/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFakePackage,
  type FakePackage,
  fakeEntry,
  tempModelsDir,
} from '../../packages/server/test/models/model-fixtures';
import { type ModelServer, startModelServer } from '../../packages/server/test/models/model-server';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';

/** The speech-model section of the settings page, against a local release server on 127.0.0.1. */
describe.skipIf(!chromiumAvailable())('speech models in the settings page (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let pkg: FakePackage;
  let releases: ModelServer;
  let modelsDir: string;

  beforeAll(async () => {
    pkg = buildFakePackage(2 * 1024 * 1024);
    releases = await startModelServer({ [path.basename(pkg.archive)]: pkg.archiveBytes });
    modelsDir = tempModelsDir();
    const registry = [
      { ...fakeEntry(pkg, releases.url(path.basename(pkg.archive))), recommended: true },
      {
        ...fakeEntry(pkg, releases.url(path.basename(pkg.archive)), { archive: false }),
        id: 'test-unpinned',
        title: { ja: '未確認のテスト用モデル', en: 'Unpinned test model' },
      },
    ];
    const models = new ModelPullTracker(new ModelManager({ modelsDir, registry }));
    app = await openApp({ passphrase: 'モデルの設定を確かめる 2026', models });
  });

  afterAll(async () => {
    await app?.dispose();
    await releases?.close();
    pkg?.cleanup();
    if (modelsDir) fs.rmSync(modelsDir, { recursive: true, force: true });
  });

  it('downloads with a progress bar, asks before an unpinned model, verifies, removes, and imports offline', async () => {
    const { page } = app;
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('models-section');
    await section.getByTestId('model-list').waitFor();
    await expect(section.getByTestId('models-dir').textContent()).resolves.toBe(modelsDir);
    const pinned = section.getByTestId('model-test-zipformer');
    await expect(pinned.getByTestId('model-status').textContent()).resolves.toBe('未インストール');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '30-settings-models');

    // Keyboard only: focus the download button and press Enter.
    await pinned.getByTestId('model-pull').focus();
    await page.keyboard.press('Enter');
    await pinned.getByTestId('model-pulled').waitFor();
    await expect(pinned.getByTestId('model-status').textContent()).resolves.toBe('インストール済み');
    expect(fs.existsSync(path.join(modelsDir, 'test-zipformer', 'encoder.int8.onnx'))).toBe(true);

    const unpinned = section.getByTestId('model-test-unpinned');
    await unpinned.getByTestId('model-pull').click();
    await unpinned.getByTestId('model-confirm-unpinned').waitFor();
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('それでもダウンロード');
    await screenshot(page, '31-settings-models-confirm', { fullPage: false });
    await page.keyboard.press('Enter');
    await expect(unpinned.getByTestId('model-status').textContent()).resolves.toBeTruthy();
    await unpinned.locator('[data-testid="model-status"]:text("インストール済み")').waitFor();

    await pinned.getByTestId('model-verify').click();
    await expect(pinned.getByTestId('model-verified').textContent()).resolves.toContain('記録どおり');

    await pinned.getByTestId('model-remove').click();
    await pinned.getByTestId('model-remove-confirm').click();
    await pinned.locator('[data-testid="model-status"]:text("未インストール")').waitFor();
    expect(fs.existsSync(path.join(modelsDir, 'test-zipformer'))).toBe(false);

    await section.getByTestId('model-import-path').fill(pkg.archive);
    await section.getByTestId('model-import-submit').click();
    await section.getByTestId('model-imported').waitFor();
    await expect(pinned.getByTestId('model-status').textContent()).resolves.toBe('インストール済み');
    await section.getByTestId('model-import-path').fill(path.join(pkg.dir, 'missing.tar.bz2'));
    await section.getByTestId('model-import-submit').click();
    await expect(section.getByTestId('model-import-error').textContent()).resolves.toContain('見つかりません');

    await page.getByTestId('locale-en').click();
    await expect(pinned.getByTestId('model-status').textContent()).resolves.toBe('Installed');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '32-settings-models-en');
    await page.getByTestId('locale-ja').click();
    expect(app.cspViolations).toEqual([]);
  });
});
