/**
 * The compensation engine's yearly view: year-by-year pay for one offer, the
 * per-offer summary (4-year total, average, market-style total comp) and the
 * gap between offers. Amounts are integer cents; percents are plain numbers
 * (5 = 5%). Pure and allocation-light: no clock, no storage, no formatting.
 * The monthly view lives in `cashflow.ts`; chart shaping in `compCharts.ts`.
 */

import type { Offer } from '../schemas/records';
import type { Clawback } from '../schemas/template';
import { currencyMinorDigits, roundHalfAwayFromZero } from './money';
import { type RefresherAssumption, refresherEquityCents } from './refresher';
import { type VestingSchedule, vestingYears } from './vesting';

/**
 * The fields of an {@link Offer} the engine reads. A full `Offer` fits; the
 * optional fields count as zero / off when missing, so a half-filled draft can
 * be projected too.
 */
export type CompOffer = {
  /** Year-1 annual base salary, cents. */
  baseSalary: number;
  /** The whole RSU grant's value at grant date, cents. */
  rsuGrantValue: number;
  vesting: VestingSchedule;
  signOnYear1?: number;
  signOnYear2?: number;
  signOnPaidMonthly?: boolean;
  /** Annual bonus target, percent of that year's base. */
  bonusTargetPct?: number;
  /** Assumed yearly change of the share price, percent. */
  stockGrowthPct?: number;
  /** Yearly raise of the base salary, percent. */
  raisePct?: number;
  clawback?: Clawback;
  /** Yearly refresher grants the user assumes; absent or null = none. */
  refresher?: RefresherAssumption | null;
};

/**
 * One year of pay, all in cents; `total` is the sum of the four rounded cells
 * base + bonus + signOn + equity. `equity` holds every grant vesting that
 * year, refreshers included; `refresherEquity` is the part of it that comes
 * from refreshers (0 without), so "without refreshers" is total − refresherEquity.
 */
export type YearRow = {
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  /** Of `equity`, the refreshers' part; 0 when the offer assumes none. */
  refresherEquity: number;
  total: number;
};

export type ProjectionOptions = {
  /** How many years to project, a whole number from 1 to 50. Default 4. */
  years?: number;
  /** Overrides the offer's own stock growth assumption, percent per year. */
  stockGrowthPct?: number;
};

/** The number of years a summary covers. */
export const SUMMARY_YEARS = 4;

/** The horizons the by-year views offer; 4 (= {@link SUMMARY_YEARS}) is the default. */
export const PROJECTION_YEARS = [4, 5, 6] as const;
export type ProjectionYears = (typeof PROJECTION_YEARS)[number];

/**
 * The yearly growth factor of the share price for a growth percent:
 * 1 + g/100, floored at 0 so a fall of 100% or more leaves the shares
 * worthless rather than negative (and odd powers never flip the sign).
 */
export function growthFactor(stockGrowthPct: number): number {
  return Math.max(0, 1 + stockGrowthPct / 100);
}

/**
 * The base salary paid in year `year` (1-based), in whole cents:
 * base × (1 + raisePct/100)^(year−1), rounded half away from zero.
 * Shared by the yearly and the monthly views so both see the same figure.
 */
export function yearBaseCents(offer: CompOffer, year: number): number {
  const raise = 1 + (offer.raisePct ?? 0) / 100;
  return roundHalfAwayFromZero(offer.baseSalary * raise ** (year - 1));
}

/**
 * The bonus paid for year `year`, in whole cents: that year's (rounded) base
 * × bonusTargetPct/100, rounded half away from zero.
 */
export function yearBonusCents(offer: CompOffer, yearBase: number): number {
  const pct = offer.bonusTargetPct ?? 0;
  return pct === 0 ? 0 : roundHalfAwayFromZero((yearBase * pct) / 100);
}

/** The sign-on for year `year`: year 1 and 2 as entered, later years 0. */
export function yearSignOnCents(offer: CompOffer, year: number): number {
  if (year === 1) return offer.signOnYear1 ?? 0;
  if (year === 2) return offer.signOnYear2 ?? 0;
  return 0;
}

function checkWholeCount(value: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${what} must be a whole number from 1 to ${max}.`);
  }
  return value;
}

/**
 * The first grant's vest in year `year` (1-based), in whole cents: grant ×
 * vestPct[year]/100 × `factor`^year, rounded half away from zero (0 past the
 * schedule). `factor` is {@link growthFactor} of the growth.
 */
function yearFirstGrantCents(offer: CompOffer, year: number, factor: number): number {
  const pct = offer.vesting.yearPct[year - 1] ?? 0;
  return pct > 0 ? roundHalfAwayFromZero(((offer.rsuGrantValue * pct) / 100) * factor ** year) : 0;
}

/**
 * Projects an offer year by year. For year y (1-based), in cents:
 *
 * - base   = baseSalary × (1 + raisePct/100)^(y−1)
 * - bonus  = that year's base × bonusTargetPct/100
 * - signOn = signOnYear1 in year 1, signOnYear2 in year 2, else 0
 * - equity = rsuGrantValue × vestPct[y]/100 × max(0, 1 + g/100)^y, where
 *   vestPct comes from `offer.vesting.yearPct` (years past the schedule vest
 *   0) and g is `opts.stockGrowthPct`, else the offer's own, else 0; plus
 *   the refreshers vesting that year (see `refresherEquityExact`), each
 *   grant valued with the same growth from its own grant date. The two parts
 *   are rounded separately and `refresherEquity` reports the second
 * - total  = base + bonus + signOn + equity
 *
 * Each cell is rounded to whole cents half away from zero, and `total` is the
 * sum of the rounded cells, so a row always adds up on screen. The bonus is
 * taken on the rounded base. Equity is never negative: a growth of −100% or
 * below makes it 0. One object per year is all it allocates.
 *
 * @throws RangeError when `years` is not a whole number from 1 to 50.
 */
export function projectCompensation(offer: CompOffer, opts: ProjectionOptions = {}): YearRow[] {
  const years = checkWholeCount(opts.years ?? SUMMARY_YEARS, 50, 'years');
  const factor = growthFactor(opts.stockGrowthPct ?? offer.stockGrowthPct ?? 0);
  const rows: YearRow[] = new Array(years);
  for (let year = 1; year <= years; year++) {
    const base = yearBaseCents(offer, year);
    const bonus = yearBonusCents(offer, base);
    const signOn = yearSignOnCents(offer, year);
    const firstGrant = yearFirstGrantCents(offer, year, factor);
    const refresherEquity = refresherEquityCents(offer.refresher, year, factor);
    const equity = firstGrant + refresherEquity;
    rows[year - 1] = {
      year,
      base,
      bonus,
      signOn,
      equity,
      refresherEquity,
      total: base + bonus + signOn + equity,
    };
  }
  return rows;
}

/** An offer's headline figures, all in cents. */
export type OfferSummary = {
  /** The first {@link SUMMARY_YEARS} years, as from {@link projectCompensation}. */
  rows: YearRow[];
  /** Sum of the four yearly totals. */
  fourYearTotal: number;
  /** fourYearTotal / 4, rounded half away from zero. */
  averageAnnual: number;
  /** base + grant / vesting years + base × bonus% (no sign-on), see {@link marketStyleTotalComp}. */
  marketStyleTotalComp: number;
};

/**
 * "Total comp" the way public salary trackers count it, so an offer can be set
 * against a published figure on the same terms: year-1 base + the grant spread
 * evenly over its vesting years + base × bonusTargetPct/100. Sign-on, raises
 * and stock growth are left out. Vesting years is the last year with a
 * non-zero percent (Amazon's 5/15/40/40 → 4). Cents, rounded half away from
 * zero once, on the sum.
 */
export function marketStyleTotalComp(offer: CompOffer): number {
  const years = vestingYears(offer.vesting);
  const equityPerYear = years > 0 ? offer.rsuGrantValue / years : 0;
  const bonus = (offer.baseSalary * (offer.bonusTargetPct ?? 0)) / 100;
  return roundHalfAwayFromZero(offer.baseSalary + equityPerYear + bonus);
}

/**
 * Summarises an offer over four years: the rows, their total, the average year
 * and the market-style total comp. `opts.stockGrowthPct` overrides the offer's
 * own assumption (it changes the rows, not the market-style figure).
 */
export function summarizeOffer(
  offer: CompOffer,
  opts: Pick<ProjectionOptions, 'stockGrowthPct'> = {},
): OfferSummary {
  const rows = projectCompensation(offer, { ...opts, years: SUMMARY_YEARS });
  let fourYearTotal = 0;
  for (const row of rows) fourYearTotal += row.total;
  return {
    rows,
    fourYearTotal,
    averageAnnual: roundHalfAwayFromZero(fourYearTotal / SUMMARY_YEARS),
    marketStyleTotalComp: marketStyleTotalComp(offer),
  };
}

/**
 * The part of the {@link SUMMARY_YEARS}-year total that no stock growth moves:
 * base, bonus and sign-on, in cents. With {@link summaryEquityCents} it adds
 * up to {@link summarizeOffer}'s `fourYearTotal` to the cent: the same
 * rounded cells of {@link projectCompensation}, summed in another order,
 * which is exact for whole cents. For searches over the growth (what could
 * change the answer), which would otherwise project the cash again per step.
 */
export function summaryCashCents(offer: CompOffer): number {
  let cash = 0;
  for (let year = 1; year <= SUMMARY_YEARS; year++) {
    const base = yearBaseCents(offer, year);
    cash += base + yearBonusCents(offer, base) + yearSignOnCents(offer, year);
  }
  return cash;
}

/**
 * The equity part of the {@link SUMMARY_YEARS}-year total, in cents: each
 * year's first-grant vest and refreshers as {@link projectCompensation}
 * rounds them, at `stockGrowthPct` (else the offer's own growth, else 0).
 */
export function summaryEquityCents(offer: CompOffer, stockGrowthPct?: number): number {
  const factor = growthFactor(stockGrowthPct ?? offer.stockGrowthPct ?? 0);
  let equity = 0;
  for (let year = 1; year <= SUMMARY_YEARS; year++) {
    equity +=
      yearFirstGrantCents(offer, year, factor) +
      refresherEquityCents(offer.refresher, year, factor);
  }
  return equity;
}

/**
 * The gap of A over B in percent of B: (avgA − avgB) / avgB × 100. Unrounded;
 * round only for display. Null when B is 0 (no meaningful percent).
 */
export function gapPct(avgA: number, avgB: number): number | null {
  if (avgB === 0) return null;
  return ((avgA - avgB) / avgB) * 100;
}

/** An offer as the baseline comparison needs it. */
export type ComparedOffer = CompOffer & { id: string; currency: string };

/** One offer set against the baseline. */
export type BaselineComparison =
  | {
      comparable: true;
      offerId: string;
      isBaseline: boolean;
      /** The offer's own currency and its average year in it (minor units). */
      currency: string;
      averageAnnual: number;
      /** Units of the baseline currency per unit of the offer's (1 when the same). */
      fxRate: number;
      /** The average year converted to the baseline currency, minor units, rounded. */
      averageAnnualInBaseline: number;
      /** averageAnnualInBaseline − the baseline's average, minor units of the baseline currency. */
      diffCents: number;
      /** {@link gapPct} of this offer over the baseline; null when the baseline averages 0. */
      gapPct: number | null;
    }
  | {
      comparable: false;
      offerId: string;
      isBaseline: false;
      currency: string;
      averageAnnual: number;
      reason: 'no-exchange-rate';
      message: string;
    };

export type BaselineComparisonResult = {
  baselineId: string;
  currency: string;
  /** One entry per offer, in the order given, the baseline included. */
  rows: BaselineComparison[];
};

/**
 * Compares every offer's average year with the baseline's, in the baseline's
 * currency (minor units) and in percent ({@link gapPct}).
 *
 * An offer in another currency is converted only through `fxRates[currency]`
 * — units of the baseline currency per one unit of the offer's currency,
 * the workbook's `fxRates` — taking each currency's minor-unit digits into
 * account (USD cents vs JPY yen). Without a usable rate (missing, zero,
 * negative or not finite) the row is marked `comparable: false` with a
 * message, never given a number. Returns null when `baselineId` is not among
 * the offers.
 */
export function compareToBaseline(
  offers: readonly ComparedOffer[],
  baselineId: string,
  opts: { fxRates?: Readonly<Record<string, number>>; stockGrowthPct?: number } = {},
): BaselineComparisonResult | null {
  const baseline = offers.find((o) => o.id === baselineId);
  if (!baseline) return null;
  const growth = opts.stockGrowthPct === undefined ? {} : { stockGrowthPct: opts.stockGrowthPct };
  const baseAvg = summarizeOffer(baseline, growth).averageAnnual;
  const baseDigits = currencyMinorDigits(baseline.currency);
  const rows = offers.map((offer): BaselineComparison => {
    const averageAnnual =
      offer === baseline ? baseAvg : summarizeOffer(offer, growth).averageAnnual;
    const sameCurrency = offer.currency === baseline.currency;
    const rate = sameCurrency ? 1 : opts.fxRates?.[offer.currency];
    if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
      return {
        comparable: false,
        offerId: offer.id,
        isBaseline: false,
        currency: offer.currency,
        averageAnnual,
        reason: 'no-exchange-rate',
        message: `Not comparable: add an exchange rate from ${offer.currency} to ${baseline.currency} to compare this offer.`,
      };
    }
    const converted = sameCurrency
      ? averageAnnual
      : roundHalfAwayFromZero(
          (averageAnnual / 10 ** currencyMinorDigits(offer.currency)) * rate * 10 ** baseDigits,
        );
    return {
      comparable: true,
      offerId: offer.id,
      isBaseline: offer === baseline,
      currency: offer.currency,
      averageAnnual,
      fxRate: rate,
      averageAnnualInBaseline: converted,
      diffCents: converted - baseAvg,
      gapPct: gapPct(converted, baseAvg),
    };
  });
  return { baselineId, currency: baseline.currency, rows };
}
