import fs from 'node:fs';
import path from 'node:path';
import type { JobEvent, VerificationReport } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createInterview, uploadFile, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { flipByte, tarMembers } from '../support/files';
import { screenshot } from '../support/screenshots';
import { sineWav } from '../support/wav';

const ORIGINAL = sineWav(6, 523);
const NAME = '最終面接_録音.wav';

/** The tamper check on a recording, and the evidence package behind its warning dialog. */
describe.skipIf(!chromiumAvailable())('tamper check and evidence export in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let event: JobEvent;
  let recordingId: string;
  const card = () => app.page.getByTestId('recording-card').first();
  const result = () => card().getByTestId('integrity-result');

  beforeAll(async () => {
    app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
    event = await createInterview(app.server, '株式会社エビデンス', 'granted');
    recordingId = (await uploadFile(app.server, event.id, NAME, ORIGINAL)).recording.id;
    await waitUntilReady(app.server, recordingId);
    await app.page.goto(`${app.server.url}/#/events/${event.id}`);
    await app.page.locator('[data-testid="recording-card"][data-status="ready"]').waitFor();
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it('shows ✓ 改変なし for a recording nobody has touched', async () => {
    await card().getByTestId('verify').click();
    await app.page.locator('[data-testid="integrity-result"][data-status="intact"]').waitFor();
    await expect(card().getByTestId('integrity-badge').textContent()).resolves.toBe('✓ 改変なし');
    await expect(result().getByTestId('integrity-message').textContent()).resolves.toContain('改変されていません');
    const streams = await result().getByTestId('integrity-streams').textContent();
    expect(streams).toContain('元のファイル: 記録時と一致');
    expect(streams).toContain('再生・解析用の音声: 記録時と一致');
    await expect(card().getByTestId('verify').textContent()).resolves.toBe('もう一度チェック');
    await screenshot(app.page, '13-integrity-intact');
  });

  it('downloads the evidence package only after the warning is acknowledged', async () => {
    const { page } = app;
    await card().getByTestId('evidence-open').click();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('暗号化されていません');
    expect(text).toContain('友人や家族であっても');
    expect(text).toContain('労働局');
    await expect(dialog.getByTestId('evidence-download').isDisabled()).resolves.toBe(true);
    await expect(dialog.locator('a[download]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /共有|シェア|share/i }).count()).resolves.toBe(0);
    await screenshot(page, '14-evidence-dialog', { fullPage: false });

    await dialog.getByTestId('evidence-acknowledge').check();
    const link = dialog.getByTestId('evidence-download');
    await expect(link.getAttribute('href')).resolves.toBe(`/api/recordings/${recordingId}/evidence`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^furikaeri-evidence-\d{8}-.+\.tar$/);
    const saved = await download.path();
    const archive = fs.readFileSync(saved);
    expect(archive.length).toBeGreaterThan(ORIGINAL.length);
    expect(tarMembers(archive)).toEqual(['original.wav', 'manifest.json', 'chain.txt', 'README.txt']);
    await dialog.getByTestId('evidence-started').waitFor();
    await screenshot(page, '15-evidence-started', { fullPage: false });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('evidence-dialog').count()).toBe(0);
    // Focus goes back to the button that opened the dialog.
    await expect(page.evaluate('document.activeElement?.dataset.testid')).resolves.toBe('evidence-open');
  });

  it('shows ✗ 改変あり and the failing frame once a byte of the stored file changes', async () => {
    const stored = path.join(app.server.dataDir, 'audio', recordingId, 'original.fka');
    expect(fs.statSync(stored).size).toBeGreaterThan(100_000);
    flipByte(stored, 100_000);

    // Hold the answer back a moment so the "checking…" state can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await app.page.route('**/verify', async (route) => {
      await held;
      await route.continue();
    });
    await card().getByTestId('verify').click();
    await expect(card().getByTestId('integrity-checking').textContent()).resolves.toBe('チェック中…');
    await expect(card().getByTestId('verify').isDisabled()).resolves.toBe(true);
    await expect(card().getByTestId('integrity-result').count()).resolves.toBe(0);
    await screenshot(app.page, '16a-integrity-checking');
    release();
    await app.page.locator('[data-testid="integrity-result"][data-status="altered"]').waitFor();
    await app.page.unroute('**/verify');
    await expect(card().getByTestId('integrity-badge').textContent()).resolves.toBe('✗ 改変あり');
    await expect(result().getByTestId('integrity-message').textContent()).resolves.toContain('改変または破損');
    const report = await callApi<VerificationReport>(app.server, 'GET', `/recordings/${recordingId}/verify`);
    const frame = report.streams[0]?.badFrames[0];
    expect(frame).toBeTypeOf('number');
    await expect(result().getByTestId('integrity-streams').textContent()).resolves.toContain(
      `元のファイル: フレーム ${frame} が記録時と一致しません`,
    );
    await screenshot(app.page, '16-integrity-altered');

    await app.page.getByTestId('locale-en').click();
    await expect(card().getByTestId('integrity-badge').textContent()).resolves.toBe('✗ Altered');
    await expect(result().getByTestId('integrity-message').textContent()).resolves.toContain('Altered or damaged');
    await expect(result().getByTestId('integrity-streams').textContent()).resolves.toContain(
      `Original file: frame ${frame} failed the check`,
    );
    await app.page.getByTestId('locale-ja').click();
  });

  it('ran without a single Content-Security-Policy violation', () => {
    expect(app.cspViolations).toEqual([]);
  });
});
