import type { Page } from 'playwright-core';

/**
 * The steps a new user takes in the browser, with nothing set up behind the page's back: the passphrase,
 * a company, an event, a file dropped on the event's import area.
 */
export async function setUpLibraryInUi(page: Page, passphrase: string): Promise<void> {
  const setup = page.getByTestId('vault-setup');
  await setup.waitFor();
  await setup.getByTestId('new-passphrase').fill(passphrase);
  await setup.getByTestId('confirm-passphrase').fill(passphrase);
  await setup.getByTestId('vault-create').click();
  const recovery = page.getByTestId('vault-recovery-key');
  await recovery.getByTestId('recovery-saved').check();
  await recovery.getByTestId('recovery-done').click();
  await page.getByTestId('home-page').waitFor();
}

/** A company and an event (an interview unless `type` says) made through the home page's forms; ends on the event page. */
export async function createInterviewInUi(page: Page, company: string, type = 'interview'): Promise<void> {
  await page.getByTestId('brand').click();
  await page.getByTestId('home-page').waitFor();
  await unfold(page, 'add-company');
  await page.getByTestId('company-name').fill(company);
  await page.getByTestId('company-submit').click();
  await page.getByTestId('company-card').filter({ hasText: company }).waitFor();
  await unfold(page, 'add-event');
  const form = page.getByTestId('event-form');
  await form.getByTestId('event-company').selectOption({ label: company });
  await form.getByTestId('event-type').selectOption(type);
  await form.getByTestId('consent-granted').check();
  await form.getByTestId('event-submit').click();
  await page.getByTestId('event-page').waitFor();
}

/** Once the library has companies and events, the home page's forms are folded away behind their headings. */
async function unfold(page: Page, section: string): Promise<void> {
  const toggle = page.getByTestId(`${section}-toggle`);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The file picker of the import area (the drop zone's keyboard path); dropping takes the same route. */
export async function chooseFileInUi(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
}
