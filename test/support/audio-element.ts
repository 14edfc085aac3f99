import type { Locator, Page } from 'playwright-core';

/** The parts of HTMLMediaElement the tests read; the test tsconfig has no DOM library. */
interface MediaLike {
  currentTime: number;
  duration: number;
  paused: boolean;
  readyState: number;
  play(): Promise<void>;
}

export interface AudioState {
  currentTime: number;
  duration: number;
  paused: boolean;
}

export async function audioState(audio: Locator): Promise<AudioState> {
  return audio.evaluate((element) => {
    const media = element as unknown as MediaLike;
    return { currentTime: media.currentTime, duration: media.duration, paused: media.paused };
  });
}

/**
 * Presses the play button of Chromium's native controls: a real click at the left end of the control
 * bar, as a user would. Waits for the metadata first so the button is enabled.
 */
export async function playAudio(page: Page, audio: Locator): Promise<void> {
  await audio.scrollIntoViewIfNeeded();
  await expectMetadata(audio);
  const box = await audio.boundingBox();
  if (!box) throw new Error('The audio player is not visible');
  await page.mouse.click(box.x + 22, box.y + box.height / 2);
}

export async function seekAudio(audio: Locator, seconds: number): Promise<void> {
  await audio.evaluate((element, to) => {
    (element as unknown as MediaLike).currentTime = to;
  }, seconds);
}

async function expectMetadata(audio: Locator): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await audio.evaluate((element) => (element as unknown as MediaLike).readyState >= 1);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The audio player never loaded the recording’s metadata');
}
