import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from './screenshots';

/** A full-page screenshot for a person to look at; copied to FURIKAERI_SHOTS_DIR too when that is set. */
export async function shot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name, { fullPage: true });
  const extra = process.env.FURIKAERI_SHOTS_DIR;
  if (extra) {
    fs.mkdirSync(extra, { recursive: true });
    fs.copyFileSync(file, path.join(extra, `${name}.png`));
  }
}

/** Switches the page's language with the header's switch and waits until it took. */
export async function setLocale(page: Page, locale: 'ja' | 'en'): Promise<void> {
  await page.getByTestId(`locale-${locale}`).click();
  await page.waitForFunction(`document.documentElement.lang === '${locale}'`);
}
