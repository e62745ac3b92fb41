/** Page object for the Offers section: the offer editor, the comparison table and its controls. */
import { expect, type Locator, type Page } from '@playwright/test';

export type OfferInput = {
  name?: string;
  role?: string;
  level?: string;
  base?: string;
  signOn1?: string;
  signOn2?: string;
  grant?: string;
};

/**
 * The worked example, typed the ways people paste money: Amazon L5 PM
 * (base $142,000, sign-on $60,000 / $45,000, grant $160,000) and PMM (base
 * $136,000, sign-on $50,000 / $40,000, grant $140,000).
 */
export const WORKED_PM = {
  name: 'Amazon PM L5',
  role: 'PM — Product Manager',
  level: 'L5',
  base: '$142,000',
  signOn1: '60k',
  signOn2: '45,000',
  grant: '160k',
} satisfies OfferInput;
export const WORKED_PMM = {
  name: 'Amazon PMM L5',
  role: 'PMM — Product Marketing Manager',
  level: 'L5',
  base: '136k',
  signOn1: '50000',
  signOn2: '40k',
  grant: '$140,000',
} satisfies OfferInput;

export class OffersPage {
  constructor(readonly page: Page) {}

  /** A field of the offer being edited, by its exact visible label. */
  field(label: string): Locator {
    return this.page.getByRole('tabpanel').getByLabel(label, { exact: true });
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: 'Add offer' }).first();
  }

  get tabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Offers' }).getByRole('tab');
  }

  tab(name: string | RegExp): Locator {
    return this.page
      .getByRole('tablist', { name: 'Offers' })
      .getByRole('tab', { name, exact: true });
  }

  /** The tabs above the charts, one per chart. */
  get chartTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Charts' }).getByRole('tab');
  }

  chartTab(name: string): Locator {
    return this.page
      .getByRole('tablist', { name: 'Charts' })
      .getByRole('tab', { name, exact: true });
  }

  /** The panel of the chosen chart. */
  get chartPanel(): Locator {
    return this.page.locator('.offer-charts__panel');
  }

  get table(): Locator {
    return this.page.getByRole('region', { name: 'Pay by year' }).getByRole('table');
  }

  /** The error message shown next to a field. */
  errorOf(label: string): Locator {
    return this.field(label)
      .locator('xpath=ancestor::div[contains(@class,"field")][1]')
      .locator('.field__error');
  }

  /** Adds the two worked-example offers, PM first. */
  async addWorkedExample(): Promise<void> {
    await this.addOffer(WORKED_PM);
    await this.addOffer(WORKED_PMM);
  }

  /** Adds an offer and fills it in by label. */
  async addOffer(input: OfferInput): Promise<void> {
    const before = await this.tabs.count();
    await this.addButton.click();
    await expect(this.tabs).toHaveCount(before + 1);
    await this.fill(input);
  }

  async fill(input: OfferInput): Promise<void> {
    if (input.name !== undefined) await this.field('Offer name').fill(input.name);
    if (input.role !== undefined) await this.field('Role').selectOption({ label: input.role });
    if (input.level !== undefined) await this.field('Level').fill(input.level);
    if (input.base !== undefined) await this.field('Base salary').fill(input.base);
    if (input.signOn1 !== undefined) await this.field('Sign-on bonus, year 1').fill(input.signOn1);
    if (input.signOn2 !== undefined) await this.field('Sign-on bonus, year 2').fill(input.signOn2);
    if (input.grant !== undefined) await this.field('RSU grant value').fill(input.grant);
    if (input.name !== undefined) await expect(this.tab(input.name)).toBeVisible();
  }

  /** The text of one table cell: the row headed `row`, the column headed `offer`. */
  async cell(row: string, offer: string): Promise<string> {
    const headers = await this.table.locator('thead th').allInnerTexts();
    const col = headers.findIndex((h) => h.replace(/\s*\(baseline\)$/, '').trim() === offer);
    if (col < 0) throw new Error(`No column for ${offer} in ${headers.join(' | ')}`);
    const tr = this.table.locator('tr', {
      has: this.page.getByRole('rowheader', { name: row, exact: true }),
    });
    // +1: the first cell of each row is its header.
    return (
      (
        await tr
          .locator('th, td')
          .nth(col + 1)
          .textContent()
      )?.trim() ?? ''
    );
  }

  async expectCell(row: string, offer: string, text: string): Promise<void> {
    await expect.poll(() => this.cell(row, offer)).toBe(text);
  }

  /** The line under a money field saying how the typed text was read ("= €1.50"). */
  readingOf(label: string): Locator {
    return this.field(label)
      .locator('xpath=ancestor::div[contains(@class,"field")][1]')
      .locator('.field__reading');
  }

  /** The question asked before an offer's currency changes. */
  get currencyDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Change this offer from/ });
  }

  /** Types a new currency code into the offer's currency field (the question may follow). */
  async typeCurrency(code: string): Promise<void> {
    await this.field('Currency').fill(code);
  }

  /** Answers the currency question: keep the figures as typed, or convert at `rate`. */
  async answerCurrencyQuestion(answer: { keep: true } | { rate: string }): Promise<void> {
    const dialog = this.currencyDialog;
    await expect(dialog).toBeVisible();
    if ('rate' in answer) {
      await dialog.getByLabel('Convert them at an exchange rate').check();
      await dialog.getByLabel(/ per 1 /).fill(answer.rate);
    } else {
      await dialog.getByLabel(/Keep the figures as typed/).check();
    }
    await dialog.getByRole('button', { name: /^Change to / }).click();
    await expect(dialog).toBeHidden();
  }

  async cancelCurrencyQuestion(): Promise<void> {
    await this.currencyDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.currencyDialog).toBeHidden();
  }

  /** Enters the exchange rate from `currency` to the baseline's `base` currency. */
  async setFxRate(currency: string, base: string, rate: string): Promise<void> {
    await this.page
      .getByLabel(`Exchange rate: ${base} per 1 ${currency}`, { exact: true })
      .fill(rate);
  }

  /** The note saying which offers the charts converted and which they leave out. */
  get chartCurrencyNote(): Locator {
    return this.page.getByTestId('chart-currency-note');
  }

  async setGrowth(label: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Stock growth per year, for this comparison' })
      .getByLabel(label, { exact: true })
      .check();
  }
}
