import type { Company, JobEvent } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { callApi, uploadFile, waitUntilReady } from '../../test/support/api-client';
import { launchChromium } from '../../test/support/chromium';
import { storeTranscript } from '../../test/support/seed-review';
import { startTestServer, type TestServer } from '../../test/support/test-server';
import { spansWav } from '../../test/support/turn-wav';
import { hourTranscript } from './hour-transcript';
import { percentile } from './stats';

const RUNS = 5;

export interface ReviewFigures {
  segments: number;
  /** ms from navigation start, per run: first lines shown, all lines rendered, waveform drawn, both. */
  firstLinesMs: number[];
  transcriptMs: number[];
  waveformMs: number[];
  readyMs: number[];
  lineClickMs: number;
  nextQuestionMs: number;
  transcriptApiMs: number;
  peaksApiMs: number;
  peaksComputeMs: number;
  importSeconds: number;
}

/** Records, from inside the page, when the transcript and the waveform first became ready. */
const READINESS_PROBE = `(() => {
  const check = () => {
    const now = performance.now();
    const lines = document.querySelectorAll('[data-testid="transcript-line"]').length;
    if (!window.__firstLinesAt && lines > 0) window.__firstLinesAt = now;
    if (!window.__transcriptAt && lines >= 900) window.__transcriptAt = now;
    if (!window.__waveformAt && document.querySelector('[data-testid="waveform"][data-ready="true"]')) window.__waveformAt = now;
    if (!window.__transcriptAt || !window.__waveformAt) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Runs `action` on an element and resolves with the ms until `done` holds (checked every frame). */
const interaction = (select: string, action: string, done: string) => `new Promise((resolve) => {
  const element = ${select};
  const started = performance.now();
  ${action};
  const check = () => (${done}) ? resolve(performance.now() - started) : requestAnimationFrame(check);
  check();
})`;

export async function measureReviewPage(): Promise<ReviewFigures> {
  const server = await startTestServer({ passphrase: 'bench passphrase 2026' });
  const browser = await launchChromium();
  try {
    const { event, recordingId, importSeconds } = await seedHour(server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    await context.addInitScript(READINESS_PROBE);
    const page = await context.newPage();
    await page.goto(server.loginUrl);
    const firstLinesMs: number[] = [];
    const transcriptMs: number[] = [];
    const waveformMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/events/${event.id}/review`);
      // A function, not a string: the page's CSP forbids eval, which a string predicate would need.
      await page.waitForFunction(
        () => {
          const probe = globalThis as unknown as { __transcriptAt?: number; __waveformAt?: number };
          return Boolean(probe.__transcriptAt && probe.__waveformAt);
        },
        undefined,
        { timeout: 60_000 },
      );
      firstLinesMs.push(await page.evaluate('window.__firstLinesAt'));
      transcriptMs.push(await page.evaluate('window.__transcriptAt'));
      waveformMs.push(await page.evaluate('window.__waveformAt'));
    }
    return {
      segments: 900,
      firstLinesMs,
      transcriptMs,
      waveformMs,
      readyMs: transcriptMs.map((value, index) => Math.max(value, waveformMs[index] ?? Number.NaN)),
      ...(await interactions(page)),
      transcriptApiMs: await timedGet(server, `/events/${event.id}/transcript`),
      peaksApiMs: await timedGet(server, `/recordings/${recordingId}/peaks?buckets=2000`),
      // Another size is not stored: this is the cost of computing peaks from the encrypted PCM.
      peaksComputeMs: await timedGet(server, `/recordings/${recordingId}/peaks?buckets=1999`),
      importSeconds,
    };
  } finally {
    await browser.close();
    await server.dispose();
  }
}

async function seedHour(server: TestServer) {
  // The 115 MB WAV first: a pooled keep-alive connection left idle while it is generated can be closed
  // by the server just as the upload reuses it (ECONNRESET).
  const transcript = hourTranscript(7);
  const wav = spansWav(
    3_600,
    transcript.segments.map((segment) => ({
      startSeconds: segment.startMs / 1000,
      endSeconds: segment.endMs / 1000,
      frequency: segment.speaker === 'A' ? 180 : 240,
    })),
  );
  const company = await callApi<Company>(server, 'POST', '/companies', { name: 'ベンチ株式会社' });
  const event = await callApi<JobEvent>(server, 'POST', '/events', { companyId: company.id, type: 'interview' });
  const started = performance.now();
  const { recording } = await uploadFile(server, event.id, 'one-hour.wav', wav);
  await waitUntilReady(server, recording.id, 300_000);
  const importSeconds = (performance.now() - started) / 1000;
  storeTranscript(server, event.id, recording.id, transcript);
  return { event, recordingId: recording.id, importSeconds };
}

async function interactions(page: Page): Promise<{ lineClickMs: number; nextQuestionMs: number }> {
  const lineClickMs = (await page.evaluate(
    interaction(
      `document.querySelectorAll('[data-testid="transcript-line"]')[450]`,
      `element.querySelector('[data-testid="line-seek"]').click()`,
      `element.getAttribute('data-current') === 'true'`,
    ),
  )) as number;
  const nextQuestionMs = (await page.evaluate(
    interaction(
      `document.querySelectorAll('[data-testid="transcript-line"]')[452]`,
      `document.querySelector('[data-testid="next-question"]').click()`,
      `element.getAttribute('data-current') === 'true'`,
    ),
  )) as number;
  return { lineClickMs, nextQuestionMs };
}

async function timedGet(server: TestServer, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${server.token}` } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return performance.now() - started;
}

export function summarise(values: readonly number[]): string {
  const runs = values.map((value) => value.toFixed(0)).join(', ');
  return `median ${percentile(values, 50).toFixed(0)} ms, worst ${Math.max(...values).toFixed(0)} ms (runs: ${runs})`;
}
