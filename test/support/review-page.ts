import type { Locator, Page } from 'playwright-core';
import { type AudioState, audioState } from './audio-element';

/** Shortcuts to the review page's parts, by test id. */
export function reviewPage(page: Page) {
  const audio = page.getByTestId('review-audio');
  return {
    audio,
    lines: page.getByTestId('transcript-line'),
    line: (index: number): Locator => page.getByTestId('transcript-line').nth(index),
    state: (): Promise<AudioState> => audioState(audio),
    playbackRate: (): Promise<number> =>
      audio.evaluate((element) => (element as unknown as { playbackRate: number }).playbackRate),
    currentLineText: (): Promise<string | null> =>
      page.locator('[data-testid="transcript-line"][data-current="true"] [data-testid="line-text"]').textContent(),
    waitUntilReady: async (): Promise<void> => {
      await page.getByTestId('review-page').waitFor();
      await page.locator('[data-testid="waveform"][data-ready="true"]').waitFor({ timeout: 20_000 });
    },
  };
}

/** Whether the focused element draws a focus ring a sighted keyboard user can see. */
export async function focusRingVisible(page: Page): Promise<boolean> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  })()`) as Promise<boolean>;
}

interface StyleWindow {
  getComputedStyle(element: unknown): { getPropertyValue(property: string): string };
}

/** One computed CSS property of the element (the test tsconfig has no DOM library, hence the cast). */
export async function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(
    (element, name) => (globalThis as unknown as StyleWindow).getComputedStyle(element).getPropertyValue(name),
    property,
  );
}
