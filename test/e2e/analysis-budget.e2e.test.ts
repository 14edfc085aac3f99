import type { Company, JobEvent } from '@furikaeri/core';
import { isTerminalJobStatus } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshotOf } from '../support/screenshots';

/** Notes typed without punctuation, far more than one second of analysis can read. */
function unpunctuated(characters: number): string {
  const phrases = ['私は大学で', 'マーケティングを学び', 'その経験を活かして', '御社で働きたいと考えています'];
  let text = '';
  for (let index = 0; text.length < characters; index += 1) text += phrases[index % phrases.length];
  return text.slice(0, characters);
}

/** A report cut short by the analysis time limit says so first on the review page, in the user's language. */
describe.skipIf(!chromiumAvailable())(
  'an analysis stopped by its time limit, in Chromium (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp;
    let eventId: string;

    beforeAll(async () => {
      app = await openApp({ passphrase: '時間の上限を確かめる 2026' });
      const { server } = app;
      const company = await callApi<Company>(server, 'POST', '/companies', { name: '株式会社ながい' });
      eventId = (await callApi<JobEvent>(server, 'POST', '/events', { type: 'interview', companyId: company.id })).id;
      await callApi(server, 'PUT', '/settings/analysis-budget', { timeBudgetMs: 1_000 });
      const response = await fetch(`${server.url}/api/events/${eventId}/transcripts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'x-file-name': 'notes.txt' },
        // Long lines, not one endless line: the review page draws every segment of the transcript.
        body: `面接官: 志望動機を教えてください。\n${Array.from({ length: 150 }, () => `自分: ${unpunctuated(1_000)}`).join('\n')}`,
      });
      expect(response.status).toBe(201);
      const { job } = (await response.json()) as { job: { id: string } };
      const jobs = server.session.require().repos.jobs;
      for (const started = Date.now(); !isTerminalJobStatus(jobs.require(job.id).status); ) {
        if (Date.now() - started > 60_000) throw new Error('the analysis job did not end within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('shows above the summary that the analysis stopped and which part it covers', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/events/${eventId}/review`);
      const partial = page.getByTestId('summary-partial');
      await partial.waitFor({ timeout: 60_000 });
      const text = (await partial.textContent()) ?? '';
      expect(text).toContain('時間の上限（1秒）で打ち切りました');
      expect(text).toMatch(/冒頭から [\d:]+ まで/);
      // Said once, not again among the other notes.
      await expect(page.getByTestId('summary-notes').textContent()).resolves.not.toContain('打ち切りました');
      await screenshotOf(page.getByTestId('qa-summary'), 'analysis-budget-01-partial-ja');
    });
  },
);
