import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** test-results/ is gitignored; screenshots are for a human to look at, not compared pixel by pixel. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // Let fonts and layout settle so the picture shows what a user sees.
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
