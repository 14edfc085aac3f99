import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { JobEvent } from '@furikaeri/core';
import { resolveFfmpegPaths } from '@furikaeri/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';

const PASSPHRASE = '断られたファイルの行方 2026';

/** What a person sees when a file is refused or the library's files are damaged (#15 items 5–7). */
describe.skipIf(!chromiumAvailable())('refusals and damage, as the page shows them (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let event: JobEvent;
  let files: string;

  beforeAll(async () => {
    app = await openApp({ passphrase: PASSPHRASE });
    event = await createInterview(app.server, '株式会社コトワリ');
    files = fs.mkdtempSync(path.join(app.server.dataDir, '..', 'furikaeri-e2e-files-'));
    await app.page.goto(`${app.server.url}/#/events/${event.id}`);
    await app.page.getByTestId('event-page').waitFor();
  });

  afterAll(async () => {
    await app?.dispose();
    if (files) fs.rmSync(files, { recursive: true, force: true });
  });

  it('binary that is not audio, named .mp3, is refused from its first bytes, and the row says nothing was added', async () => {
    // Neither text (the page would offer it as a transcript) nor any container signature or frame sync (no 0xFF).
    const file = path.join(files, '面接メモ.mp3');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 255)));
    await app.page.getByTestId('file-input').setInputFiles(file);
    const error = app.page.getByTestId('upload-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('音声として読み込めない');
    await screenshot(app.page, '15-upload-refused-not-audio');
    await error.getByRole('button').click();
  });

  it('a recording refused once decoded (under 1 s, no length in its header) leaves the list with the reason', async () => {
    const file = path.join(files, 'blip.webm');
    const { ffmpeg } = resolveFfmpegPaths();
    const webm = execFileSync(ffmpeg, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=duration=0.4',
      '-c:a',
      'libopus',
      '-f',
      'webm',
      'pipe:1',
    ]);
    fs.writeFileSync(file, webm);
    await app.page.getByTestId('file-input').setInputFiles(file);
    const notice = app.page.getByTestId('refused-import');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toContain('「blip.webm」は取り込めませんでした');
    await expect(notice.textContent()).resolves.toContain('短すぎます');
    // The card of the upload goes once the server has deleted the refused recording.
    await expect.poll(() => app.page.getByTestId('recording-card').count(), { timeout: 10_000 }).toBe(0);
    await screenshot(app.page, '15-import-refused-after-decoding');
  });

  it('a damaged database: the unlock screen says what happened and what to do', async () => {
    const { page, server } = app;
    await page.getByTestId('lock').click();
    await page.getByTestId('vault-unlock').waitFor();
    const database = path.join(server.dataDir, 'furikaeri.db');
    const original = fs.readFileSync(database);
    const damaged = Buffer.from(original);
    damaged.fill(0x5a, 200, 300);
    fs.writeFileSync(database, damaged);
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    const error = page.getByTestId('unlock-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('バックアップから furikaeri.db');
    await screenshot(page, '15-unlock-database-damaged');
    fs.writeFileSync(database, original);
  });

  it('a broken vault.json: the first screen says to restore it, and that the recovery key cannot replace it', async () => {
    const { page, server } = app;
    fs.writeFileSync(path.join(server.dataDir, 'vault.json'), '{"format": "furikaeri-vault", "vers');
    await page.reload();
    const text = page.getByText('vault.json');
    await text.first().waitFor();
    await expect(page.locator('body').textContent()).resolves.toContain('回復キーでも開けません');
    await screenshot(page, '15-vault-file-damaged');
  });
});
