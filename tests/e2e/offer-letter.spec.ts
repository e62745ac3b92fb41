/**
 * Paste an offer letter (issue #20): the review dialog shows each figure
 * beside its highlighted source line, the user unticks one and accepts, and
 * the offer holds exactly the ticked figures with "offer letter" as their
 * source. Cancel changes nothing; files open through main (text PDF, scan);
 * a 1 MB paste keeps the window responsive (the extractor runs in a Worker).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { OffersPage } from './pages/OffersPage';
import { WorkbookPage } from './pages/WorkbookPage';

const LETTERS = join(import.meta.dirname, '../fixtures/offer-letters');
const AMAZON = readFileSync(join(LETTERS, '01-amazon-pm.txt'), 'utf8');

const openOffers = async (app: Page) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Offers');
};

const dialog = (app: Page) => app.getByRole('dialog', { name: 'Paste an offer letter' });
const row = (app: Page, label: string) =>
  dialog(app)
    .getByRole('listitem')
    .filter({ has: app.getByText(label, { exact: true }) });

test('paste the Amazon-style letter, review each figure by its source, untick one, accept', async ({
  app,
}) => {
  await openOffers(app);
  await app.getByRole('button', { name: 'Paste offer letter…' }).click();
  await dialog(app).getByLabel('Offer letter or recruiter’s email').fill(AMAZON);
  const found = dialog(app).getByRole('region', { name: 'Figures found' });
  await expect(found).toBeVisible();

  // Each figure sits next to its source line with the words it came from highlighted.
  const base = row(app, 'Base salary, a year:');
  await expect(base.getByRole('checkbox')).toBeChecked();
  await expect(base.locator('strong')).toHaveText('$182,000');
  await expect(base.locator('mark')).toHaveText('$182,000');
  await expect(base.locator('blockquote')).toContainText('Line 7:');
  await expect(row(app, 'Sign-on, year 1:').locator('mark')).toHaveText('$60,000');
  await expect(row(app, 'Sign-on, year 2:').locator('mark')).toHaveText('$45,000');
  await expect(row(app, 'Vesting:').locator('strong')).toHaveText(
    'Amazon schedule: 5 / 15 / 40 / 40% by year',
  );
  await expect(row(app, 'Offer deadline:').locator('mark')).toHaveText('February 6, 2027');
  // The relocation allowance and the 401(k) match are not pay: nothing points at them.
  await expect(found.locator('mark', { hasText: '$12,500' })).toHaveCount(0);
  await expect(found.getByText('Not found — enter by hand')).toBeVisible();
  await expect(found.getByText(/Annual bonus target/)).toBeVisible();

  // The grant is in units: the share price the user enters gives its value, with the working.
  await dialog(app).getByLabel('Share price (USD)').fill('185.50');
  await expect(dialog(app).getByText('Grant value: 310 units × $185.50 = $57,505.')).toBeVisible();

  await row(app, 'Sign-on, year 2:').getByRole('checkbox').uncheck();
  await expectNoSeriousA11yViolations(app, 'offer-letter review');
  await screenshot(app, 'offer-letter-review', { docs: true });

  await dialog(app)
    .getByRole('button', { name: /^Add offer with \d+ figures$/ })
    .click();
  await expect(dialog(app)).toBeHidden();
  await expect(
    app.getByText(/Added “Senior Product Manager - Technical” with \d+ figures/),
  ).toBeVisible();

  const offers = new OffersPage(app);
  // The new offer is a new column, its name focused.
  await expect(offers.field('Offer name', 'Senior Product Manager - Technical')).toBeFocused();
  offers.choose('Senior Product Manager - Technical');
  await offers.expectValue('Base salary', '182,000');
  await offers.expectValue('Sign-on bonus, year 1', '60,000');
  await offers.expectValue('Sign-on bonus, year 2', '0');
  await offers.expectValue('RSU grant value', '57,505');
  await offers.expectValue('Vesting schedule', 'amazon');
  await offers.expectValue('Level', '6');
  await offers.expectValue('Location', 'Seattle, WA');
  await offers.expectValue('Decision deadline', '2027-02-06');
  await offers.expectValue('Sign-on repayment if you leave early', 'prorated');
  await offers.expectValue('Source: Base salary', 'offer-letter');
  await offers.expectValue('Source: Sign-on bonus, year 1', 'offer-letter');
  await offers.expectValue('Source: RSU grant value', 'offer-letter');
  // The unticked figure was not taken, so it has no letter source either.
  await offers.expectValue('Source: Sign-on bonus, year 2', '');
});

test('cancel changes nothing; the File menu opens the same dialog', async ({ app, appControl }) => {
  await openOffers(app);
  await appControl.command('file:pasteOfferLetter');
  await dialog(app).getByLabel('Offer letter or recruiter’s email').fill(AMAZON);
  await expect(dialog(app).getByRole('region', { name: 'Figures found' })).toBeVisible();
  await dialog(app).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(app)).toBeHidden();
  await expect(app.getByText('No offers yet — add your first offer')).toBeVisible();
  // Escape closes it the same way, and a reopened dialog starts empty.
  await app.getByRole('button', { name: 'Paste offer letter…' }).click();
  await expect(dialog(app).getByLabel('Offer letter or recruiter’s email')).toHaveValue('');
  await app.keyboard.press('Escape');
  await expect(dialog(app)).toBeHidden();
  await expect(app.getByText('No offers yet — add your first offer')).toBeVisible();
});

test('open a text PDF and a scanned one', async ({ app, dialogs }) => {
  await openOffers(app);
  await app.getByRole('button', { name: 'Paste offer letter…' }).click();
  dialogs.answerOpen(join(LETTERS, '../offer-letter-scan.pdf'));
  await dialog(app).getByRole('button', { name: 'Open a file…' }).click();
  await expect(dialog(app).getByRole('status')).toHaveText(
    /offer-letter-scan\.pdf holds no text — it looks like a scan/,
  );

  dialogs.answerOpen(join(LETTERS, '17-text-pdf.pdf'));
  await dialog(app).getByRole('button', { name: 'Open a file…' }).click();
  await expect(dialog(app).getByRole('status')).toHaveText('Read 17-text-pdf.pdf.');
  await expect(row(app, 'Base salary, a year:').locator('mark')).toHaveText('$171,000');
  await expect(row(app, 'Vesting:').locator('strong')).toHaveText(
    '25 / 25 / 25 / 25% by year, one-year cliff, then quarterly',
  );
  await screenshot(app, 'offer-letter-pdf', { docs: true });
});

test('a 1 MB paste is read in a Worker, off the page’s thread', async ({ app }) => {
  await openOffers(app);
  // The reader's Worker starts when the dialog first opens, not with the page: a start of the app
  // does not pay for it (useLetterExtraction.ts).
  await app.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)));
  expect(app.workers()).toEqual([]);
  await app.getByRole('button', { name: 'Paste offer letter…' }).click();
  await expect.poll(() => app.workers().length).toBe(1);
  let big = '';
  while (big.length < 1_000_000) big += `${AMAZON}\n\n`;
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.evaluate((text) => navigator.clipboard.writeText(text), big);
  await dialog(app).getByLabel('Offer letter or recruiter’s email').focus();
  await app.keyboard.press('ControlOrMeta+V');
  await expect(dialog(app).getByText(/The letter is 1,0\d\d,\d{3} characters long/)).toBeVisible();
  const found = dialog(app).getByRole('region', { name: 'Figures found' });
  await expect(found).toBeVisible({ timeout: 30_000 });
  // The reading ran in the dialog's Worker (the extractor ships only in the worker's bundle),
  // so the page's thread kept painting. How long its frames were apart while the letter was read
  // is measured by the benchmark (bench/letter.bench.ts), never asserted here.
  expect(app.workers().map((w) => w.url())).toEqual([expect.stringMatching(/letterWorker/)]);
  expect(Number(await found.getAttribute('data-extract-ms'))).toBeGreaterThan(0);
  await expect(row(app, 'Base salary, a year:').locator('mark')).toHaveText('$182,000');
});
