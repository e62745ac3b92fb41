/**
 * The compensation engine's monthly view: cash paid month by month, pay
 * accumulated over time, and what leaving after a given month would cost.
 * Built on the same per-year figures as `comp.ts` so the monthly and yearly
 * views agree. Amounts are integer cents. Pure: no clock, no storage.
 */
import type { CompOffer } from './comp';
import { growthFactor, yearBaseCents, yearBonusCents, yearSignOnCents } from './comp';
import { roundHalfAwayFromZero, splitCents } from './money';
import { refresherVestEvents } from './refresher';
import { unvestedPctAfter, type VestEvent, vestEvents } from './vesting';

/** Cash received in one month (1-based), all in cents; `total` sums the cells. */
export type MonthRow = {
  month: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  total: number;
};

export type CashFlowOptions = {
  /** How many months to lay out, a whole number from 1 to 600. Default 48. */
  months?: number;
  /** Overrides the offer's own stock growth assumption, percent per year. */
  stockGrowthPct?: number;
};

/** The default horizon of the monthly views: four years. */
export const CASH_FLOW_MONTHS = 48;

function checkMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > 600) {
    throw new RangeError('months must be a whole number from 1 to 600.');
  }
  return months;
}

/**
 * Adds one stream of vest events to `byMonth`, in cents. Each event is worth
 * value × pct/100 × factor^(years since its grant date) — the share price at
 * the vest date. Within one offer year the cents are rounded cumulatively
 * (each event gets round(running exact sum) − round(previous running sum)), so
 * a year's events add up to that year's exact value rounded once: at 0%
 * growth that is exactly the yearly view's cell for the stream.
 */
function addStream(
  byMonth: Map<number, number>,
  events: readonly (VestEvent & { grantYear?: number })[],
  value: number,
  factor: number,
  lastMonth: number,
): void {
  let currentYear = 0;
  let exact = 0;
  let rounded = 0;
  for (const event of events) {
    if (event.month > lastMonth) break;
    const year = Math.ceil(event.month / 12);
    if (year !== currentYear) {
      currentYear = year;
      exact = 0;
      rounded = 0;
    }
    const grantMonth = 12 * ((event.grantYear ?? 1) - 1);
    exact += ((value * event.pct) / 100) * factor ** ((event.month - grantMonth) / 12);
    const next = roundHalfAwayFromZero(exact);
    byMonth.set(event.month, (byMonth.get(event.month) ?? 0) + next - rounded);
    rounded = next;
  }
}

/**
 * Equity vesting in each month, in cents, keyed by month: the first grant's
 * events (from the start) and the refreshers' (each from its own grant date,
 * see `refresherVestEvents`), rounded as two streams like the yearly view's
 * two parts, so at 0% growth a year's months add up to its equity cell.
 */
function equityByMonth(offer: CompOffer, factor: number, lastMonth: number): Map<number, number> {
  const byMonth = new Map<number, number>();
  addStream(byMonth, vestEvents(offer.vesting), offer.rsuGrantValue, factor, lastMonth);
  if (offer.refresher) {
    const events = refresherVestEvents(offer.refresher, lastMonth);
    addStream(byMonth, events, offer.refresher.annualValue, factor, lastMonth);
  }
  return byMonth;
}

/**
 * Lays out the cash an offer pays in each month 1…`months`, in cents.
 *
 * - base: each year's base (the yearly view's rounded figure, raise applied
 *   per year) split into 12 instalments with {@link splitCents}: every month
 *   gets ⌊base/12⌋ and the first (base mod 12) months of the year one cent
 *   more, so the 12 months add up to the yearly base exactly.
 * - bonus: the whole yearly bonus in the last month of the year (12, 24, …).
 *   Bonus timing varies by company; a year-end lump keeps it in the year it is
 *   earned for.
 * - signOn: with `signOnPaidMonthly`, year 1's sign-on in 12 instalments over
 *   months 1–12 and year 2's over 13–24 (split like the base); otherwise a
 *   lump in month 1 and in month 13.
 * - equity: on each vest event ({@link vestEvents}), valued with the growth
 *   factor (1 + g/100)^(month/12); refreshers on their own events, valued
 *   from their grant dates; see the note on rounding in `addStream`.
 *
 * So months 12y−11…12y add up to year y of {@link projectCompensation} for
 * base, bonus and sign-on always, and for equity whenever growth is 0 or the
 * year vests once at its end. With growth and a mid-year vest (Amazon's month
 * 30 and 42) the monthly view values those shares six months earlier, as they
 * really are paid, so its equity is lower than the yearly view's
 * end-of-year valuation.
 *
 * @throws RangeError when `months` is not a whole number from 1 to 600.
 */
export function monthlyCashFlow(offer: CompOffer, opts: CashFlowOptions = {}): MonthRow[] {
  const months = checkMonths(opts.months ?? CASH_FLOW_MONTHS);
  const factor = growthFactor(opts.stockGrowthPct ?? offer.stockGrowthPct ?? 0);
  const equity = equityByMonth(offer, factor, months);
  const signOn1 = offer.signOnYear1 ?? 0;
  const signOn2 = offer.signOnYear2 ?? 0;
  const signOnSplits = offer.signOnPaidMonthly
    ? [splitCents(signOn1, 12), splitCents(signOn2, 12)]
    : null;
  const rows: MonthRow[] = new Array(months);
  let baseSplit: number[] = [];
  let yearBonus = 0;
  for (let month = 1; month <= months; month++) {
    const year = Math.ceil(month / 12);
    const slot = (month - 1) % 12;
    if (slot === 0) {
      const yearBase = yearBaseCents(offer, year);
      baseSplit = splitCents(yearBase, 12);
      yearBonus = yearBonusCents(offer, yearBase);
    }
    const base = baseSplit[slot] ?? 0;
    const bonus = slot === 11 ? yearBonus : 0;
    let signOn = 0;
    if (signOnSplits) signOn = signOnSplits[year - 1]?.[slot] ?? 0;
    else if (slot === 0) signOn = yearSignOnCents(offer, year);
    const vested = equity.get(month) ?? 0;
    rows[month - 1] = {
      month,
      base,
      bonus,
      signOn,
      equity: vested,
      total: base + bonus + signOn + vested,
    };
  }
  return rows;
}

/** Pay received from month 1 through `month`, in cents. */
export type CumulativePoint = { month: number; cumulative: number };

/**
 * Running total of {@link monthlyCashFlow}: one point per month 1…`months`
 * (48 by default), each the cents received from month 1 through that month.
 * Never decreases, since no month pays a negative amount.
 */
export function cumulativePay(offer: CompOffer, opts: CashFlowOptions = {}): CumulativePoint[] {
  const flow = monthlyCashFlow(offer, opts);
  const points: CumulativePoint[] = new Array(flow.length);
  let cumulative = 0;
  for (let i = 0; i < flow.length; i++) {
    const row = flow[i];
    cumulative += row ? row.total : 0;
    points[i] = { month: i + 1, cumulative };
  }
  return points;
}

/** What walking away costs, in cents; `total` sums the two parts. */
export type LeavingCost = {
  unvestedEquityForfeited: number;
  signOnToRepay: number;
  total: number;
};

/**
 * The sign-on to pay back for one sign-on period (year k covers months
 * 12(k−1)+1 … 12k) after `month` whole months of work. See {@link costOfLeaving}.
 */
function signOnRepayForPeriod(offer: CompOffer, period: 1 | 2, month: number): number {
  const amount = yearSignOnCents(offer, period);
  const served = Math.min(12, Math.max(0, month - 12 * (period - 1)));
  const clawback = offer.clawback ?? 'none';
  // Nothing paid yet, period fully served, or no clawback: nothing to repay.
  if (amount === 0 || served === 0 || served === 12 || clawback === 'none') return 0;
  if (offer.signOnPaidMonthly) {
    // Instalments are paid as the months are worked, so nothing unearned is
    // in hand: pro-rated repays 0; full repays every instalment received.
    if (clawback === 'prorated') return 0;
    let paid = 0;
    const instalments = splitCents(amount, 12);
    for (let i = 0; i < served; i++) paid += instalments[i] ?? 0;
    return paid;
  }
  if (clawback === 'full') return amount;
  return roundHalfAwayFromZero((amount * (12 - served)) / 12);
}

/**
 * The cost of leaving after `month` whole months of work (0 = before the
 * first month is complete; 12 = just after the first anniversary), in cents.
 *
 * - unvestedEquityForfeited = grant × (percent not yet vested)/100 ×
 *   max(0, 1 + g/100)^(month/12): the unvested shares at the price of the
 *   leaving date. A vest event at month m has vested once `month` ≥ m.
 * - signOnToRepay, per sign-on period (year 1 = months 1–12, year 2 = 13–24),
 *   limited to what has been paid — `month` counts months worked, and a
 *   month's pay (a lump in month 1 or 13, or that month's instalment) is in
 *   hand once the month is worked; a fully served period owes nothing:
 *   - `none`: 0.
 *   - `full`: a lump sign-on is repaid whole while its year is not complete
 *     (year 1 for months 1–11, year 2 for months 13–23); paid monthly, every
 *     instalment received in that year is repaid.
 *   - `prorated`: a lump is repaid × (months left in its 12-month period)/12,
 *     rounded half away from zero; paid monthly, 0 — the instalments not yet
 *     paid simply stop, and each one received was earned by its month.
 *   After month 24 no sign-on is ever owed.
 *
 * `month` must be finite; fractions are floored and negatives count as 0.
 * The stock growth is `opts.stockGrowthPct`, else the offer's own, else 0.
 */
export function costOfLeaving(
  offer: CompOffer,
  month: number,
  opts: Pick<CashFlowOptions, 'stockGrowthPct'> = {},
): LeavingCost {
  if (!Number.isFinite(month)) throw new RangeError('month must be a finite number.');
  const worked = Math.max(0, Math.floor(month));
  const factor = growthFactor(opts.stockGrowthPct ?? offer.stockGrowthPct ?? 0);
  const unvestedPct = unvestedPctAfter(offer.vesting, worked);
  const unvestedEquityForfeited =
    unvestedPct > 0
      ? roundHalfAwayFromZero(((offer.rsuGrantValue * unvestedPct) / 100) * factor ** (worked / 12))
      : 0;
  const signOnToRepay =
    signOnRepayForPeriod(offer, 1, worked) + signOnRepayForPeriod(offer, 2, worked);
  return {
    unvestedEquityForfeited,
    signOnToRepay,
    total: unvestedEquityForfeited + signOnToRepay,
  };
}
