/**
 * Money in other currencies and locales, end to end: yen and won stored in
 * their own units, a German user's typing read and shown back their way, a
 * converted offer in the charts and the gap, and the question before an
 * offer's currency changes. Drives the offers page only through its page
 * object.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { OffersPage, WORKED_PM } from './pages/OffersPage';
import { WorkbookPage } from './pages/WorkbookPage';

const openOffers = async (app: Page): Promise<OffersPage> => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Offers');
  return new OffersPage(app);
};

test('a yen offer is kept in yen and, with a rate, joins the charts and the gap', async ({
  app,
}) => {
  const offers = await openOffers(app);
  await offers.addOffer(WORKED_PM);
  await offers.addOffer({ name: 'Tokyo offer' });
  // A new offer has no amounts yet, so the currency changes without a question.
  await offers.typeCurrency('JPY');
  await expect(offers.currencyDialog).toBeHidden();
  await offers.fill({ base: '¥12,000,000', grant: '20,000,000', signOn1: '0', signOn2: '0' });
  await expect(offers.errorOf('Base salary')).toHaveCount(0);
  await offers.setGrowth('0%');

  // Year 1: ¥12,000,000 base + 5% of the ¥20,000,000 grant (¥1,000,000) = ¥13,000,000.
  await offers.expectCell('Year 1 total', 'Tokyo offer', '¥13,000,000');
  await offers.expectCell('Year 1 base', 'Tokyo offer', '¥12,000,000');
  await offers.expectCell('Gap to baseline (USD)', 'Tokyo offer', 'Needs an exchange rate');
  await expect(offers.chartCurrencyNote).toContainText(
    'The charts leave out Tokyo offer: enter an exchange rate for JPY to USD',
  );

  await offers.setFxRate('JPY', 'USD', '0.0067');
  // Average year of the yen offer: (4 × ¥12,000,000 + ¥20,000,000) / 4 = ¥17,000,000
  //   × 0.0067 = $113,900.
  // Average year of the PM offer at 0% growth: (4 × $142,000 + $60,000 + $45,000 + $160,000) / 4
  //   = $833,000 / 4 = $208,250. Gap: $113,900 − $208,250 = −$94,350.
  await offers.expectCell('Gap to baseline (USD)', 'Tokyo offer', '−$94,350');
  await expect(offers.chartCurrencyNote).toContainText(
    'The charts show Tokyo offer converted to USD at 0.0067 per JPY',
  );
  await offers.chartTab('By year').click();
  // Year 1 in dollars: ¥12,000,000 × 0.0067 = $80,400 base + ¥1,000,000 × 0.0067 = $6,700 equity.
  await expect(
    offers.chartPanel.getByRole('img', { name: /^Total pay by year\./ }),
  ).toHaveAccessibleName(/Tokyo offer \(converted to USD at 0\.0067 per JPY\): year 1 \$87,100/);
  await screenshot(app, 'money-yen-offer-converted', { fullPage: true });
});

test('a won salary of ₩150,000,000 is accepted and shown in won', async ({ app }) => {
  const offers = await openOffers(app);
  await offers.addOffer({ name: 'Seoul offer' });
  await offers.typeCurrency('KRW');
  await offers.fill({ base: '₩150,000,000' });
  await expect(offers.errorOf('Base salary')).toHaveCount(0);
  await offers.expectCell('Year 1 base', 'Seoul offer', '₩150,000,000');
  // Extra digits are still caught, and the message names the currency.
  await offers.fill({ base: '150,000,000,000,000' });
  await expect(offers.errorOf('Base salary')).toHaveText(
    'That is over ₩100 billion — check for extra digits.',
  );
  await offers.expectCell('Year 1 base', 'Seoul offer', '₩150,000,000');
});

test('changing an offer’s currency asks first, and cancel keeps it as it was', async ({ app }) => {
  const offers = await openOffers(app);
  await offers.addOffer({ name: 'Moving offer', base: '142k' });
  await offers.expectCell('Year 1 base', 'Moving offer', '$142,000');

  await offers.typeCurrency('JPY');
  await expect(offers.currencyDialog).toBeVisible();
  await screenshot(app, 'money-currency-question');
  await expectNoSeriousA11yViolations(app, 'currency question');
  await offers.cancelCurrencyQuestion();
  await expect(offers.errorOf('Currency')).toContainText('Not changed: the offer stays in USD.');
  await offers.expectCell('Year 1 base', 'Moving offer', '$142,000');

  // Convert at 150 yen per dollar: $142,000 × 150 = ¥21,300,000.
  await offers.typeCurrency('JP');
  await offers.typeCurrency('JPY');
  await offers.answerCurrencyQuestion({ rate: '150' });
  await offers.expectCell('Year 1 base', 'Moving offer', '¥21,300,000');
  await offers.expectValue('Base salary', '21,300,000');

  // Back to dollars keeping the figures as typed: ¥21,300,000 becomes $21,300,000.
  await offers.typeCurrency('USD');
  await offers.answerCurrencyQuestion({ keep: true });
  await offers.expectCell('Year 1 base', 'Moving offer', '$21,300,000');
});

test.describe('under a German locale', () => {
  test.use({ locale: 'de-DE' });

  test('reads “142.000,50” and shows it back the same way', async ({ app }) => {
    const offers = await openOffers(app);
    await offers.addOffer({ name: 'Berlin offer' });
    await offers.typeCurrency('EUR');
    await offers.fill({ base: '1,500' });
    // An amount the locale reads one way and others another: the field says how it was read.
    await expect(offers.readingOf('Base salary')).toHaveText('= 1,50\u00a0€');
    await offers.fill({ base: '142.000,50' });
    await expect(offers.errorOf('Base salary')).toHaveCount(0);
    await offers.field('Offer name').focus();
    await offers.expectValue('Base salary', '142.000,50');
    await offers.expectCell('Year 1 base', 'Berlin offer', '142.000,50\u00a0€');
    await screenshot(app, 'money-german-locale', { fullPage: true });
  });
});
