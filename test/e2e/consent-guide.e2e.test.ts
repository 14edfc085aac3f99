import type { JobEvent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';

const PASSPHRASE = 'あの日の面接を振り返る 2025';
const PHRASE_JA = '録音させていただいてもよろしいでしょうか';

/** A refusal to be recorded is respected in the UI, the phrase to ask is at hand, and the guide explains why. */
describe.skipIf(!chromiumAvailable())('consent gate and recording guide in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let declined: JobEvent;
  const h1 = () => app.page.getByRole('heading', { level: 1 }).textContent();

  beforeAll(async () => {
    app = await openApp({ passphrase: PASSPHRASE });
    declined = await createInterview(app.server, '株式会社ことわり', 'declined');
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it('offers no import for an event whose recording was declined, and says why', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}/#/events/${declined.id}`);
    const panel = page.getByTestId('consent-declined');
    await panel.waitFor();
    await expect(page.getByTestId('import-area').count()).resolves.toBe(0);
    await expect(page.getByTestId('file-input').count()).resolves.toBe(0);
    await expect(panel.getByTestId('declined-reason').textContent()).resolves.toContain(
      '相手が録音を断った場合は録音しません',
    );
    await expect(panel.textContent()).resolves.toContain('メモ');
    await expect(page.getByTestId('no-recordings').textContent()).resolves.toBe('録音はありません。');
    await screenshot(page, '17-event-declined');
  });

  it('opens the permission options when “declined” was a mistake, with a phrase to ask', async () => {
    const { page } = app;
    await page.getByTestId('change-consent').click();
    const form = page.getByTestId('event-edit-form');
    await form.waitFor();
    await expect(page.evaluate('document.activeElement?.dataset.testid')).resolves.toBe('consent-declined');
    await expect(form.getByTestId('consent-phrase').count()).resolves.toBe(0);
    await form.getByTestId('consent-not_asked').check();
    await expect(form.getByTestId('consent-phrase').textContent()).resolves.toContain(PHRASE_JA);
    await screenshot(page, '18-consent-form');

    await form.getByTestId('event-save').click();
    await page.getByTestId('event-saved').waitFor();
    await page.getByTestId('import-area').waitFor();
    await expect(page.getByTestId('consent-declined').count()).resolves.toBe(0);
    // The event page offers the phrase too while permission has not been asked for.
    await expect(page.getByTestId('event-details').getByTestId('consent-phrase').textContent()).resolves.toContain(
      PHRASE_JA,
    );
  });

  it('shows the guide in Japanese, reached from the import area', async () => {
    const { page } = app;
    await page.getByTestId('import-guide-link').click();
    const guide = page.getByTestId('guide-page');
    await guide.waitFor();
    await expect(h1()).resolves.toBe('録音の扱い方ガイド');
    await expect(page.getByTestId('nav-guide').getAttribute('aria-current')).resolves.toBe('page');
    const text = await guide.textContent();
    expect(text).toContain('法律で禁止されていません');
    expect(text).toContain('友人や家族であっても');
    expect(text).toContain('名誉毀損やプライバシーの侵害');
    expect(text).toContain('断られたら、録音はしません');
    expect(text).toContain('パスフレーズで暗号化');
    expect(text).toContain('共有の機能はありません');
    await expect(guide.getByTestId('guide-phrase').textContent()).resolves.toContain(PHRASE_JA);
    await screenshot(page, '19-guide-ja');
  });

  it('shows the guide in English, and fits a tablet', async () => {
    const { page } = app;
    await page.getByTestId('locale-en').click();
    await expect(h1()).resolves.toBe('Recording guide');
    const text = await page.getByTestId('guide-page').textContent();
    expect(text).toContain('even friends or family');
    expect(text).toContain('defamation or invasion of privacy');
    expect(text).toContain('If they decline, do not record');
    expect(text).toContain('Would you mind if I recorded');
    await screenshot(page, '19-guide-en');

    await page.setViewportSize(TABLET);
    const overflow = await page
      .locator('html')
      .evaluate((element) => element.scrollWidth - (element as unknown as { clientWidth: number }).clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '19-guide-tablet-en');
    await page.setViewportSize(DESKTOP);
    await page.getByTestId('locale-ja').click();
  });

  it('can be read while the library is locked', async () => {
    const { page } = app;
    await page.getByTestId('lock').click();
    // The lock button is shown only while the library is open: its disappearance means "locked".
    await expect.poll(() => page.getByTestId('lock').count()).toBe(0);
    await page.reload();
    await page.getByTestId('guide-page').waitFor();
    await expect(page.getByTestId('vault-unlock').count()).resolves.toBe(0);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('vault-unlock').waitFor();
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('settings-page').waitFor();
  });

  it('ran without a single Content-Security-Policy violation', () => {
    expect(app.cspViolations).toEqual([]);
  });
});
