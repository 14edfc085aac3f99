import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

/** test-results/ is gitignored; screenshots are for a human to look at, not compared pixel by pixel. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The whole page; `fullPage: false` for a modal dialog, whose backdrop covers only the viewport. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // Let fonts and layout settle so the picture shows what a user sees.
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/**
 * One part of the page (a card list, a chart), cut out of a full-page picture taken from the top: an element
 * screenshot would scroll it under the review page's sticky player.
 */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const page = locator.page();
  await page.evaluate('window.scrollTo(0, 0)');
  await page.evaluate('document.fonts.ready.then(() => true)');
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${name}: the element is not visible`);
  await page.screenshot({ path: file, fullPage: true, clip: box });
  return file;
}
