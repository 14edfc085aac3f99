import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { DESKTOP } from './e2e-app';
import { parseWav, type Signal } from './pcm-correlation';

export const INTERVIEW_WAV = fileURLToPath(
  new URL('../../../shared/fixtures/audio/interview-ja-synth/interview_public.wav', import.meta.url),
);
export const hasInterviewWav = fs.existsSync(INTERVIEW_WAV);

/**
 * Chromium's fake devices: the microphone plays the fixture (looping), permission prompts are accepted,
 * and screen sharing picks the whole screen, whose fake audio track becomes the "remote" channel.
 */
export function fakeMediaArgs(wav = INTERVIEW_WAV): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    '--auto-select-desktop-capture-source=Entire screen',
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export interface RecorderBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Another tab of the same browser profile (same cookies and IndexedDB), e.g. after the first was closed. */
  newPage(url: string): Promise<Page>;
  dispose(): Promise<void>;
}

/** Chromium with the fake microphone (playing `wav`), signed in to the server through its printed login URL. */
export async function openRecorderBrowser(loginUrl: string, wav = INTERVIEW_WAV): Promise<RecorderBrowser> {
  const browser = await launchChromium(fakeMediaArgs(wav));
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(loginUrl);
  return {
    browser,
    context,
    page,
    async newPage(url: string) {
      const next = await context.newPage();
      await next.goto(url);
      return next;
    },
    async dispose() {
      await browser.close();
    },
  };
}

/** The stored recording as the player gets it (16 kHz PCM as WAV), one channel. */
export async function storedAudio(
  server: { url: string; token: string },
  recordingId: string,
  channel = 0,
): Promise<Signal & { channels: number }> {
  const response = await fetch(`${server.url}/api/recordings/${recordingId}/audio`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  if (!response.ok) throw new Error(`audio → ${response.status}`);
  return parseWav(Buffer.from(await response.arrayBuffer()), channel);
}

/** Milliseconds of audio the page has captured in this take (the recorder publishes it for this purpose). */
export async function capturedMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('save-status').getAttribute('data-captured-ms'));
}

export async function savedMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('save-status').getAttribute('data-saved-ms'));
}

/** Waits until the page has captured at least `ms` of audio. */
export async function recordFor(page: Page, ms: number, timeoutMs = ms + 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await capturedMs(page)) < ms) {
    if (Date.now() > deadline) throw new Error(`captured only ${await capturedMs(page)} ms of ${ms}`);
    await page.waitForTimeout(100);
  }
}

/**
 * A clock of what the microphone has captured, independent of the page's own count (which advances per
 * 0.5-s chunk): the fake microphone runs in real time, so it is the wall time since capture began. Capture
 * began half a second before the first chunk arrived.
 */
export async function captureClock(page: Page): Promise<() => number> {
  while ((await capturedMs(page)) === 0) await page.waitForTimeout(20);
  const began = Date.now() - (await capturedMs(page));
  return () => Date.now() - began;
}
