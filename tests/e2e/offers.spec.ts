import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { OffersPage, WORKED_PM, WORKED_PMM } from './pages/OffersPage';
import { WorkbookPage } from './pages/WorkbookPage';
import { timeBaseSalaryEdit } from './support/editToPaint';

const PM = WORKED_PM.name;
const PMM = WORKED_PMM.name;

/** Starts a workbook and enters the two worked-example offers by label. */
const enterTwoOffers = async (app: Page): Promise<OffersPage> => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  await offers.addWorkedExample();
  return offers;
};

test('a new offer starts from the template’s Amazon conventions, all editable', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Offers');
  await expect(app.getByText('No offers yet — add your first offer')).toBeVisible();
  const offers = new OffersPage(app);
  await offers.addButton.click();
  await expect(offers.field('Company')).toHaveValue('Amazon');
  await expect(offers.field('Vesting schedule')).toHaveValue('amazon');
  await expect(offers.field('Sign-on paid monthly over each year')).toBeChecked();
  await expect(offers.field('Annual bonus target (%)')).toHaveValue('0');
  await expect(offers.field('Currency')).toHaveValue('USD');
  // Every pre-filled value stays editable.
  await offers.field('Vesting schedule').selectOption('even-cliff');
  await offers.field('Sign-on paid monthly over each year').uncheck();
  await offers.field('Annual bonus target (%)').fill('10');
  await offers.field('Company').fill('Other Co');
  await offers.field('RSU grant value').fill('100k');
  await expect(app.getByTestId('grant-split')).toContainText('year 1: $25,000');
  await offers.field('Vesting schedule').selectOption('custom');
  await offers.field('Custom vesting, percent per year').fill('10, 20, 30, 40');
  await expect(app.getByTestId('grant-split')).toContainText('year 4: $40,000');
});

test('two offers entered by label: totals, gap, growth control, and a reload keeps them', async ({
  app,
  appControl,
}) => {
  const offers = await enterTwoOffers(app);
  // The per-year split of the grant shows under the field as it is typed.
  await offers.tab(PM).click();
  await expect(app.getByTestId('grant-split')).toHaveText(
    /year 1: \$8,000 · year 2: \$24,000 · year 3: \$64,000 · year 4: \$64,000/,
  );

  const check = async (o: OffersPage) => {
    await o.expectCell('Year 1 total', PM, '$210,000');
    await o.expectCell('Year 2 total', PM, '$211,000');
    await o.expectCell('Year 3 total', PM, '$206,000');
    await o.expectCell('Year 4 total', PM, '$206,000');
    await o.expectCell('4-year total', PM, '$833,000');
    await o.expectCell('Average per year', PM, '$208,250');
    await o.expectCell('Market-style total comp', PM, '$182,000');
    await o.expectCell('Average per year', PMM, '$193,500');
    await o.expectCell('Gap to baseline (%)', PMM, '-7.08%');
    await o.expectCell('Gap to baseline (USD)', PMM, '-$14,750');
    await o.expectCell('Gap to baseline (%)', PM, '—');
  };
  await check(offers);

  await offers.setGrowth('+10%');
  await offers.expectCell('Year 1 equity', PM, '$8,800');
  await offers.expectCell('Year 2 equity', PM, '$29,040');
  await offers.expectCell('Year 3 equity', PM, '$85,184');
  await offers.expectCell('Year 4 equity', PM, '$93,702.40');
  await offers.setGrowth('−20%');
  // 160,000 × 5% × 0.8 = 6,400.
  await offers.expectCell('Year 1 equity', PM, '$6,400');
  // The offers themselves keep their own growth.
  await expect(offers.field('Stock growth per year (%)')).toHaveValue('0');

  await offers.tab(PMM).click();
  await offers.field('Scope notes').fill('Launches for the seller analytics product.');
  await offers.field('Source: Base salary').selectOption('offer-letter');
  await offers.field('Decision deadline').fill('2026-12-24');
  await offers.expectCell('Decision deadline', PMM, 'Dec 24, 2026');
  // The table shows an edit as it is typed; "Saved" comes only once every edit is stored.
  await expect(app.getByText('Saving…')).toBeVisible();
  await expect(app.getByText(/^Saved \d/)).toBeVisible();

  await appControl.reload();
  const after = new OffersPage(appControl.page());
  await new WorkbookPage(appControl.page()).goTo('Offers');
  await check(after);
  await after.tab(PMM).click();
  await expect(after.field('Scope notes')).toHaveValue(
    'Launches for the seller analytics product.',
  );
  await expect(after.field('Source: Base salary')).toHaveValue('offer-letter');
  await expect(after.field('Decision deadline')).toHaveValue('2026-12-24');
  await expect(after.field('Base salary')).toHaveValue('136,000');
});

test('bad input gets a message next to the field and the saved value is kept', async ({
  app,
  appControl,
}) => {
  const offers = await enterTwoOffers(app);
  await offers.tab(PM).click();
  const bad: [string, string, string | RegExp][] = [
    ['Base salary', '-5000', 'Amounts cannot be negative.'],
    ['Base salary', 'lots', /Enter an amount as a number/],
    ['Base salary', '150m', 'That is over $100 million — check for extra digits.'],
    ['Sign-on bonus, year 1', '1,00,000', /commas/],
    ['Annual bonus target (%)', '250', 'Must be at most 200%.'],
    ['Annual bonus target (%)', '-1', 'Must be at least 0%.'],
    ['Stock growth per year (%)', 'ten', /Enter a number/],
    ['Annual raise (%)', '-60', 'Must be at least -50%.'],
    ['Offer name', '   ', 'Give the offer a name.'],
    ['Currency', 'dollars', 'Use a three-letter currency code such as USD.'],
  ];
  for (const [label, text, message] of bad) {
    await offers.field(label).fill(text);
    await expect(offers.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(offers.errorOf(label)).toHaveText(message);
    // The comparison keeps showing the last valid saved state.
    await offers.expectCell('Average per year', PM, '$208,250');
  }
  await offers.field('Vesting schedule').selectOption('custom');
  await offers.field('Custom vesting, percent per year').fill('10, 20, 30');
  await expect(offers.errorOf('Custom vesting, percent per year')).toHaveText(
    'The yearly percents must add up to 100.',
  );
  await offers.expectCell('Average per year', PM, '$208,250');

  await appControl.reload();
  const after = new OffersPage(appControl.page());
  await new WorkbookPage(appControl.page()).goTo('Offers');
  await after.tab(PM).click();
  await expect(after.field('Offer name')).toHaveValue(PM);
  await expect(after.field('Base salary')).toHaveValue('142,000');
  await expect(after.field('Annual bonus target (%)')).toHaveValue('0');
  await expect(after.field('Currency')).toHaveValue('USD');
  await after.expectCell('Average per year', PM, '$208,250');
});

test('a choice whose write fails is told in a toast, and the shown value goes back', async ({
  app,
}) => {
  const offers = await enterTwoOffers(app);
  await offers.tab(PM).click();
  await expect(offers.field('Role')).toHaveValue('pm');
  // Remove the offer from IndexedDB behind the app's back (raw IndexedDB: the app's live queries
  // do not see it), so the next write of this offer fails.
  const pmId = await offers.tab(PM).getAttribute('id');
  await app.evaluate(
    async (id) => {
      const open = indexedDB.open('crossroads');
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('offers', 'readwrite');
      tx.objectStore('offers').delete(id);
      await new Promise((done) => {
        tx.oncomplete = done;
      });
      db.close();
    },
    pmId?.replace(/^offer-tab-/, '') ?? '',
  );
  await offers.field('Role').selectOption('pmm');
  await expect(app.getByRole('status')).toContainText(
    'That change was not saved. That offer no longer exists.',
  );
  await expect(offers.field('Role')).toHaveValue('pm');
});

test('duplicate, reorder by keyboard, delete with undo, baseline and exchange rates', async ({
  app,
}) => {
  const offers = await enterTwoOffers(app);
  await offers.tab(PM).click();
  await app.getByRole('button', { name: 'Duplicate' }).click();
  await expect(offers.tabs).toHaveText([PM, PMM, `${PM} (copy)`]);
  await expect(offers.tab(`${PM} (copy)`)).toHaveAttribute('aria-selected', 'true');
  await app.getByRole('button', { name: 'Move earlier' }).click();
  await expect(offers.tabs).toHaveText([PM, `${PM} (copy)`, PMM]);

  // Tabs: arrow keys move between offers.
  await offers.tab(`${PM} (copy)`).focus();
  await app.keyboard.press('ArrowRight');
  await expect(offers.tab(PMM)).toBeFocused();
  await expect(offers.tab(PMM)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Home');
  await expect(offers.tab(PM)).toBeFocused();

  // Baseline: gaps are measured against the chosen offer.
  await app.getByLabel('Baseline', { exact: true }).selectOption({ label: PMM });
  // (208,250 − 193,500) / 193,500 = 7.62%.
  await offers.expectCell('Gap to baseline (%)', PM, '+7.62%');

  // Delete with undo.
  await offers.tab(PMM).click();
  await app.getByRole('button', { name: 'Delete offer' }).click();
  await expect(offers.tabs).toHaveText([PM, `${PM} (copy)`]);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(offers.tabs).toHaveText([PM, `${PM} (copy)`, PMM]);
  await offers.expectCell('Gap to baseline (%)', PM, '+7.62%');

  // Another currency is not compared until a rate is entered.
  await offers.tab(`${PM} (copy)`).click();
  await offers.field('Currency').fill('EUR');
  // The offer has amounts, so the app asks what they become; kept as typed, $142,000 is €142,000.
  await offers.answerCurrencyQuestion({ keep: true });
  await offers.expectCell('Gap to baseline (%)', `${PM} (copy)`, 'Needs an exchange rate');
  await offers.expectCell('Average per year', `${PM} (copy)`, '€208,250');
  const rate = app.getByLabel('Exchange rate: USD per 1 EUR');
  await rate.fill('abc');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await rate.fill('0.5');
  // 208,250 EUR × 0.5 = 104,125 USD; (104,125 − 193,500) / 193,500 = −46.19%.
  await offers.expectCell('Gap to baseline (%)', `${PM} (copy)`, '-46.19%');
  // A rate of 10^308 once crashed Offers and Summary (#18 item 4): it is refused
  // beside the field, and the comparison keeps the last good rate.
  await rate.fill(`1${'0'.repeat(308)}`);
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(
    app.getByText('Enter a rate of at most 1,000,000 — check for extra digits.'),
  ).toBeVisible();
  await offers.expectCell('Gap to baseline (%)', `${PM} (copy)`, '-46.19%');
});

test('charts one at a time: tabs by mouse and keyboard, the choice kept across sections', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const titles: Record<string, string> = {
    'Cumulative pay': 'Cumulative pay over 48 months',
    'By year': 'Pay components by year',
    'Cash flow': 'Monthly cash flow',
    'Leaving early': 'Cost of leaving early',
    'Published pay': 'Against published pay figures',
  };
  await expect(offers.chartTabs).toHaveText(Object.keys(titles));
  await expect(offers.chartTab('Cumulative pay')).toHaveAttribute('aria-selected', 'true');
  for (const [tab, title] of Object.entries(titles)) {
    await offers.chartTab(tab).click();
    await expect(offers.chartTab(tab)).toHaveAttribute('aria-selected', 'true');
    // Only the chosen chart exists: one caption in the panel, and it is this chart's.
    await expect(offers.chartPanel.locator('figcaption')).toHaveText([title]);
    await expect(app.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  // Keyboard: the arrows move and select, wrapping at the ends; Home goes back to the first.
  await offers.chartTab('Published pay').focus();
  await app.keyboard.press('ArrowRight');
  await expect(offers.chartTab('Cumulative pay')).toBeFocused();
  await expect(offers.chartPanel.locator('figcaption')).toHaveText([
    titles['Cumulative pay'] ?? '',
  ]);
  await app.keyboard.press('ArrowLeft');
  await expect(offers.chartTab('Published pay')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
  await expect(offers.chartTab('By year')).toBeFocused();
  await expect(offers.chartPanel.locator('figcaption')).toHaveText([titles['By year'] ?? '']);
  // Only the selected tab is in the tab order.
  await expect(offers.chartTabs.and(app.locator('[tabindex="0"]'))).toHaveCount(1);
  await expectNoSeriousA11yViolations(app, 'offers chart tabs');

  await wb.goTo('Summary');
  await wb.goTo('Offers');
  await expect(offers.chartTab('By year')).toHaveAttribute('aria-selected', 'true');
  await expect(offers.chartPanel.locator('figcaption')).toHaveText([titles['By year'] ?? '']);
});

test('the sample shows two example offers; screenshots with two and six offers; edit→paint timing', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  await expect(offers.tabs).toHaveCount(2);
  await expect(offers.tabs.first()).toContainText('example');
  await expect(app.getByText('Example offer.')).toBeVisible();
  await expect(app.getByText('Cumulative pay over 48 months')).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'offers with two offers');
  await screenshot(app, 'offers-two', { docs: true, fullPage: true });
  await app.setViewportSize({ width: 900, height: 700 });
  await screenshot(app, 'offers-two-900x700', { fullPage: true });
  await screenshot(app, 'offers-two-900x700-top');
  const overflow = await app.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(app, 'offers dark');
  await screenshot(app, 'offers-two-dark', { fullPage: true });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.setViewportSize({ width: 1280, height: 800 });

  for (let i = 0; i < 4; i++) {
    await app.getByRole('button', { name: 'Duplicate' }).click();
  }
  await expect(offers.tabs).toHaveCount(6);
  await expect(offers.table.locator('thead th')).toHaveCount(6);
  await screenshot(app, 'offers-six', { docs: true, fullPage: true });
  await app.setViewportSize({ width: 900, height: 700 });
  await screenshot(app, 'offers-six-900x700', { fullPage: true });
  await offers.table.scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-six-900x700-table');
  await app.getByText('Cumulative pay over 48 months').scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-six-900x700-charts');
  await app.setViewportSize({ width: 1280, height: 800 });

  // Edit → paint with six offers on screen: type a new base salary and time until the table
  // shows it and a frame has been painted. Reported, not asserted.
  await offers.tabs.first().click();
  const input = offers.field('Base salary');
  await input.focus();
  const table: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 30; i++) {
    const ms = await timeBaseSalaryEdit(app, 140_000 + (i + 1) * 1_000);
    table.push(ms.numbers);
    full.push(ms.charts);
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)})`;
  };
  console.log(
    `offers edit→paint, 6 offers, ${table.length} edits — table: ${stats(table)}; table+charts: ${stats(full)}`,
  );
});
