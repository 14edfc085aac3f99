import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.FURIKAERI_CHROMIUM ?? '/usr/bin/chromium';
const WAV = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth/interview_public.wav');
const MB = 1024 * 1024;

/**
 * The page's side of "flat memory": records in Chromium (fake microphone, real time) and reads the live
 * JavaScript heap after a forced garbage collection every `sampleSeconds`. Real time only, so minutes, not
 * hours; a heap that does not grow with the minutes is what a 3-hour recording needs.
 */
export async function pageHeapDuringRecording(
  server: { url: string; token: string },
  eventId: string,
  minutes: number,
  sampleSeconds = 30,
): Promise<void> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(WAV)) {
    console.log(`  skipped: needs ${CHROMIUM} and ${WAV}`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${WAV}`,
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?token=${server.token}`);
    await page.goto(`${server.url}/#/events/${eventId}/record`);
    await page.getByTestId('start-button').click();
    await page.getByTestId('recording-screen').waitFor();
    const heap = () =>
      page.evaluate(
        `(() => { globalThis.gc?.(); return performance.memory ? performance.memory.usedJSHeapSize : null; })()`,
      ) as Promise<number | null>;
    const samples: string[] = [];
    for (let second = 0; second <= minutes * 60; second += sampleSeconds) {
      if (second > 0) await page.waitForTimeout(sampleSeconds * 1000);
      const used = await heap();
      const captured = Number(await page.getByTestId('save-status').getAttribute('data-captured-ms'));
      samples.push(`${(captured / 1000).toFixed(0)} s: ${used === null ? 'n/a' : `${(used / MB).toFixed(1)} MB`}`);
    }
    console.log(`  page JS heap after GC, by recorded time: ${samples.join(', ')}`);
    await page.getByTestId('stop-button').click();
    await page.getByTestId('stop-summary').waitFor({ timeout: 60_000 });
  } finally {
    await browser.close();
  }
}
