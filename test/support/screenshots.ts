import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

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
