import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { OffersPage, WORKED_PM, WORKED_PMM } from './pages/OffersPage';
import { WorkbookPage } from './pages/WorkbookPage';

const PM = WORKED_PM.name;
const PMM = WORKED_PMM.name;
/** The sample workbook's second offer; its baseline is the PM offer. */
const PMM_SAMPLE = 'Example: Amazon PMM, L5';

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
  // Focus lands in the new offer's name, ready to type.
  const name = app.locator(':focus');
  await expect(name).toHaveAttribute('data-draft-key', /:name$/);
  offers.choose(await name.inputValue());
  await offers.expectValue('Company', 'Amazon');
  await offers.expectValue('Vesting schedule', 'amazon');
  await expect(offers.field('Sign-on paid monthly over each year')).toBeChecked();
  await offers.expectValue('Annual bonus target (%)', '0');
  await offers.expectValue('Currency', 'USD');
  // Every pre-filled value stays editable.
  await offers.pick('Vesting schedule', 'even-cliff');
  await offers.field('Sign-on paid monthly over each year').uncheck();
  await offers.enter('Annual bonus target (%)', '10');
  await offers.enter('Company', 'Other Co');
  await offers.enter('RSU grant value', '100k');
  await expect(offers.grantSplit()).toContainText('year 1: $25,000');
  await offers.pick('Vesting schedule', 'custom');
  await offers.enter('Custom vesting, percent per year', '10, 20, 30, 40');
  await expect(offers.grantSplit()).toContainText('year 4: $40,000');
});

test('two offers entered by label: totals, gap, growth control, and a reload keeps them', async ({
  app,
  appControl,
}) => {
  const offers = await enterTwoOffers(app);
  // The per-year split of the grant shows under the field as it is typed.
  offers.choose(PM);
  await expect(offers.grantSplit()).toHaveText(
    /year 1: \$8,000 · year 2: \$24,000 · year 3: \$64,000 · year 4: \$64,000/,
  );

  const check = async (o: OffersPage) => {
    await o.showYearParts();
    await o.expectCell('Year 1 total', PM, '$210,000');
    await o.expectCell('Year 2 total', PM, '$211,000');
    await o.expectCell('Year 3 total', PM, '$206,000');
    await o.expectCell('Year 4 total', PM, '$206,000');
    await o.expectCell('4-year total', PM, '$833,000');
    await o.expectCell('Average per year', PM, '$208,250');
    await o.expectCell('Market-style total comp', PM, '$182,000');
    await o.expectCell('Average per year', PMM, '$193,500');
    await o.expectCell('Gap to baseline (%)', PMM, '−7.08%');
    await o.expectCell('Gap to baseline (USD)', PMM, '−$14,750');
    await o.expectCell('Gap to baseline (%)', PM, '—');
    await o.expectCell('Difference to baseline, 4 years', PMM, '−$59,000');
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
  await offers.expectValue('Stock growth per year (%)', '0');

  offers.choose(PMM);
  await offers.enter('Scope notes', 'Launches for the seller analytics product.');
  await offers.pick('Source: Base salary', 'offer-letter');
  await offers.enter('Decision deadline', '2026-12-24');
  // The table shows an edit as it is typed; "Saved" comes only once every edit is stored.
  await expect(app.getByText('Saving…')).toBeVisible();
  await expect(app.getByText(/^Saved \d/)).toBeVisible();

  await appControl.reload();
  const after = new OffersPage(appControl.page());
  await new WorkbookPage(appControl.page()).goTo('Offers');
  await check(after);
  after.choose(PMM);
  await after.expectValue('Scope notes', 'Launches for the seller analytics product.');
  await after.expectValue('Source: Base salary', 'offer-letter');
  await after.expectValue('Decision deadline', '2026-12-24');
  await after.expectValue('Base salary', '136,000');
});

test('bad input gets a message next to the field and the saved value is kept', async ({
  app,
  appControl,
}) => {
  const offers = await enterTwoOffers(app);
  offers.choose(PM);
  const bad: [string, string, string | RegExp][] = [
    ['Base salary', '-5000', 'Amounts cannot be negative.'],
    ['Base salary', 'lots', /Enter an amount as a number/],
    ['Base salary', '150m', 'That is over $100 million — check for extra digits.'],
    ['Sign-on bonus, year 1', '1,00,000', /commas/],
    ['Annual bonus target (%)', '250', 'Must be at most 200%.'],
    ['Annual bonus target (%)', '-1', 'Must be at least 0%.'],
    ['Stock growth per year (%)', 'ten', /Enter a number/],
    ['Annual raise (%)', '-60', 'Must be at least -50%.'],
    ['Currency', 'dollars', 'Use a three-letter currency code such as USD.'],
  ];
  for (const [label, text, message] of bad) {
    await offers.enter(label, text);
    await expect(offers.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(offers.errorOf(label)).toHaveText(message);
    // The comparison keeps showing the last valid saved state.
    await offers.expectCell('Average per year', PM, '$208,250');
  }
  await offers.pick('Vesting schedule', 'custom');
  await offers.enter('Custom vesting, percent per year', '10, 20, 30');
  await expect(offers.errorOf('Custom vesting, percent per year')).toHaveText(
    'The yearly percents must add up to 100.',
  );
  await offers.expectCell('Average per year', PM, '$208,250');

  await appControl.reload();
  const after = new OffersPage(appControl.page());
  await new WorkbookPage(appControl.page()).goTo('Offers');
  after.choose(PM);
  await after.expectValue('Offer name', PM);
  await after.expectValue('Base salary', '142,000');
  await after.expectValue('Annual bonus target (%)', '0');
  await after.expectValue('Currency', 'USD');
  await after.expectCell('Average per year', PM, '$208,250');
});

test('a choice whose write fails is told in a toast, and the shown value goes back', async ({
  app,
}) => {
  const offers = await enterTwoOffers(app);
  offers.choose(PM);
  await offers.expectValue('Role', 'pm');
  // Every earlier edit stored first: a write landing after the removal would re-run the live query
  // and take the column away before the choice below could be made.
  await expect(app.getByText(/^Saved \d/)).toBeVisible();
  // Remove the offer from IndexedDB behind the app's back (raw IndexedDB: the app's live queries
  // do not see it), so the next write of this offer fails.
  const pmKey = await offers.field('Offer name').getAttribute('data-draft-key');
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
    pmKey?.replace(/^offer:(.*):name$/, '$1') ?? '',
  );
  await offers.pick('Role', 'pmm');
  await expect(app.getByRole('status')).toContainText(
    'That change was not saved. That offer no longer exists.',
  );
  await offers.expectValue('Role', 'pm');
});

test('column actions: duplicate, move, delete with undo, baseline, and exchange rates', async ({
  app,
}) => {
  const offers = await enterTwoOffers(app);
  const COPY = `${PM} (copy)`;
  await offers.columnAction(PM, 'Duplicate');
  await expect(offers.columns).toHaveText([PM, PMM, COPY]);
  // The copy's name has focus, ready to rename.
  await expect(offers.field('Offer name', COPY)).toBeFocused();
  await offers.columnAction(COPY, 'Move left');
  await expect(offers.columns).toHaveText([PM, COPY, PMM]);
  await expect(offers.actionsButton(COPY)).toBeFocused();

  // Baseline from the column header: gaps are measured against the chosen offer.
  await offers.columnAction(PMM, 'Mark as baseline');
  // (208,250 − 193,500) / 193,500 = 7.62%.
  await offers.expectCell('Gap to baseline (%)', PM, '+7.62%');
  await expect(offers.grid.locator('thead th', { hasText: PMM })).toContainText('baseline');

  // Delete with undo.
  await offers.columnAction(PMM, 'Delete offer');
  await expect(offers.columns).toHaveText([PM, COPY]);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(offers.columns).toHaveText([PM, COPY, PMM]);
  await offers.expectCell('Gap to baseline (%)', PM, '+7.62%');

  // Another currency is not compared until a rate is entered.
  await offers.enter('Currency', 'EUR', COPY);
  // The offer has amounts, so the app asks what they become; kept as typed, $142,000 is €142,000.
  await offers.answerCurrencyQuestion({ keep: true });
  await offers.expectCell('Gap to baseline (%)', COPY, 'Needs an exchange rate');
  await offers.expectCell('Average per year', COPY, '€208,250');
  await expect(offers.verdictStrip).toContainText(
    `Not compared until there is an exchange rate for: ${COPY}.`,
  );
  const rate = app.getByLabel('Exchange rate: USD per 1 EUR');
  await rate.fill('abc');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await rate.fill('0.5');
  // 208,250 EUR × 0.5 = 104,125 USD; (104,125 − 193,500) / 193,500 = −46.19%.
  await offers.expectCell('Gap to baseline (%)', COPY, '−46.19%');
  // A rate of 10^308 once crashed Offers and Summary (#18 item 4): it is refused
  // beside the field, and the comparison keeps the last good rate.
  await rate.fill(`1${'0'.repeat(308)}`);
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(
    app.getByText('Enter a rate of at most 1,000,000 — check for extra digits.'),
  ).toBeVisible();
  await offers.expectCell('Gap to baseline (%)', COPY, '−46.19%');
});

test('the worked example entered in the grid by keyboard alone: verdict, then the baseline moves', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  // Item 6: after "Start workbook" focus is on the section heading, not the page body.
  await expect(app.getByRole('heading', { level: 1, name: 'Offers' })).toBeFocused();
  const offers = new OffersPage(app);
  const k = app.keyboard;
  /** Types into the focused cell (replacing it) and ends the edit with Enter, which moves down. */
  const enter = async (text: string) => {
    await k.type(text);
    await k.press('Enter');
  };
  const down = async (n: number) => {
    for (let i = 0; i < n; i++) await k.press('ArrowDown');
  };
  const entry = async (o: typeof WORKED_PM) => {
    await offers.addButton.focus();
    await k.press('Enter');
    await expect(app.locator(':focus')).toHaveAttribute('data-draft-key', /:name$/);
    // Name → Company → Role → Level → Location → Currency → Base → Sign-on 1 → Sign-on 2 →
    // monthly → Bonus → Raise → Grant.
    await enter(o.name);
    await down(2);
    await enter(o.level);
    await down(2);
    await enter(o.base);
    await enter(o.signOn1);
    await enter(o.signOn2);
    await down(3);
    await enter(o.grant);
  };
  await entry(WORKED_PM);
  await expect(offers.columns).toHaveText([PM]);
  await expect(offers.verdict).toHaveText(
    'Add a second offer with a base salary to see which one pays more.',
  );
  await entry(WORKED_PMM);
  await expect(offers.columns).toHaveText([PM, PMM]);
  offers.choose(PM);
  await offers.expectValue('Base salary', '142,000');
  await offers.expectValue('RSU grant value', '160,000');
  // 833,000 − 774,000 = 59,000 over 4 years; ÷ 4 = 14,750; 59,000 / 833,000 = 7.08%.
  await expect(offers.verdict).toHaveText(
    `${PM} pays $59,000 more over 4 years than ${PMM} — $14,750 a year; ${PMM} is 7.08% below.`,
  );
  await offers.expectCell('Difference to baseline, 4 years', PMM, '−$59,000');

  // Arrows move between cells, Escape cancels an edit and puts the saved value back.
  await offers.field('Base salary', PMM).focus();
  await k.press('ArrowLeft');
  await expect(offers.field('Base salary', PM)).toBeFocused();
  // F2 edits at the end of the text: 142,000 → 142,500 adds 4 × 500 = 2,000 → $61,000 more.
  await k.press('F2');
  for (let i = 0; i < 3; i++) await k.press('Backspace');
  await k.type('500');
  await expect(offers.verdict).toContainText('$61,000 more');
  await k.press('Escape');
  await offers.expectValue('Base salary', '142,000', PM);
  await expect(offers.verdict).toContainText('$59,000 more');
  // Tab moves on to the next cell.
  await k.press('Tab');
  await expect(offers.field('Base salary', PMM)).toBeFocused();

  // Mark the PMM offer as baseline from its column header, by keyboard.
  await offers.actionsButton(PMM).focus();
  await k.press('Enter');
  await k.press('Tab');
  await expect(app.getByRole('button', { name: 'Mark as baseline' })).toBeFocused();
  await k.press('Enter');
  await expect(offers.grid.locator('thead th', { hasText: PMM })).toContainText('baseline');
  // Same three figures; the gaps now read from the PMM side.
  await expect(offers.verdict).toHaveText(
    `${PM} pays $59,000 more over 4 years than ${PMM} — $14,750 a year; ${PMM} is 7.08% below.`,
  );
  await offers.expectCell('Difference to baseline, 4 years', PM, '+$59,000');
  await offers.expectCell('Difference to baseline, 4 years', PMM, '—');
  await offers.expectCell('Gap to baseline (%)', PM, '+7.62%');
  await expectNoSeriousA11yViolations(app, 'offers grid');
});

test('a blank offer is marked incomplete and left out of the verdict and the ranking', async ({
  app,
}) => {
  const offers = await enterTwoOffers(app);
  await offers.addOffer({ name: 'Third, blank', base: '0' });
  await offers.addOffer({
    name: 'Startup PM',
    base: '150k',
    signOn1: '0',
    signOn2: '0',
    grant: '100k',
  });
  const blankHeader = offers.grid.locator('thead th', { hasText: 'Third, blank' });
  await expect(blankHeader).toContainText('incomplete — no base salary');
  // Ranked by 4-year total: 833,000; 774,000; Startup 4 × 150,000 + 100,000 = 700,000.
  await expect(offers.verdict).toHaveText(
    `${PM} pays the most over 4 years: $833,000 (the baseline).`,
  );
  await expect(offers.verdictStrip.locator('.verdict__ranking').getByRole('listitem')).toHaveText([
    `2. ${PMM}: $774,000, $59,000 less than ${PM}.`,
    `3. Startup PM: $700,000, $133,000 less than ${PM}.`,
  ]);
  await expect(offers.verdictStrip).toContainText(
    'Not compared until it has a base salary: Third, blank.',
  );
  await offers.expectCell('Gap to baseline (%)', 'Third, blank', 'Incomplete');

  // A tie at the top: Startup PM at 4 × 183,250 + 100,000 = 833,000, the same as the PM offer.
  // Neither "pays the most"; the strip says they are level.
  await offers.enter('Base salary', '183,250', 'Startup PM');
  await expect(offers.verdict).toHaveText(
    `${PM} and Startup PM are level at the top over 4 years: $833,000 each (${PM} is the baseline).`,
  );
  await expect(offers.verdictStrip.locator('.verdict__ranking').getByRole('listitem')).toHaveText([
    `1. Startup PM: $833,000, level with ${PM}.`,
    `3. ${PMM}: $774,000, $59,000 less than ${PM} and Startup PM.`,
  ]);
  await expect(offers.verdictStrip).not.toContainText('pays the most');
});

test('a refused value says "not saved" and survives a section switch', async ({ app }) => {
  const offers = await enterTwoOffers(app);
  const wb = new WorkbookPage(app);
  offers.choose(PM);
  await offers.enter('Base salary', '142,00o');
  await expect(offers.errorOf('Base salary')).toHaveText(/Enter an amount as a number/);
  const indicator = wb.sectionsNav.getByRole('status');
  await expect(indicator).toContainText('1 field not saved');
  await offers.expectCell('Average per year', PM, '$208,250');

  await wb.goTo('Role fit');
  await expect(indicator).toContainText('1 field not saved');
  // The link goes back to the field, with the refused text still in it.
  await wb.sectionsNav.getByRole('button', { name: `Go to Base salary, ${PM}` }).click();
  await expect(offers.field('Base salary')).toBeFocused();
  await offers.expectValue('Base salary', '142,00o');
  await expect(offers.errorOf('Base salary')).toHaveText(/Enter an amount as a number/);
  // Fixing it clears the warning.
  await offers.enter('Base salary', '142,000');
  await expect(indicator).toHaveCount(0);
});

test('a refused value in a group drawn after the first frame is found again from another section', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  const offers = new OffersPage(app);
  offers.choose((await offers.columns.first().textContent()) ?? '');
  // Equity renders after the page's first frame (OfferGrid, FIRST_FRAME_GROUPS): coming back to
  // the section, the link must still reach the field once it is drawn.
  await offers.enter('RSU grant value', '160,00o');
  const indicator = wb.sectionsNav.getByRole('status');
  await expect(indicator).toContainText('1 field not saved');
  await wb.goTo('Prep');
  await wb.sectionsNav.getByRole('button', { name: /^Go to RSU grant value, / }).click();
  await expect(offers.field('RSU grant value')).toBeFocused();
  await offers.expectValue('RSU grant value', '160,00o');
});

test('charts one at a time: tabs by mouse and keyboard, the choice kept across sections', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const titles: Record<string, string> = {
    'Difference to baseline': 'Difference to the baseline over 48 months',
    'Cumulative pay': 'Cumulative pay over 48 months',
    'By year': 'Pay by year, each offer’s total',
    'Cash flow': 'Monthly cash flow',
    'Leaving early': 'Cost of leaving early',
    'Published pay': 'Against published pay figures',
  };
  await expect(offers.chartTabs).toHaveText(Object.keys(titles));
  await expect(offers.chartTab('Difference to baseline')).toHaveAttribute('aria-selected', 'true');
  for (const [tab, title] of Object.entries(titles)) {
    await offers.chartTab(tab).click();
    await expect(offers.chartTab(tab)).toHaveAttribute('aria-selected', 'true');
    // Only the chosen chart exists: one caption in the panel, and it is this chart's.
    await expect(offers.chartPanel.locator('figcaption')).toHaveText([title]);
    await expect(app.getByRole('tabpanel', { name: tab })).toBeVisible();
    // No unnamed focus stops inside the chart's SVG.
    await expect(offers.chartPanel.locator('svg [tabindex], svg[tabindex]')).toHaveCount(0);
  }
  // Every series has a legend entry, the leaving-early parts included.
  await offers.chartTab('Leaving early').click();
  await expect(offers.chartPanel.locator('.chart__legend li')).toHaveText([
    'Unvested equity given up',
    'Sign-on to repay',
  ]);
  await offers.chartTab('Difference to baseline').click();
  // Sample: PM (baseline) 850,000 vs PMM 796,000 → PMM ends 54,000 behind.
  await expect(offers.chartPanel.locator('[role="img"][aria-label^="Difference"]')).toHaveAttribute(
    'aria-label',
    /−\$54,000 after 48/,
  );
  // Keyboard: the arrows move and select, wrapping at the ends; Home goes back to the first.
  await offers.chartTab('Published pay').focus();
  await app.keyboard.press('ArrowRight');
  await expect(offers.chartTab('Difference to baseline')).toBeFocused();
  await expect(offers.chartPanel.locator('figcaption')).toHaveText([
    titles['Difference to baseline'] ?? '',
  ]);
  await app.keyboard.press('ArrowLeft');
  await expect(offers.chartTab('Published pay')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
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

test('the difference chart: axis titles, a zero line, one line and key entry per offer, a hover box in whole dollars, as wide as its box', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  await offers.chartTab('Difference to baseline').click();
  const figure = offers.chartPanel.locator('figure');
  const plot = figure.locator('[role="img"][aria-label^="Difference to "]');
  const svg = plot.locator('svg');
  await expect(svg).toBeVisible();
  await figure.scrollIntoViewIfNeeded();
  // Both axes are titled; the months are ticked once a year.
  await expect(svg.getByText('Months from your start date', { exact: true })).toBeVisible();
  await expect(svg.getByText('Ahead (+) or behind (−), USD', { exact: true })).toBeVisible();
  for (const m of ['0', '12', '24', '36', '48']) {
    await expect(svg.locator('text').getByText(m, { exact: true })).toHaveCount(1);
  }
  // Sample: PMM is behind the PM baseline all along (−$54,000 after 48 months), so the money
  // ticks run from a round amount below −$54K up to $0.
  await expect(svg.locator('text').getByText('$0', { exact: true })).toHaveCount(1);
  await expect(svg.locator('text').getByText('−$60K', { exact: true })).toHaveCount(1);
  // One line per offer but the baseline, in the colour of its key entry.
  const lines = svg.locator('path');
  await expect(lines).toHaveCount(1);
  await expect(figure.locator('.chart__legend li')).toHaveText([PMM_SAMPLE]);
  const swatch = await figure
    .locator('.chart__swatch')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const stroke = await lines.evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).toBe(swatch);

  // Hovering month 12 (the tick labelled 12) shows the month's figure, in whole dollars, the
  // same figure the screen-reader summary gives after 12 months.
  const label = (await plot.getAttribute('aria-label')) ?? '';
  const after12 = /: ([+−]\$[\d,]+) after 12 months/.exec(label)?.[1];
  expect(after12).toMatch(/^[+−]\$\d{1,3}(,\d{3})*$/);
  const tick12 = await svg.locator('text').getByText('12', { exact: true }).boundingBox();
  const svgBox = await svg.boundingBox();
  if (!tick12 || !svgBox) throw new Error('The chart has no box.');
  await app.mouse.move(tick12.x + tick12.width / 2, svgBox.y + 60);
  const tooltip = plot.locator('.chart__tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('p')).toHaveText('Month 12');
  await expect(tooltip.locator('li')).toHaveText([`${PMM_SAMPLE} : ${after12}`]);
  await screenshot(app, 'offers-difference-hover');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'offers-difference-hover-dark');
  await app.emulateMedia({ colorScheme: 'light' });
  // At the right end: month 48, −$54,000.
  await app.mouse.move(svgBox.x + svgBox.width - 17, svgBox.y + 60);
  await expect(tooltip.locator('p')).toHaveText('Month 48');
  await expect(tooltip.locator('li')).toHaveText([`${PMM_SAMPLE} : −$54,000`]);
  // Leaving the chart takes the box away.
  await app.mouse.move(svgBox.x + svgBox.width / 2, svgBox.y - 200);
  await expect(tooltip).toHaveCount(0);
  // No focus stop inside the drawing.
  await expect(plot.locator('[tabindex]')).toHaveCount(0);

  // The drawing follows its box's width in pixels (no scaled viewBox, so text keeps its size).
  const widths = () =>
    plot.evaluate((el) => ({
      box: Math.floor(el.clientWidth),
      svg: Number(el.querySelector('svg')?.getAttribute('width')),
      viewBox: el.querySelector('svg')?.getAttribute('viewBox') ?? null,
    }));
  const wide = await widths();
  expect(wide.viewBox).toBeNull();
  expect(wide.svg).toBe(wide.box);
  await app.setViewportSize({ width: 900, height: 700 });
  await expect.poll(async () => (await widths()).svg).toBeLessThan(wide.svg);
  const narrow = await widths();
  expect(narrow.svg).toBe(narrow.box);
  await figure.scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-difference-900x700');
  await expectNoSeriousA11yViolations(app, 'offers difference chart');
});

test('the sample shows two example offers; screenshots with two and six offers; sticky labels; an edit lands with six', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  await expect(offers.columns).toHaveCount(2);
  await expect(offers.grid.locator('thead th').first()).toContainText('example');
  await expect(app.getByText('Example offers.')).toBeVisible();
  await expect(offers.verdict).toContainText('more over 4 years than');
  await expect(app.getByText('Difference to the baseline over 48 months')).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'offers with two offers');
  await screenshot(app, 'offers-two', { docs: true });
  await screenshot(app, 'offers-two-full', { fullPage: true });
  await app.setViewportSize({ width: 900, height: 700 });
  await screenshot(app, 'offers-two-900x700', { docs: true });
  const overflow = await app.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(app, 'offers dark');
  await screenshot(app, 'offers-two-900x700-dark', { docs: true });
  await app.setViewportSize({ width: 1280, height: 800 });
  await screenshot(app, 'offers-two-dark', { docs: true });
  await app.emulateMedia({ colorScheme: 'light' });

  const first = (await offers.columns.first().textContent()) ?? '';
  for (let i = 0; i < 4; i++) await offers.duplicate(first);
  await expect(offers.columns).toHaveCount(6);
  await screenshot(app, 'offers-six', { docs: true });
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'offers-six-dark', { docs: true });
  await app.emulateMedia({ colorScheme: 'light' });

  // 900×700 with six offers: scrolled right and down, the labels stay in view.
  await app.setViewportSize({ width: 900, height: 700 });
  await offers.grid.scrollIntoViewIfNeeded();
  await offers.grid.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    el.scrollTop = el.scrollHeight / 2;
  });
  const box = await offers.grid.boundingBox();
  if (!box) throw new Error('The grid has no box.');
  // What is drawn at the grid's left edge halfway down, and at its top edge on the right: a row
  // label and an offer-name header, though the grid is scrolled right and down.
  const at = (x: number, y: number) =>
    app.evaluate(
      ([px, py]) => {
        const el = document.elementFromPoint(px ?? 0, py ?? 0);
        const cell = el?.closest('th');
        return cell
          ? `${cell.getAttribute('scope')}:${cell.textContent?.trim()}`
          : `none:${el?.tagName}`;
      },
      [x, y],
    );
  const midLeft = await at(box.x + 20, box.y + Math.min(box.height, 700 - box.y) / 2);
  const topRight = await at(box.x + box.width - 40, box.y + 12);
  expect(midLeft).toMatch(/^row:/);
  expect(topRight).toMatch(/^col:.*\(copy\) 4/);
  await screenshot(app, 'offers-six-900x700', { docs: true });
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'offers-six-900x700-dark', { docs: true });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.setViewportSize({ width: 1280, height: 800 });
  await offers.grid.evaluate((el) => {
    el.scrollLeft = 0;
    el.scrollTop = 0;
  });

  // An edit with six offers on screen lands in the numbers and in the chart on screen. How long
  // that takes is measured by the benchmark (bench/interaction.bench.ts), never asserted here.
  const chartLabel = app
    .locator('[aria-label^="Cumulative pay."], [aria-label^="Difference to "]')
    .first();
  const chartBefore = (await chartLabel.getAttribute('aria-label')) ?? '';
  expect(chartBefore).toMatch(/^(Cumulative pay|Difference to )/);
  await offers.enter('Base salary', '141000', first);
  await offers.expectCell('Year 1 base', first, '$141,000');
  await expect(chartLabel).not.toHaveAttribute('aria-label', chartBefore);
});

test('a focused cell stays clear of the sticky labels, and stays put while the lines above it change', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const first = (await offers.columns.first().textContent()) ?? '';
  // Each duplicate's name takes the focus, so the grid ends up scrolled to the right.
  for (let i = 0; i < 4; i++) await offers.duplicate(first);
  await expect(offers.columns).toHaveCount(6);
  expect(await offers.grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // How far the focused control is right of the label column and below the header row (both
  // sticky, both the corner cell's size); negative means partly hidden under them.
  const clearance = () =>
    app.evaluate(() => {
      const corner = document.querySelector('.offer-grid__corner')?.getBoundingClientRect();
      const box = document.activeElement?.getBoundingClientRect();
      if (!corner || !box) throw new Error('No corner cell or no focus.');
      return {
        left: Math.round(box.left - corner.right),
        top: Math.round(box.top - corner.bottom),
      };
    });
  const base = offers.field('Base salary', first);
  await base.focus();
  const focused = await clearance();
  expect(focused.left).toBeGreaterThanOrEqual(0);
  expect(focused.top).toBeGreaterThanOrEqual(0);

  // "What could change the answer" sits above the grid and follows each edit a frame later; with
  // these offers, 143,000 adds lines to it. The cell being typed in must not move on screen: its
  // top is sampled every frame while typing.
  await app.evaluate(() => {
    const cell = document.activeElement as HTMLElement;
    const w = window as unknown as { __tops: number[]; __sampling: boolean };
    w.__tops = [];
    w.__sampling = true;
    const sample = () => {
      w.__tops.push(Math.round(cell.getBoundingClientRect().top));
      if (w.__sampling) requestAnimationFrame(sample);
    };
    sample();
  });
  const changes = app.locator('.verdict__changes');
  const height = async () => Math.round((await changes.boundingBox())?.height ?? 0);
  const verdictBefore = (await offers.verdict.textContent()) ?? '';
  await base.fill('141000');
  await expect(offers.verdict).not.toHaveText(verdictBefore);
  const verdictAt141 = (await offers.verdict.textContent()) ?? '';
  // Back at the copies' 142,000: level with them again.
  await base.fill('142000');
  await expect(offers.verdict).not.toHaveText(verdictAt141);
  const heightAt142 = await height();
  await base.fill('143000');
  await expect.poll(height).toBeGreaterThan(heightAt142);
  const tops = await app.evaluate(() => {
    const w = window as unknown as { __tops: number[]; __sampling: boolean };
    w.__sampling = false;
    return w.__tops;
  });
  // Scroll anchoring moves the page by whole pixels: a cell that stays put may read ±1 px.
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);

  // By keyboard: across to the last offer and back to the first, each cell in view.
  for (const key of [
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
    'ArrowLeft',
  ]) {
    await app.keyboard.press(key);
    const at = await clearance();
    expect(at.left, `after ${key}`).toBeGreaterThanOrEqual(0);
    expect(at.top, `after ${key}`).toBeGreaterThanOrEqual(0);
  }
  await expect(base).toBeFocused();
  await screenshot(app, 'offers-six-typing-in-view');
});

test('the sidebar and the section heading stay in view while the page scrolls', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await new WorkbookPage(app).openSample();
  const heading = app.locator('h1.content__title');
  const nav = app.getByRole('navigation', { name: 'Sections' });
  await expect(heading).toBeVisible();
  // The page's last part is in: the parts below the first screen follow it by a render.
  await expect(app.getByRole('button', { name: 'Export as CSV…' })).toBeAttached();
  const scrolled = await app.evaluate(async () => {
    // The part below the first screen is laid out as it comes into view (content-visibility:
    // auto), which can change the page's height: scroll again once it has been drawn.
    for (let i = 0; i < 2; i++) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    return window.scrollY;
  });
  // The Offers page of the sample is far taller than the window, so the page really moved.
  expect(scrolled).toBeGreaterThan(800);
  // What is drawn at the heading's and the sidebar's places once scrolled: themselves, on top.
  const drawnAt = async (target: typeof heading) => {
    const box = await target.boundingBox();
    if (!box) throw new Error('not on screen');
    // Sub-pixel layout: at the very bottom a sticky box may sit a fraction of a pixel above 0.
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(800);
    return target.evaluate(
      (el, [x, y]) => el.contains(document.elementFromPoint(x ?? 0, y ?? 0)),
      [box.x + 10, box.y + Math.min(box.height, 40) / 2],
    );
  };
  expect(await drawnAt(heading)).toBe(true);
  expect(await drawnAt(nav)).toBe(true);
});

test('cells show their value as text until focused, and opening one moves nothing', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app).choose('Example: Amazon PM, L5');
  const controls = offers.grid.locator('input:not([type="checkbox"]), select, textarea');
  // At rest: every figure on screen as text, no control in the grid.
  await expect(controls).toHaveCount(0);
  await expect(offers.field('Base salary')).toHaveText('142,000');
  await expect(offers.field('Role')).toHaveText('PM — Product Manager');
  await expect(offers.field('Role', PMM_SAMPLE)).toHaveAttribute(
    'title',
    'PMM — Product Marketing Manager',
  );

  /** Where the cell's box is, and how wide each offer's column is. */
  const geometry = async (label: string) => ({
    box: await offers.field(label).boundingBox(),
    columns: await offers.columns.evaluateAll((names) =>
      names.map((n) => Math.round((n.closest('th')?.getBoundingClientRect().width ?? 0) * 4) / 4),
    ),
  });
  // A one-line cell, a select and a several-line cell open in place: the control has the text's
  // box exactly and no column changes width.
  for (const [label, tag] of [
    ['Base salary', 'INPUT'],
    ['Vesting schedule', 'SELECT'],
    ['Scope notes', 'TEXTAREA'],
  ] as const) {
    await offers.field(label).scrollIntoViewIfNeeded();
    const before = await geometry(label);
    await offers.field(label).click();
    await expect(offers.field(label)).toBeFocused();
    expect(await offers.field(label).evaluate((el) => el.tagName)).toBe(tag);
    const after = await geometry(label);
    expect(after.columns).toEqual(before.columns);
    expect(after.box).toEqual(before.box);
    // One control at a time.
    await expect(controls).toHaveCount(1);
  }

  // By keyboard: the arrows open the next cell and put the last one back to text.
  await offers.field('Base salary').focus();
  await expect(offers.field('Base salary')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(offers.field('Sign-on bonus, year 1')).toBeFocused();
  await expect(offers.field('Base salary')).toHaveText('142,000');
  await expect(controls).toHaveCount(1);
  // Typing replaces the cell's text; the cell shows the saved figure once focus moves on.
  await app.keyboard.type('61000');
  await app.keyboard.press('Tab');
  await expect(offers.field('Sign-on bonus, year 1')).toHaveText('61,000');
  // Refused text keeps its control and message after focus leaves; Escape would put it back.
  await offers.enter('Base salary', '142,00o');
  await app.keyboard.press('Tab');
  await expect(offers.errorOf('Base salary')).toBeVisible();
  await expect(
    offers.field('Base salary').and(app.locator('input[aria-invalid="true"]')),
  ).toHaveValue('142,00o');
  await offers.field('Base salary').focus();
  await app.keyboard.press('Escape');
  await expect(offers.errorOf('Base salary')).toHaveCount(0);
  await app.keyboard.press('Tab');
  await expect(offers.field('Base salary')).toHaveText('142,000');
  await screenshot(app, 'offers-cells-at-rest');
});

test('a click into a cell puts the caret where the click was in its text', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app).choose('Example: Amazon PM, L5');
  const company = offers.field('Company');
  await expect(company).toHaveText('Amazon');
  // The point just after "Ama" in the cell's text, from the text's own layout.
  const point = await company.evaluate((el) => {
    const text = el.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    const box = range.getBoundingClientRect();
    return { x: box.right, y: box.top + box.height / 2 };
  });
  await app.mouse.click(point.x, point.y);
  await expect(company).toBeFocused();
  expect(await company.evaluate((el) => (el as HTMLInputElement).selectionStart)).toBe(3);
  await app.keyboard.type('X');
  await expect(company).toHaveValue('AmaXzon');
  // Escape puts the saved text back; arriving by keyboard still selects the whole cell.
  await app.keyboard.press('Escape');
  await expect(company).toHaveValue('Amazon');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowDown');
  await expect(company).toBeFocused();
  expect(
    await company.evaluate((el) => [
      (el as HTMLInputElement).selectionStart,
      (el as HTMLInputElement).selectionEnd,
    ]),
  ).toEqual([0, 6]);

  // A date's control has no text caret to place: a click on its text just opens it.
  const deadline = offers.field('Decision deadline');
  await deadline.scrollIntoViewIfNeeded();
  const date = (await deadline.textContent()) ?? '';
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const middle = await deadline.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await app.mouse.click(middle.x, middle.y);
  await expect(deadline).toBeFocused();
  await expect(deadline).toHaveValue(date);
});

test('the boxes an edit lays out on their own keep to their content: the verdict, the figures, the reading, the save line', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const boundary = offers.verdictStrip.locator('.layout-boundary');
  /** The verdict's box against its content, and the gap down to "What could change". */
  const verdictBox = () =>
    boundary.evaluate((box) => {
      const content = box.firstElementChild as HTMLElement;
      const next = box.nextElementSibling as HTMLElement | null;
      return {
        sized: box.hasAttribute('data-sized'),
        height: box.getBoundingClientRect().height,
        content: content.getBoundingClientRect().height,
        gapBelow: next ? next.getBoundingClientRect().top - box.getBoundingClientRect().bottom : 0,
      };
    });
  const fits = async () => {
    const v = await verdictBox();
    expect(v.sized).toBe(true);
    expect(Math.abs(v.height - v.content)).toBeLessThan(1);
    expect(v.gapBelow).toBeGreaterThanOrEqual(0);
  };
  await expect.poll(async () => (await verdictBox()).sized).toBe(true);
  await fits();
  const before = (await verdictBox()).height;
  // A third offer adds a ranking to the verdict: its box grows with it, overlapping nothing.
  await offers.duplicate(PMM_SAMPLE);
  await expect(offers.verdictStrip.locator('.verdict__ranking li')).not.toHaveCount(0);
  await expect.poll(async () => (await verdictBox()).height).toBeGreaterThan(before + 10);
  await fits();

  // The result figures and the reading under the cell being typed in are one-line boxes whose
  // size does not follow their text: each text must fit its box.
  await offers.enter('Base salary', '1360009', PMM_SAMPLE);
  await expect(offers.grid.locator('.field__reading')).toHaveText('= $1,360,009');
  const overflowing = await app.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.offer-grid__value, .field__reading')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.textContent),
  );
  expect(overflowing).toEqual([]);
  await expect(offers.grid.locator('.offer-grid__value').first()).toBeVisible();

  // The save line keeps two lines for itself; each quiet state fits them.
  const saveLine = app.locator('.sections > p.save-indicator');
  for (const text of [/^Saving…$/, /^Saved \d/]) {
    await expect(saveLine).toHaveText(text);
    const spill = await saveLine.evaluate((p) => p.scrollHeight - p.clientHeight);
    expect(spill).toBeLessThanOrEqual(1);
  }
});
