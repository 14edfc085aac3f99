import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';

const PASSPHRASE = 'あの日の面接を振り返る 2025';

/** The encrypted library's doors: first setup with its recovery key, lock and unlock, and no session at all. */
describe.skipIf(!chromiumAvailable())('vault and session screens in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it('sets up the passphrase on first start and shows the recovery key once', async () => {
    const { page } = app;
    const setup = page.getByTestId('vault-setup');
    await setup.waitFor();
    await setup.getByTestId('new-passphrase').fill('short');
    await expect(setup.getByTestId('vault-create').isDisabled()).resolves.toBe(true);
    await setup.getByTestId('new-passphrase').fill(PASSPHRASE);
    await setup.getByTestId('confirm-passphrase').fill(PASSPHRASE);
    await screenshot(page, '00a-vault-setup');
    await setup.getByTestId('vault-create').click();

    const recovery = page.getByTestId('vault-recovery-key');
    await recovery.waitFor();
    await expect(recovery.getByTestId('recovery-key').textContent()).resolves.toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await expect(recovery.getByTestId('recovery-done').isDisabled()).resolves.toBe(true);
    await screenshot(page, '00b-vault-recovery-key');
    await recovery.getByTestId('recovery-saved').check();
    await recovery.getByTestId('recovery-done').click();
    await page.getByTestId('home-page').waitFor();
  });

  it('locks the library and opens it again with the passphrase only', async () => {
    const { page } = app;
    await page.getByTestId('lock').click();
    const unlock = page.getByTestId('vault-unlock');
    await unlock.waitFor();
    await expect(page.getByTestId('home-page').count()).resolves.toBe(0);
    await unlock.getByTestId('unlock-passphrase').fill('まちがったパスフレーズ');
    await unlock.getByTestId('unlock-submit').click();
    await unlock.getByTestId('unlock-error').waitFor();
    await screenshot(page, '00c-vault-unlock-error');
    await unlock.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await unlock.getByTestId('unlock-submit').click();
    await page.getByTestId('home-page').waitFor();
  });

  it('notices a lock made elsewhere on its next request', async () => {
    const { page, server } = app;
    await page.getByTestId('company-form').waitFor(); // the home page has loaded: no request in flight
    await server.session.lock();
    await page.getByTestId('company-name').fill('株式会社ロック確認');
    await page.getByTestId('company-submit').click();
    await page.getByTestId('vault-unlock').waitFor();
  });

  it('asks to open the terminal URL again when there is no session', async () => {
    const stranger = await app.browser.newContext({ viewport: DESKTOP });
    try {
      const other = await stranger.newPage();
      await other.goto(app.server.url);
      const screen = other.getByTestId('unauthorized');
      await screen.waitFor();
      await expect(screen.textContent()).resolves.toContain('ターミナルに表示された URL');
      await expect(screen.textContent()).resolves.toContain('Open the URL printed in the terminal');
      await screenshot(other, '12-unauthorized');
    } finally {
      await stranger.close();
    }
  });
});
