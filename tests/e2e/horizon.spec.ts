/**
 * Years 5 and 6 (issue #19): on the sample workbook, a 6-year horizon shows
 * the drop in year 5 when the sign-on and the first grant have run out — in
 * the year parts table and the By year chart — and a refresher assumption
 * fills part of it back. The PDF's by-year table follows the horizon.
 *
 * Sample figures (resources/sample/src/offers.json), 0% growth, no bonus:
 *   PM:  base 142,000; sign-on 58,000 / 44,000; grant 180,000 at 5/15/40/40
 *        → 9,000 / 27,000 / 72,000 / 72,000 of equity
 *        → Y1 209,000  Y2 213,000  Y3 214,000  Y4 214,000  Y5 142,000  Y6 142,000
 *   PMM: base 136,000; sign-on 52,000 / 40,000; grant 160,000 at 5/15/40/40
 *        → Y1 196,000  Y2 200,000  Y3 200,000  Y4 200,000  Y5 136,000  Y6 136,000
 *   PM + refresher $40,000 a year from year 2, each grant 5/15/40/40 from its own year:
 *        refreshers 0 / 2,000 / 8,000 / 24,000 / 40,000 / 40,000
 *        → Y2 215,000  Y4 238,000  Y5 182,000  Y6 182,000
 */
import { expect, test } from './fixtures';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { OffersPage } from './pages/OffersPage';
import { pdfText, pdfToPngs, SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const PM = 'Example: Amazon PM, L5';
const PMM = 'Example: Amazon PMM, L5';

const openSampleOffers = async (app: import('@playwright/test').Page) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  return { wb, offers: new OffersPage(app) };
};

/** Chooses the horizon; the choice is stored with the workbook, so it shows once written. */
const setHorizon = async (app: import('@playwright/test').Page, years: 4 | 5 | 6) => {
  const option = app
    .getByRole('group', { name: 'Years shown by year' })
    .getByLabel(`${years} years`, { exact: true });
  await option.click();
  await expect(option).toBeChecked();
};

test('a 6-year horizon shows the year-5 drop, and a refresher fills part of it', async ({
  app,
}) => {
  const { wb, offers } = await openSampleOffers(app);
  await offers.showYearParts();
  // 4 years by default: no year 5 in the table.
  await expect(app.getByRole('group', { name: 'Years shown by year' })).toBeVisible();
  await expect(offers.table.locator('th', { hasText: 'Year 5 total' })).toHaveCount(0);

  await setHorizon(app, 6);
  await offers.expectCell('Year 4 total', PM, '$214,000');
  await offers.expectCell('Year 5 total', PM, '$142,000');
  await offers.expectCell('Year 6 total', PM, '$142,000');
  await offers.expectCell('Year 5 sign-on', PM, '$0');
  await offers.expectCell('Year 5 equity', PM, '$0');
  await offers.expectCell('Year 4 total', PMM, '$200,000');
  await offers.expectCell('Year 5 total', PMM, '$136,000');
  // The 4-year figures stay 4-year: 209,000 + 213,000 + 214,000 + 214,000 = 850,000.
  await offers.expectCell('4-year total', PM, '$850,000');

  // The By year chart has six years, and says year 5's fall in its text alternative.
  await offers.chartTab('By year').click();
  const chart = offers.chartPanel.getByRole('img', { name: /^Total pay by year\./ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(
      `${PM}: year 1 \\$209,000, .*year 4 \\$214,000, year 5 \\$142,000, year 6 \\$142,000`,
    ),
  );
  // The x axis runs to year 6.
  await expect(offers.chartPanel.locator('svg')).toContainText('Year 6');
  await screenshot(app, 'horizon-6-years', { docs: true });

  // A refresher: $40,000 a year from year 2, vesting like the grant (Amazon 5/15/40/40).
  offers.choose(PM);
  await expect(app.getByText(/Why refreshers matter at Amazon/).first()).toBeVisible();
  await offers.enter('Refresher grant per year (assumption)', '40k');
  await offers.field('Refresher grant per year (assumption)').press('Tab');
  await offers.expectValue('Refresher vesting (assumption)', 'amazon');
  await offers.expectValue('First refresher in (assumption)', '2');
  await app
    .getByText(/Why refreshers matter at Amazon/)
    .first()
    .click();
  await offers.field('Refresher vesting (assumption)').scrollIntoViewIfNeeded();
  await screenshot(app, 'horizon-refresher-rows');
  await offers.expectCell('Year 5 total', PM, '$182,000');
  await offers.expectCell('Year 6 total', PM, '$182,000');
  await offers.expectCell('Year 5 equity, of which refreshers', PM, '$40,000');
  await offers.expectCell('Year 2 total', PM, '$215,000');
  await offers.expectCell('Year 4 total', PM, '$238,000');
  // Without refreshers the PMM is unchanged, and shows 0 of refreshers.
  await offers.expectCell('Year 5 equity, of which refreshers', PMM, '$0');
  await offers.expectCell('Year 5 total', PMM, '$136,000');
  await expect(chart).toHaveAttribute(
    'aria-label',
    /year 5 \$182,000 \(of which refreshers \$40,000\), year 6 \$182,000/,
  );
  await expect(offers.chartPanel.getByTestId('refresher-key')).toBeVisible();
  await offers.chartPanel.scrollIntoViewIfNeeded();
  await screenshot(app, 'horizon-6-years-refresher', { docs: true });
  await offers.chartPanel.screenshot({ path: `${SCREENS_DIR}/horizon-chart-refresher.png` });

  // The horizon is remembered with the workbook: away and back, it is still 6.
  await wb.goTo('Summary');
  await wb.goTo('Offers');
  await expect(
    app.getByRole('group', { name: 'Years shown by year' }).getByLabel('6 years', { exact: true }),
  ).toBeChecked();

  // Setting the refresher to zero takes years 5–6 back to base pay only.
  await offers.enter('Refresher grant per year (assumption)', '0');
  await offers.field('Refresher grant per year (assumption)').press('Tab');
  await offers.showYearParts();
  await offers.expectCell('Year 5 total', PM, '$142,000');
});

test('a refresher value that is not money gets the money cell’s message and is not saved', async ({
  app,
}) => {
  const { offers } = await openSampleOffers(app);
  offers.choose(PM);
  const cell = await offers.control('Refresher grant per year (assumption)');
  await cell.fill('-5k');
  await expect(offers.errorOf('Refresher grant per year (assumption)')).toHaveText(
    'Amounts cannot be negative.',
  );
  await cell.press('Escape');
  await expect(cell).toHaveValue('0');
});

test('the PDF’s by-year table shows years 5 and 6 when the horizon is 6', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const { wb } = await openSampleOffers(app);
  await setHorizon(app, 6);
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  const pdf = `${dataDir}/../horizon-6.pdf`;
  dialogs.answerSave(pdf);
  await summary.exportButton.click();
  await expect(summary.exportRegion.getByRole('status')).toContainText('Saved “horizon-6.pdf”', {
    // Printing a PDF on a busy machine can take a while; pdf.spec.ts allows a minute too.
    timeout: 60_000,
  });
  const words = (await pdfText(pdf, 'raw')).replace(/\s+/g, ' ');
  // The by-year table runs to year 6 …
  expect(words).toContain('Year 5 total');
  expect(words).toContain('Year 6 total');
  // … and the chart's bar labels show the drop: PM 209K / 213K / 214K / 214K then base only,
  // 142K; PMM 196K / 200K / 200K / 200K then 136K.
  expect(words).toContain('$209K $213K $214K $214K $142K $142K');
  expect(words).toContain('$196K $200K $200K $200K $136K $136K');
  expect(words).not.toContain('Year 7');
  await pdfToPngs(pdf, SCREENS_DIR, 'horizon-pdf-page');
});
