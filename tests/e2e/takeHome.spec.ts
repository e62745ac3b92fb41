/**
 * Issue 19, take-home on screen: the sample's two offers set to Seattle, WA
 * and New York, NY (no sourced New York table, so the user's rate is typed)
 * show take-home rows and a gap after tax that differs from the gross gap,
 * and the Taxes switch changes the basis the verdict reads (the PDF brief
 * follows it and says so). Figures are
 * worked by hand in shared/domain/offerTakeHome.test.ts.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { OffersPage } from './pages/OffersPage';
import { pdfText, pdfToPngs, SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

// Slow shared machines: the PDF export alone can take tens of seconds.
test.describe.configure({ timeout: 300_000 });

const PM = 'Example: Amazon PM, L5';
const PMM = 'Example: Amazon PMM, L5';

test('Seattle vs New York on the user’s rate: take-home rows, gap after tax, verdict basis switch', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);

  // The sample: both in Seattle, the region guessed from the location and marked as a guess.
  await offers.expectValue('Tax region', '', PM);
  // At rest, the cell shows the chosen option's text.
  await expect(offers.field('Tax region', PM)).toHaveText('Washington (a guess)');
  // PM keeps 155,555.50 in year 1 and 632,533 over 4 years (single, 2026 tables).
  await offers.expectCell('Take-home, year 1', PM, '$155,555.50');
  await offers.expectCell('Take-home, 4 years', PM, '$632,533');
  await offers.expectCell('Take-home, 4 years', PMM, '$592,726');

  await offers.enter('Location', 'Seattle, WA', PM);
  await offers.enter('Location', 'New York, NY', PMM);
  await expect(offers.field('Tax region', PMM)).toHaveText(
    'New York City, NY — your rate (a guess)',
  );
  // No sourced New York table: the estimate waits for the user's rate rather than guessing one.
  await offers.expectCell('Take-home, 4 years', PMM, 'Enter your tax rate');
  await offers.enter('Your tax rate (%)', '10', PMM);

  // PMM in New York City, 10% of wages for state and city on top of federal and payroll:
  // keeps 126,345 then 128,927 a year → 513,126; average 128,281.50 vs PM's 158,133.25.
  await offers.expectCell('Take-home, 4 years', PMM, '$513,126');
  await offers.expectCell('Gap after tax, per year (USD)', PMM, '−$29,851.75');
  await offers.expectCell('Gap after tax (%)', PMM, '−18.88%');
  // The gross gap stays as it was: 199,000 vs 212,500 → −13,500, −6.35%.
  await offers.expectCell('Gap to baseline (USD)', PMM, '−$13,500');
  await offers.expectCell('Gap to baseline (%)', PMM, '−6.35%');

  // The verdict reads gross pay until the switch says otherwise, and says so.
  await expect(offers.verdict).toHaveText(
    `${PM} pays $54,000 more over 4 years than ${PMM} — $13,500 a year; ${PMM} is 6.35% below.`,
  );
  await expect(app.getByTestId('verdict-basis')).toHaveText(/^Read on gross pay/);
  await expect(app.getByTestId('what-could-change-basis')).toHaveCount(0);
  await app
    .getByRole('group', { name: 'The verdict reads' })
    .getByLabel('Take-home pay (estimate after tax)')
    .check();
  // 632,533 − 513,126 = 119,407; a year 29,851.75 → $29,852; 119,407 / 632,533 = 18.88%.
  await expect(offers.verdict).toHaveText(
    `${PM} pays $119,407 more over 4 years after tax than ${PMM} — $29,852 a year; ${PMM} is 18.88% below.`,
  );
  await expect(app.getByTestId('verdict-basis')).toHaveText(
    /^Read on estimated take-home pay: .* with the 2026 tables applied to every year\.$/,
  );
  await expect(app.getByTestId('take-home-scope')).toContainText(
    'It leaves out pre-tax 401(k) and benefit deductions',
  );

  await offers.expectCell('Difference to baseline, 4 years after tax', PMM, '−$119,407');
  // What could change the answer still compares gross pay, and says so under a take-home verdict.
  await expect(app.getByTestId('what-could-change-basis')).toHaveText(
    /^These compare gross pay, before tax/,
  );

  // Remembered for the workbook, and the PDF brief reads the same basis and says so.
  await wb.goTo('Summary');
  const pdf = join(dataDir, '..', 'take-home-brief.pdf');
  dialogs.answerSave(pdf);
  expect(await new SummaryPage(app).exportAndWait()).toContain('Saved “take-home-brief.pdf”');
  const text = (await pdfText(pdf, 'raw')).replace(/\s+/g, ' ');
  expect(text).toContain(
    `${PM} pays $119,407 more over 4 years after tax than ${PMM} — $29,852 a year; ${PMM} is 18.88% below.`,
  );
  expect(text).toContain(
    'Read on estimated take-home pay: gross pay less federal income tax, Social Security, Medicare and state or city tax, with the 2026 tables applied to every year.',
  );
  expect(text).toContain('4-year take-home');
  expect(text).toContain('These compare gross pay, before tax');
  // Every page as PNG in out/screens, to be looked at.
  expect((await pdfToPngs(pdf, SCREENS_DIR, 'take-home-pdf')).length).toBeGreaterThan(0);
  await wb.goTo('Offers');
  await expect(offers.verdict).toContainText('more over 4 years after tax');

  await expectNoSeriousA11yViolations(app, 'offers, take-home rows');
  await offers.cellLocator('Take-home, year 1', PM).scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-take-home');
  await offers.field('Tax region', PMM).scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-tax-rows');
  await app.getByRole('region', { name: 'Taxes' }).scrollIntoViewIfNeeded();
  await screenshot(app, 'offers-taxes-block');
});

test('a cost-of-living index gives an adjusted reading beside the raw figures', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const index = await offers.control('Cost-of-living index', PMM);
  await index.fill('5');
  await expect(offers.errorOf('Cost-of-living index', PMM)).toHaveText(
    "Enter an index from 10 to 1000; 100 is the baseline's location.",
  );
  await index.fill('80');
  await offers.enter('Where the index came from', 'My own rent comparison', PMM);
  // Gross basis: PMM's 199,000 a year at index 80 buys 199,000 × 100 / 80 = 248,750 at the
  // baseline's prices; PM (the baseline, no index = 100) 212,500 → +17.06%.
  await offers.expectCell('Average per year at the baseline’s prices (gross)', PMM, '$248,750');
  await offers.expectCell('Gap at the baseline’s prices (%)', PMM, '+17.06%');
  // The raw figures stay.
  await offers.expectCell('Average per year', PMM, '$199,000');
  await offers.expectCell('Gap to baseline (%)', PMM, '−6.35%');
});
