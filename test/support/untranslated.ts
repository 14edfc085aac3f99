import type { Page } from 'playwright-core';

/**
 * Runs in the page (a string: the test project's TypeScript has no DOM types). Walks the visible text nodes
 * of <main> and keeps those with Japanese once user content is set aside.
 */
const SCRIPT = (names: readonly string[]) => `(() => {
  const names = ${JSON.stringify(names)};
  // Kana and kanji, and Japanese punctuation (、。・（）…: Unicode counts them as "Common" script).
  const japanese = /[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\u30fb\\uff01-\\uff60]/u;
  const skipped = '[data-user-content], textarea, input, option, script, style, [hidden]';
  const found = [];
  const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skipped)) continue;
    let text = (node.textContent || '').replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, '');
    for (const name of names) text = text.split(name).join('');
    if (japanese.test(text)) found.push((node.textContent || '').trim());
  }
  return found;
})()`;

/**
 * The Japanese left in a page's chrome once it is switched to English: every visible text node of the page
 * but user content — elements marked `data-user-content` (questions, answers, quotes, key points), form
 * fields, quoted stretches (“…”, "…", 「…」) of texts that quote the user (a prediction's "You said “…”"),
 * and the names the test gave the company and application (in titles and breadcrumbs).
 */
export async function untranslatedTexts(page: Page, names: readonly string[] = []): Promise<string[]> {
  return (await page.evaluate(SCRIPT(names))) as string[];
}
