/** Page object for the Offers section: the verdict, the offers grid, the year parts, controls and charts. */
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

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class OffersPage {
  /** The offer `field()` reads when no offer is named: the last one added or chosen. */
  current: string | null = null;

  constructor(readonly page: Page) {}

  /** The offers grid (a region named "Offers side by side"). */
  get grid(): Locator {
    return this.page.getByRole('region', { name: 'Offers side by side' });
  }

  /**
   * A cell, by its accessible name "⟨field⟩, ⟨offer⟩": the value shown as text while the cell is
   * at rest, its control (input, select, textarea, checkbox) once it has focus. Focusing or
   * clicking it opens it; to type or choose, use {@link control}, {@link enter} or {@link pick}.
   */
  field(label: string, offer: string | null = this.current): Locator {
    if (offer === null) throw new Error('Name the offer, or add or choose one first.');
    return this.grid.getByLabel(`${label}, ${offer}`, { exact: true });
  }

  /** Opens a cell (focus creates its control, which takes focus) and returns the control. */
  async control(label: string, offer: string | null = this.current): Promise<Locator> {
    await this.field(label, offer).focus();
    const control = this.field(label, offer).and(this.page.locator('input, select, textarea'));
    await expect(control).toBeFocused();
    return control;
  }

  /** Types `text` into a cell in place of what it holds, as a person would after opening it. */
  async enter(label: string, text: string, offer: string | null = this.current): Promise<void> {
    await (await this.control(label, offer)).fill(text);
  }

  /** Chooses an option of a select cell (by value, or `{ label }`). */
  async pick(
    label: string,
    option: string | { label: string },
    offer: string | null = this.current,
  ): Promise<void> {
    await (await this.control(label, offer)).selectOption(option);
  }

  /**
   * What a cell holds: its control's value while open, else the text it shows at rest (for a
   * select, the chosen option's value, which the text at rest carries as `data-value`).
   */
  valueOf(label: string, offer: string | null = this.current): Promise<string> {
    return this.field(label, offer).evaluate((el) =>
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
        ? el.value
        : ((el as HTMLElement).dataset.value ?? el.textContent ?? ''),
    );
  }

  /** Waits until a cell holds `value` (see {@link valueOf}). */
  async expectValue(
    label: string,
    value: string | RegExp,
    offer: string | null = this.current,
  ): Promise<void> {
    const poll = expect.poll(() => this.valueOf(label, offer));
    if (typeof value === 'string') await poll.toBe(value);
    else await poll.toMatch(value);
  }

  /** Makes `offer` the one `field()` reads by default. */
  choose(offer: string): this {
    this.current = offer;
    return this;
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: 'Add offer' }).first();
  }

  /** The offer-name header cells, one per offer, in order. */
  get columns(): Locator {
    return this.grid.locator('thead th .offer-grid__name');
  }

  /** The header "Actions" button of an offer's column. */
  actionsButton(offer: string): Locator {
    return this.grid.getByRole('button', { name: `Actions for ${offer}`, exact: true });
  }

  /** Runs a column-header action ("Duplicate", "Mark as baseline", …) for `offer`. */
  async columnAction(offer: string, action: string): Promise<void> {
    await this.actionsButton(offer).click();
    await this.grid.getByRole('button', { name: action, exact: true }).click();
  }

  /**
   * Duplicates `offer` from its column header and waits until the copy's name has the focus, as
   * the page gives it once the copy is in, so a next click comes after that focus move rather
   * than racing it. (A loop of bare `columnAction` calls once lost a click on "Actions" in a full
   * parallel run: the menu never opened.)
   */
  async duplicate(offer: string): Promise<void> {
    const count = await this.columns.count();
    await this.columnAction(offer, 'Duplicate');
    await expect(this.columns).toHaveCount(count + 1);
    await expect(this.page.locator('[data-draft-key$=":name"]:focus')).toHaveCount(1);
  }

  /** The verdict's first line. */
  get verdict(): Locator {
    return this.page.getByTestId('verdict-headline');
  }

  /** The whole verdict strip. */
  get verdictStrip(): Locator {
    return this.page.getByRole('region', { name: 'Verdict' });
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

  /** The year-by-year parts table, unfolded by "Show each year’s parts". */
  get table(): Locator {
    return this.page.getByRole('region', { name: 'Pay by year' }).getByRole('table');
  }

  async showYearParts(): Promise<void> {
    const summary = this.page.getByText('Show each year’s parts', { exact: true });
    if (!(await this.table.isVisible())) await summary.click();
    await expect(this.table).toBeVisible();
  }

  /** The error message shown under a cell. */
  errorOf(label: string, offer: string | null = this.current): Locator {
    return this.field(label, offer)
      .locator('xpath=ancestor::div[contains(@class,"field")][1]')
      .locator('.field__error');
  }

  /** The grant's per-year split under an offer's grant cell. */
  grantSplit(offer: string | null = this.current): Locator {
    return this.field('RSU grant value', offer)
      .locator('xpath=ancestor::div[contains(@class,"field")][1]')
      .getByTestId('grant-split');
  }

  /** Adds the two worked-example offers, PM first. */
  async addWorkedExample(): Promise<void> {
    await this.addOffer(WORKED_PM);
    await this.addOffer(WORKED_PMM);
  }

  /** Adds an offer (a new column, its name focused) and fills it in by label. */
  async addOffer(input: OfferInput): Promise<void> {
    const before = await this.columns.count();
    await this.addButton.click();
    await expect(this.columns).toHaveCount(before + 1);
    const name = this.page.locator(':focus');
    await expect(name).toHaveAttribute('data-draft-key', /:name$/);
    this.current = await name.inputValue();
    await this.fill(input);
  }

  /** Fills the current offer's cells; the name last, since every cell's label carries it. */
  async fill(input: OfferInput): Promise<void> {
    if (input.role !== undefined) await this.pick('Role', { label: input.role });
    if (input.level !== undefined) await this.enter('Level', input.level);
    if (input.base !== undefined) await this.enter('Base salary', input.base);
    if (input.signOn1 !== undefined) await this.enter('Sign-on bonus, year 1', input.signOn1);
    if (input.signOn2 !== undefined) await this.enter('Sign-on bonus, year 2', input.signOn2);
    if (input.grant !== undefined) await this.enter('RSU grant value', input.grant);
    if (input.name !== undefined) {
      await this.enter('Offer name', input.name);
      this.current = input.name;
      await expect(this.columns.filter({ hasText: input.name })).toHaveCount(1);
    }
  }

  /** The text of a result cell: the row headed `row`, the column of `offer`. */
  cellLocator(row: string, offer: string): Locator {
    // By CSS, not role: one lookup for the grid's result rows and the unfolded year parts.
    const tr = this.page
      .locator('tr', {
        has: this.page.locator('th[scope="row"]', { hasText: new RegExp(`^\\s*${escapeRe(row)}`) }),
      })
      .first();
    return tr.locator(`td[data-offer="${offer.replaceAll('"', '\\"')}"]`);
  }

  async cell(row: string, offer: string): Promise<string> {
    // "Year N …" rows live only in the folded table, which renders while open.
    if (/^Year \d/.test(row)) await this.showYearParts();
    return ((await this.cellLocator(row, offer).textContent()) ?? '').trim();
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
    await this.enter('Currency', code);
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
