/**
 * The offers comparison as CSV: one row per offer and figure (each year's
 * parts and total, the 4-year total, the average year, market-style total
 * comp, and the gap to the baseline in money and percent), amounts as plain
 * numbers in the offer's own currency with the currency in its own column.
 *
 * Owns the CSV text: RFC 4180 (comma-separated, CRLF line ends, fields with
 * a comma, quote, CR or LF quoted and inner quotes doubled), and the guard
 * against formula injection in spreadsheet apps: a text field starting with
 * `=`, `+`, `-`, `@`, a tab or a CR gets a leading apostrophe (OWASP's advice)
 * so it is read as text. Numbers are written as numbers, never neutralised.
 * Must not compute pay (comp.ts does), read the clock or touch storage.
 */
import type { VerdictBasis } from '../schemas/tax';
import type { BaselineComparison, OfferSummary } from './comp';
import { currencyMinorDigits, roundHalfAwayFromZero } from './money';
import type { OfferTakeHome, TakeHomeGap } from './offerTakeHome';

/** A number already written as decimal text (e.g. "142000.00"): never neutralised. */
export type CsvNumber = { readonly number: string };

/** One CSV cell: text, a number, a number as text, or empty. */
export type CsvValue = string | number | CsvNumber | null;

const DANGEROUS_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheet apps: a leading `=`, `+`, `-`, `@`,
 * tab or CR is prefixed with an apostrophe so the cell is not run as a formula.
 */
export const neutraliseFormula = (text: string): string =>
  DANGEROUS_START.test(text) ? `'${text}` : text;

/** One field as RFC 4180 text: quoted when it holds a comma, quote, CR or LF. */
const field = (value: CsvValue): string => {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'object') {
    if (!/^-?\d+(\.\d+)?$/.test(value.number))
      throw new RangeError(`Not a decimal number: ${value.number}`);
    return value.number;
  }
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows (the first is the header) as RFC 4180 text with CRLF after every row. */
export const toCsv = (rows: readonly (readonly CsvValue[])[]): string =>
  rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');

/**
 * Minor units as a plain decimal number of major units with the currency's
 * own digits: 14_200_000 USD cents → "142000.00", 5_000 JPY → "5000".
 * Exact (integer arithmetic, no float rounding).
 */
export const majorUnits = (minor: number, currency: string): string => {
  const digits = currencyMinorDigits(currency);
  if (!Number.isInteger(minor)) throw new RangeError(`Not whole minor units: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')}`;
};

/** The CSV's header row. */
export const COMPARISON_CSV_HEADER = ['Offer', 'Figure', 'Year', 'Amount', 'Unit'] as const;

export type CsvOffer = { id: string; name: string; currency: string };

const PARTS = [
  ['base', 'Base'],
  ['bonus', 'Bonus'],
  ['signOn', 'Sign-on'],
  ['equity', 'Equity'],
  ['total', 'Total'],
] as const;

/** Which basis the verdict reads, and the take-home figures when it is take-home. */
export type CsvTakeHome = {
  basis: VerdictBasis;
  /** The tax year of the tables the estimate applies to every year. */
  taxYear: number;
  results: ReadonlyMap<string, OfferTakeHome>;
  gaps: ReadonlyMap<string, TakeHomeGap>;
};

/** The text of the CSV's basis row. */
export const csvBasisFigure = (basis: VerdictBasis, taxYear: number): string =>
  basis === 'gross'
    ? 'Verdict basis: gross pay, before tax'
    : `Verdict basis: take-home pay, estimated after tax with the ${taxYear} tables`;

const pctNumber = (pct: number): CsvNumber => ({
  number: (roundHalfAwayFromZero(pct * 100) / 100).toFixed(2),
});

/**
 * The comparison's rows for the CSV, header first. Per offer, in the order
 * given: years 1–4 × (base, bonus, sign-on, equity, total), then the 4-year
 * total, the average year and market-style total comp in the offer's own
 * currency; then the gap to the baseline in the baseline's currency and in
 * percent (rounded to two decimals, as on screen), left empty when it has
 * none (the baseline itself, or no exchange rate). Amount cells are plain
 * numbers written as text so they keep their digits ("142000.00").
 *
 * With `takeHome`, a row right after the header names the verdict's basis;
 * on the take-home basis each offer also gets its take-home per year, over 4
 * years, its average, and the gap after tax in money and percent (amounts
 * left empty where the offer has no estimate).
 */
export const comparisonCsvRows = (
  offers: readonly CsvOffer[],
  summaries: ReadonlyMap<string, OfferSummary>,
  gaps: readonly BaselineComparison[],
  baselineCurrency: string,
  takeHome?: CsvTakeHome,
): CsvValue[][] => {
  const rows: CsvValue[][] = [[...COMPARISON_CSV_HEADER]];
  if (takeHome) {
    rows.push(['All offers', csvBasisFigure(takeHome.basis, takeHome.taxYear), null, null, null]);
  }
  const gapOf = new Map(gaps.map((g) => [g.offerId, g]));
  for (const offer of offers) {
    const s = summaries.get(offer.id);
    if (!s) continue;
    const money = (figure: string, year: number | null, minor: number) =>
      rows.push([
        offer.name,
        figure,
        year,
        { number: majorUnits(minor, offer.currency) },
        offer.currency,
      ]);
    for (const row of s.rows) {
      for (const [key, label] of PARTS) money(label, row.year, row[key]);
    }
    money('4-year total', null, s.fourYearTotal);
    money('Average per year', null, s.averageAnnual);
    money('Market-style total comp', null, s.marketStyleTotalComp);
    const gap = gapOf.get(offer.id);
    const usable = gap?.comparable && !gap.isBaseline;
    rows.push([
      offer.name,
      'Gap to baseline',
      null,
      usable ? { number: majorUnits(gap.diffCents, baselineCurrency) } : null,
      baselineCurrency,
    ]);
    rows.push([
      offer.name,
      'Gap to baseline (%)',
      null,
      usable && gap.gapPct !== null ? pctNumber(gap.gapPct) : null,
      '%',
    ]);
    if (takeHome?.basis === 'take-home') {
      const result = takeHome.results.get(offer.id);
      const optional = (minor: number | null | undefined, currency: string): CsvValue =>
        minor === null || minor === undefined ? null : { number: majorUnits(minor, currency) };
      for (const row of s.rows) {
        const year = result?.byYear.find((y) => y.year === row.year);
        rows.push([
          offer.name,
          'Take-home',
          row.year,
          optional(year?.estimate.takeHome, offer.currency),
          offer.currency,
        ]);
      }
      rows.push([
        offer.name,
        '4-year take-home',
        null,
        optional(result?.summary?.total, offer.currency),
        offer.currency,
      ]);
      rows.push([
        offer.name,
        'Average take-home per year',
        null,
        optional(result?.summary?.averageAnnual, offer.currency),
        offer.currency,
      ]);
      const gap = takeHome.gaps.get(offer.id);
      const gapUsable = gap && !gap.isBaseline && gap.diff !== null;
      rows.push([
        offer.name,
        'Gap after tax to baseline',
        null,
        gapUsable ? optional(gap.diff, baselineCurrency) : null,
        baselineCurrency,
      ]);
      rows.push([
        offer.name,
        'Gap after tax to baseline (%)',
        null,
        gapUsable && gap.gapPct !== null ? pctNumber(gap.gapPct) : null,
        '%',
      ]);
    }
  }
  return rows;
};
