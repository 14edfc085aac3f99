import fs from 'node:fs';
import path from 'node:path';
import type { Application, Company, JobEvent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createInterview, uploadFile, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { sineWav } from '../support/wav';

const PASSPHRASE = 'あの日の面接を振り返る 2025';
const NEW_PASSPHRASE = '次の面接も落ち着いて 2026 春';
const NAME = 'OB訪問_メモ代わり.wav';

/** Auto-lock, passphrase, storage and deleting everything, from the settings page. */
describe.skipIf(!chromiumAvailable())('settings page in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let event: JobEvent;

  beforeAll(async () => {
    app = await openApp({ passphrase: PASSPHRASE });
    event = await createInterview(app.server, '株式会社ストレージ', 'granted');
    const { recording } = await uploadFile(app.server, event.id, NAME, sineWav(4, 330));
    await waitUntilReady(app.server, recording.id);
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it('changes the auto-lock time from the header’s settings link, and keeps it after a reload', async () => {
    const { page } = app;
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-page').waitFor();
    const select = page.getByTestId('auto-lock');
    await expect(select.inputValue()).resolves.toBe('15');
    await select.selectOption('60');
    await page.getByTestId('auto-lock-saved').waitFor();
    await page.reload();
    await page.getByTestId('settings-page').waitFor();
    await expect(page.getByTestId('auto-lock').inputValue()).resolves.toBe('60');
    await page.getByTestId('auto-lock').selectOption('0');
    await page.getByTestId('auto-lock-saved').waitFor();
    await expect(page.getByTestId('auto-lock').locator('option:checked').textContent()).resolves.toBe(
      '自動ではロックしない',
    );
  });

  it('sets how long audio is kept after an application ends, and keeps it after a reload', async () => {
    const { page } = app;
    const select = page.getByTestId('retention');
    await expect(select.inputValue()).resolves.toBe('keep');
    await select.selectOption('90');
    await page.getByTestId('retention-saved').waitFor();
    await page.reload();
    await page.getByTestId('settings-page').waitFor();
    await page.locator('[data-testid="retention"]:enabled').waitFor();
    await expect(page.getByTestId('retention').inputValue()).resolves.toBe('90');
    const policy = await fetch(`${app.server.url}/api/settings/retention`, {
      headers: { authorization: `Bearer ${app.server.token}` },
    });
    expect(await policy.json()).toEqual({ audioDaysAfterClose: 90 });
    await screenshot(page, '23-settings-retention');
  });

  it('shows a recording whose audio the retention setting deleted, without a player', async () => {
    const { page } = app;
    const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社保持期間' });
    const application = await callApi<Application>(app.server, 'POST', '/applications', { companyId: company.id });
    const closedEvent = await callApi<JobEvent>(app.server, 'POST', '/events', {
      companyId: company.id,
      applicationId: application.id,
      type: 'interview',
      consent: 'granted',
    });
    const { recording } = await uploadFile(app.server, closedEvent.id, '不採用の面接.wav', sineWav(3, 440));
    await waitUntilReady(app.server, recording.id);
    await callApi(app.server, 'PATCH', `/applications/${application.id}`, { status: 'rejected' });
    await callApi(app.server, 'PUT', '/settings/retention', { audioDaysAfterClose: 0 });
    await page.goto(`${app.server.url}/#/events/${closedEvent.id}`);
    await page.getByTestId('recording-audio-deleted').waitFor();
    await expect(page.getByTestId('recording-audio').count()).resolves.toBe(0);
    await expect(page.getByTestId('recording-audio-deleted').textContent()).resolves.toContain('保持期間');
    await expect(page.getByTestId('recording-status').textContent()).resolves.toBe('音声は削除済み');
    await screenshot(page, '24-event-audio-deleted');
    await callApi(app.server, 'PUT', '/settings/retention', { audioDaysAfterClose: null });
    await page.goto(`${app.server.url}/#/settings`);
    await page.getByTestId('settings-page').waitFor();
  });

  it('lists the data folder and each recording with its size and a link to its event', async () => {
    const { page } = app;
    const storage = page.getByTestId('storage-section');
    await storage.getByTestId('storage-table').waitFor();
    await expect(storage.getByTestId('storage-data-dir').textContent()).resolves.toBe(app.server.dataDir);
    const row = storage.getByTestId('storage-row');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(NAME);
    await expect(row.textContent()).resolves.toContain('0:04');
    await expect(row.getByTestId('storage-row-size').textContent()).resolves.toMatch(/^\d+(\.\d)? KB$/);
    await expect(storage.getByTestId('storage-audio').textContent()).resolves.toMatch(/KB$/);
    await screenshot(page, '20-settings');

    await page.setViewportSize(TABLET);
    const overflow = await page
      .locator('html')
      .evaluate((element) => element.scrollWidth - (element as unknown as { clientWidth: number }).clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '20-settings-tablet');
    await page.setViewportSize(DESKTOP);
    await page.getByTestId('locale-en').click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Settings');
    await expect(page.getByTestId('auto-lock').locator('option:checked').textContent()).resolves.toBe('Never');
    await screenshot(page, '20-settings-en');
    await page.getByTestId('locale-ja').click();

    await row.getByTestId('storage-event-link').click();
    await page.getByTestId('event-page').waitFor();
    expect(page.url()).toContain(`#/events/${event.id}`);
  });

  it('changes the passphrase after checking the current one', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('passphrase-section');
    await section.waitFor();
    await section.getByTestId('current-passphrase').fill('まちがったパスフレーズ');
    await section.getByTestId('new-passphrase').fill(NEW_PASSPHRASE);
    await section.getByTestId('confirm-passphrase').fill(NEW_PASSPHRASE);
    await section.getByTestId('change-passphrase').click();
    await expect(section.getByTestId('passphrase-error').textContent()).resolves.toContain('パスフレーズが違います');

    await section.getByTestId('current-passphrase').fill(PASSPHRASE);
    await section.getByTestId('change-passphrase').click();
    await section.getByTestId('passphrase-changed').waitFor();
    await expect(section.getByTestId('current-passphrase').inputValue()).resolves.toBe('');

    await page.getByTestId('lock').click();
    await page.getByTestId('unlock-passphrase').fill(NEW_PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('settings-page').waitFor();
  });

  it('deletes everything only with the passphrase and the typed word, then starts over at set-up', async () => {
    const { page } = app;
    const danger = page.getByTestId('destroy-section');
    const submit = danger.getByTestId('destroy-submit');
    await danger.getByTestId('destroy-passphrase').fill(NEW_PASSPHRASE);
    await expect(submit.isDisabled()).resolves.toBe(true);
    await danger.getByTestId('destroy-word').fill('すべて');
    await expect(submit.isDisabled()).resolves.toBe(true);
    await danger.getByTestId('destroy-word').fill('すべて削除');
    await expect(submit.isDisabled()).resolves.toBe(false);
    await danger.scrollIntoViewIfNeeded();
    await screenshot(page, '21-settings-destroy');

    await submit.click();
    await page.getByTestId('vault-setup').waitFor();
    await expect(page.getByTestId('vault-destroyed').textContent()).resolves.toContain('すべてのデータを削除しました');
    expect(page.url()).toMatch(/#\/$/);
    const left = fs.readdirSync(app.server.dataDir);
    for (const name of ['vault.json', 'furikaeri.db', 'audio']) expect(left).not.toContain(name);
    expect(fs.existsSync(path.join(app.server.dataDir, 'audio'))).toBe(false);
    await screenshot(page, '22-after-delete-everything');
  });

  it('ran without a single Content-Security-Policy violation', () => {
    expect(app.cspViolations).toEqual([]);
  });
});
