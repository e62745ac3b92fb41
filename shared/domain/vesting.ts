/**
 * Vesting schedules: the yearly split of each preset and the month-level vest
 * events a schedule produces. Owns the timing rules only — it knows nothing
 * about money, growth or offers, and must not round anything.
 */
import type { VestingPreset } from '../schemas/template';

/** The part of an offer's vesting this module reads. */
export type VestingSchedule = {
  preset: VestingPreset;
  /** Percent of the grant vesting in each year (index 0 = year 1); adds up to 100. */
  yearPct: readonly number[];
};

/** One vest: `pct` percent of the grant vests at the end of month `month` (1-based). */
export type VestEvent = { month: number; pct: number };

const AMAZON_YEAR_PCT = [5, 15, 40, 40] as const;
const EVEN_CLIFF_YEAR_PCT = [25, 25, 25, 25] as const;

/**
 * The yearly split of a preset, as percents of the grant (index 0 = year 1).
 * `amazon` → [5, 15, 40, 40]; `even-cliff` → [25, 25, 25, 25]; `custom` has no
 * preset split (the user types it), so it returns null. Returns a fresh array.
 */
export function vestingYearPct(preset: 'amazon' | 'even-cliff'): number[];
export function vestingYearPct(preset: VestingPreset): number[] | null;
export function vestingYearPct(preset: VestingPreset): number[] | null {
  switch (preset) {
    case 'amazon':
      return [...AMAZON_YEAR_PCT];
    case 'even-cliff':
      return [...EVEN_CLIFF_YEAR_PCT];
    case 'custom':
      return null;
  }
}

/**
 * Month-level vest events, in month order, for a schedule.
 *
 * The preset decides *when* inside each year the shares vest; `yearPct`
 * decides *how much* vests that year, so the events of a year always add up to
 * that year's percent and the monthly and yearly views can never disagree:
 *
 * - `amazon`: years 1 and 2 vest once, at months 12 and 24; from year 3 on,
 *   each year vests in two equal halves six months apart (months 12y−6 and
 *   12y). With [5, 15, 40, 40] that is 5% at 12, 15% at 24, and 20% at 30, 36,
 *   42 and 48.
 * - `even-cliff`: nothing before the one-year cliff; year 1 vests in full at
 *   month 12, then every later year vests in four equal quarterly slices
 *   (months 12(y−1)+3, +6, +9, +12). With [25, 25, 25, 25] that is 25% at
 *   month 12 and 6.25% every quarter from month 15 through 48. Quarterly is
 *   the most common post-cliff cadence for four-year cliff grants.
 * - `custom`: each year's percent vests at once at month 12y.
 *
 * Years with 0% produce no event. Units: months from the start date, percents.
 */
export function vestEvents(vesting: VestingSchedule): VestEvent[] {
  const events: VestEvent[] = [];
  for (let i = 0; i < vesting.yearPct.length; i++) {
    const pct = vesting.yearPct[i] ?? 0;
    if (pct <= 0) continue;
    const year = i + 1;
    const yearEnd = 12 * year;
    if (vesting.preset === 'amazon' && year >= 3) {
      events.push({ month: yearEnd - 6, pct: pct / 2 }, { month: yearEnd, pct: pct / 2 });
    } else if (vesting.preset === 'even-cliff' && year >= 2) {
      for (let q = 3; q <= 12; q += 3) events.push({ month: yearEnd - 12 + q, pct: pct / 4 });
    } else {
      events.push({ month: yearEnd, pct });
    }
  }
  return events;
}

/**
 * Percent of the grant that has NOT vested once `month` whole months have been
 * worked (an event at month m has vested when month ≥ m). Summed from the
 * remaining events rather than as 100 − vested, so it is exactly 0 at the end
 * of the schedule. Never negative.
 */
export function unvestedPctAfter(vesting: VestingSchedule, month: number): number {
  let unvested = 0;
  for (const event of vestEvents(vesting)) {
    if (event.month > month) unvested += event.pct;
  }
  return Math.max(0, unvested);
}

/**
 * The number of years over which the grant vests: the last year with a
 * non-zero percent (a trailing 0% year does not lengthen the schedule).
 * Returns 0 for a schedule that vests nothing.
 */
export function vestingYears(vesting: Pick<VestingSchedule, 'yearPct'>): number {
  for (let i = vesting.yearPct.length - 1; i >= 0; i--) {
    if ((vesting.yearPct[i] ?? 0) > 0) return i + 1;
  }
  return 0;
}
