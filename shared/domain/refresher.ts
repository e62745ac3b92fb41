/**
 * Refresher grants: the yearly stock grants an employer may add after the
 * first one, as the user assumes them. Owns when each refresher vests and
 * what it is worth in a given year or month — the yearly view (`comp.ts`) and
 * the monthly view (`cashflow.ts`) both read it, so the two cannot disagree.
 * Knows nothing about base, bonus or sign-on; amounts are minor units and it
 * rounds only where its functions say so.
 */
import { roundHalfAwayFromZero } from './money';
import { type VestEvent, type VestingSchedule, vestEvents } from './vesting';

/** Earliest and latest offer year in which the first refresher can be granted. */
export const REFRESHER_FIRST_YEAR_MIN = 2;
export const REFRESHER_FIRST_YEAR_MAX = 6;

/**
 * A refresher assumption: a grant worth `annualValue` (minor units, at its
 * grant date) at the start of every offer year from `firstGrantYear` on, each
 * grant vesting on `vesting` counted from its own grant year.
 */
export type RefresherAssumption = {
  /** Each year's grant value at its grant date, minor units. */
  annualValue: number;
  vesting: VestingSchedule;
  /** The offer year (2…6) whose start brings the first refresher. */
  firstGrantYear: number;
};

/**
 * The refresher equity vesting in offer year `year` (1-based), in minor
 * units, unrounded. A grant made at the start of offer year g (g ≥
 * firstGrantYear) vests `vesting.yearPct[k]` percent in offer year g + k — its
 * own year 1 is the year it is granted, just as the first grant's year 1 is
 * offer year 1. It is valued like the first grant, at the share price at the
 * end of the vesting year: annualValue × pct/100 × factor^(year − g + 1),
 * because the price has grown for (year − g + 1) years since the grant date
 * (the start of year g). `factor` is the yearly growth factor (1 + g/100,
 * floored at 0). Zero when there is no refresher or none has vested yet.
 */
export function refresherEquityExact(
  refresher: RefresherAssumption | null | undefined,
  year: number,
  factor: number,
): number {
  if (!refresher || refresher.annualValue <= 0) return 0;
  const yearPct = refresher.vesting.yearPct;
  let exact = 0;
  for (let grantYear = refresher.firstGrantYear; grantYear <= year; grantYear++) {
    const pct = yearPct[year - grantYear] ?? 0;
    if (pct > 0) exact += ((refresher.annualValue * pct) / 100) * factor ** (year - grantYear + 1);
  }
  return exact;
}

/**
 * {@link refresherEquityExact} rounded once to whole minor units, half away
 * from zero: the yearly view's "of which refreshers" cell.
 */
export function refresherEquityCents(
  refresher: RefresherAssumption | null | undefined,
  year: number,
  factor: number,
): number {
  return roundHalfAwayFromZero(refresherEquityExact(refresher, year, factor));
}

/** One refresher vest: `pct` of the grant made at the start of `grantYear` vests at the end of `month`. */
export type RefresherVestEvent = VestEvent & { grantYear: number };

/**
 * Every refresher vest event up to and including `lastMonth`, in month order
 * (months counted from the offer's start). A grant made at the start of year g
 * is the grant schedule's {@link vestEvents} moved 12 × (g − 1) months later,
 * so each grant vests inside the same offer years as in the yearly view.
 */
export function refresherVestEvents(
  refresher: RefresherAssumption | null | undefined,
  lastMonth: number,
): RefresherVestEvent[] {
  if (!refresher || refresher.annualValue <= 0) return [];
  const base = vestEvents(refresher.vesting);
  const events: RefresherVestEvent[] = [];
  for (let grantYear = refresher.firstGrantYear; 12 * (grantYear - 1) < lastMonth; grantYear++) {
    const shift = 12 * (grantYear - 1);
    for (const e of base) {
      if (e.month + shift <= lastMonth)
        events.push({ month: e.month + shift, pct: e.pct, grantYear });
    }
  }
  return events.sort((a, b) => a.month - b.month || a.grantYear - b.grantYear);
}
