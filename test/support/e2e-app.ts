import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server';
import { WEB_DIST_INDEX, webBuilt } from './web-build';

export interface E2eApp {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console messages in which Chromium refused something under the page's Content-Security-Policy. */
  cspViolations: string[];
  dispose(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 900 };
export const TABLET = { width: 820, height: 1180 };

/** Server + Chromium + one page that has opened the printed login URL (the session cookie is set). */
export async function openApp(options: TestServerOptions = {}): Promise<E2eApp> {
  if (!webBuilt()) throw new Error(`The UI is not built (${WEB_DIST_INDEX} is missing): run \`npm run build\` first.`);
  const server = await startTestServer(options);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(server.loginUrl);
    const opened = browser;
    return {
      server,
      browser: opened,
      context,
      page,
      cspViolations,
      async dispose() {
        await opened.close();
        await server.dispose();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.dispose();
    throw error;
  }
}
