import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '@furikaeri/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { sineWav } from '../support/wav';

const DAY = 86_400_000;
const COMPANY = '株式会社ひもづけ';
const ONE_APPLICATION_COMPANY = '株式会社ひとつ';

/**
 * Events linked to their application from the browser alone (#18 item 5): chosen when the event is made,
 * moved in the edit form and on the company page, and then the retention rule deletes the audio of the UI-made
 * event once its application has ended — with the server's clock moved on by the test, not by waiting.
 */
describe.skipIf(!chromiumAvailable())('events linked to applications in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let tempDir: string;
  let offset = 0;
  let companyUrl = '';
  const clock: Clock = { now: () => new Date(Date.now() + offset) };

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-link-'));
    app = await openApp({ passphrase: 'あの日の面接を振り返る 2025', clock });
  });

  afterAll(async () => {
    await app?.dispose();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  /** One application's row, found by its role (other rows mention it in their "move to" options). */
  const applicationRow = (role: string) =>
    app.page
      .getByTestId('application-row')
      .filter({ has: app.page.locator('.application-row__role', { hasText: new RegExp(`^${role}$`) }) });

  async function addCompanyWithApplications(name: string, roles: string[]) {
    const { page } = app;
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('home-page').waitFor();
    const addCompany = page.getByTestId('add-company');
    if ((await addCompany.getAttribute('data-open')) !== 'true') await addCompany.getByRole('button').first().click();
    await page.getByTestId('company-name').fill(name);
    await page.getByTestId('company-submit').click();
    await page.getByTestId('company-card').filter({ hasText: name }).getByRole('link').first().click();
    await page.getByTestId('company-page').waitFor();
    for (const role of roles) {
      await page.getByTestId('application-role').fill(role);
      await page.getByTestId('application-submit').click();
      await applicationRow(role).waitFor();
    }
  }

  it('links a new event to the application chosen in the form', async () => {
    const { page } = app;
    await addCompanyWithApplications(COMPANY, ['総合職', 'エンジニア職']);
    companyUrl = page.url();
    const addEvent = page.getByTestId('add-event');
    if ((await addEvent.getAttribute('data-open')) !== 'true') await addEvent.getByRole('button').first().click();
    const form = page.getByTestId('event-form');
    const select = form.getByTestId('event-application');
    // Two applications: the choice is the user's, nothing is preselected.
    await expect(select.inputValue()).resolves.toBe('');
    await select.selectOption({ label: 'エンジニア職 · 選考中' });
    await form.getByTestId('event-title').fill('技術面接');
    await form.getByTestId('consent-granted').check();
    await screenshot(page, '40-event-form-application');
    await form.getByTestId('event-submit').click();
    await page.getByTestId('event-page').waitFor();
    await expect(page.getByTestId('event-application-view').textContent()).resolves.toContain('エンジニア職');
  });

  it('moves the event to another application of the company in the edit form', async () => {
    const { page } = app;
    await page.getByTestId('edit-event').click();
    const form = page.getByTestId('event-edit-form');
    const select = form.getByTestId('event-application');
    await expect(select.locator('option:checked').textContent()).resolves.toContain('エンジニア職');
    await select.selectOption({ label: '総合職 · 選考中' });
    await form.getByTestId('event-save').click();
    await page.getByTestId('event-saved').waitFor();
    await page.getByTestId('event-application-view').filter({ hasText: '総合職' }).waitFor();
  });

  it('imports a recording into the linked event', async () => {
    const { page } = app;
    const file = path.join(tempDir, '技術面接.wav');
    fs.writeFileSync(file, sineWav(3, 330));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('[data-testid="recording-card"][data-status="ready"]').waitFor({ timeout: 60_000 });
  });

  it('shows the event under its application on the company page and moves it there too', async () => {
    const { page } = app;
    await page.getByRole('link', { name: COMPANY }).first().click();
    await page.getByTestId('company-page').waitFor();
    const general = applicationRow('総合職');
    const engineer = applicationRow('エンジニア職');
    await expect(general.getByTestId('linked-event-link').textContent()).resolves.toBe('技術面接');
    await expect(engineer.getByTestId('linked-event').count()).resolves.toBe(0);
    await expect(page.getByTestId('timeline-application').textContent()).resolves.toBe('応募: 総合職');
    await screenshot(page, '41-company-events-by-application');

    await general.getByTestId('linked-event-application').selectOption({ label: 'エンジニア職' });
    await engineer.getByTestId('linked-event').waitFor();
    await expect(general.getByTestId('linked-event').count()).resolves.toBe(0);
    await engineer.getByTestId('linked-event-application').selectOption({ label: '総合職' });
    await general.getByTestId('linked-event').waitFor();
  });

  it('deletes the audio of the UI-made event N days after its application was rejected', async () => {
    const { page } = app;
    // The page stays open for a month of the test's clock: no idle lock in between.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('auto-lock').selectOption('0');
    await page.getByTestId('auto-lock-saved').waitFor();
    await page.locator('[data-testid="retention"]:enabled').waitFor();
    await page.getByTestId('retention').selectOption('30');
    await page.getByTestId('retention-saved').waitFor();

    await page.goto(companyUrl);
    await page.getByTestId('company-page').waitFor();
    const general = applicationRow('総合職');
    await general.getByTestId('application-status-select').selectOption('rejected');
    await general.getByTestId('application-status').filter({ hasText: '不採用' }).waitFor();

    offset += 31 * DAY;
    // Saving the setting sweeps at once (otherwise the hourly sweep would).
    await page.getByTestId('nav-settings').click();
    await page.locator('[data-testid="retention"]:enabled').waitFor();
    await page.getByTestId('retention').selectOption('90');
    await page.getByTestId('retention-saved').waitFor();
    await page.getByTestId('retention').selectOption('30');
    await page.getByTestId('retention-saved').waitFor();

    await page.goto(companyUrl);
    await page.getByTestId('company-page').waitFor();
    await general.getByTestId('linked-event-link').click();
    await page.getByTestId('event-page').waitFor();
    await page.getByTestId('recording-audio-deleted').waitFor();
    await expect(page.getByTestId('recording-status').textContent()).resolves.toBe('音声は削除済み');
    await screenshot(page, '42-linked-event-audio-deleted');
  });

  it('preselects the only application of the company chosen on the home page', async () => {
    const { page } = app;
    await addCompanyWithApplications(ONE_APPLICATION_COMPANY, ['営業職']);
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('home-page').waitFor();
    const addEvent = page.getByTestId('add-event');
    if ((await addEvent.getAttribute('data-open')) !== 'true') await addEvent.getByRole('button').first().click();
    const form = page.getByTestId('event-form');
    await form.getByTestId('event-company').selectOption({ label: ONE_APPLICATION_COMPANY });
    await form
      .locator('[data-testid="event-application"] option:checked', { hasText: '営業職' })
      .waitFor({ state: 'attached' });
    await screenshot(page, '43-home-event-form-single-application');
    await form.getByTestId('event-company').selectOption({ label: COMPANY });
    await expect(form.getByTestId('event-application').inputValue()).resolves.toBe('');
  });

  it('ran without a single Content-Security-Policy violation', () => {
    expect(app.cspViolations).toEqual([]);
  });
});
