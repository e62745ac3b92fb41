/**
 * The cost-of-living reading: an optional index per offer (100 = the
 * baseline offer's location; 125 = a quarter dearer) turns an amount into
 * what it buys at the baseline's prices. It is a second reading beside the
 * raw figures, never a replacement: every function here returns the raw
 * amount or gap next to the adjusted one. The index is the user's, with a
 * note of where it came from; nothing here invents one. Amounts are integer
 * minor units of one currency. Pure.
 */
import { gapPct } from './comp';
import { roundHalfAwayFromZero } from './money';
import type { ParseResult } from './parse';

/** The baseline location's index. */
export const COL_BASELINE_INDEX = 100;
/** The lowest index accepted: a place at a tenth of the baseline's prices. */
export const COL_INDEX_MIN = 10;
/** The highest index accepted: ten times the baseline's prices. */
export const COL_INDEX_MAX = 1000;

/** Whether `index` is a usable cost-of-living index (finite, 10–1000). */
export function isColIndex(index: number): boolean {
  return Number.isFinite(index) && index >= COL_INDEX_MIN && index <= COL_INDEX_MAX;
}

/**
 * An amount at the baseline's prices: amount × 100 / index, whole minor
 * units, half away from zero. $200,000 where the index is 125 buys what
 * $160,000 buys at the baseline.
 *
 * @param amount minor units (may be negative, e.g. a difference)
 * @param index the place's index, 100 = baseline, from 10 to 1000
 * @throws RangeError for an index outside 10–1000 or not a number
 */
export function adjustForCostOfLiving(amount: number, index: number): number {
  if (!isColIndex(index)) {
    throw new RangeError(
      `A cost-of-living index must be from ${COL_INDEX_MIN} to ${COL_INDEX_MAX} (100 is the baseline).`,
    );
  }
  return roundHalfAwayFromZero((amount * COL_BASELINE_INDEX) / index);
}

/** One offer's average year, raw and at the baseline's prices. */
export type ColOffer = {
  offerId: string;
  /** The average year in minor units (raw, or after tax — the caller's basis). */
  averageAnnual: number;
  /** The offer's index, or null when the user has not entered one. */
  colIndex: number | null;
};

/** One offer's row of the adjusted reading; raw figures are always kept. */
export type ColRow = {
  offerId: string;
  isBaseline: boolean;
  rawAverage: number;
  /** The average at the baseline's prices, or null when the offer has no index. */
  adjustedAverage: number | null;
  /** The raw gap over the baseline, percent (unrounded); null when the baseline averages 0. */
  rawGapPct: number | null;
  /** The gap at the baseline's prices, percent; null when either side cannot be adjusted. */
  adjustedGapPct: number | null;
  /** adjustedAverage − the baseline's adjusted average, minor units; null likewise. */
  adjustedDiff: number | null;
};

/**
 * Reads averages and gaps adjusted for cost of living, beside the raw ones.
 *
 * The baseline's index is 100 by definition when the user left it empty (its
 * own location is the reference); another offer without an index has no
 * adjusted figures (null), never a guessed one. When the user gave the
 * baseline an index other than 100, every offer is still divided by its own
 * index, so the figures are at the prices of the place with index 100.
 * Gaps use {@link gapPct}: (adjA − adjB) / adjB × 100.
 *
 * @returns one row per offer in the order given, or null when `baselineId`
 *   is not among them
 * @throws RangeError for an index outside 10–1000
 */
export function readAdjustedForCostOfLiving(
  offers: readonly ColOffer[],
  baselineId: string,
): ColRow[] | null {
  const baseline = offers.find((o) => o.offerId === baselineId);
  if (!baseline) return null;
  const adjust = (o: ColOffer): number | null => {
    const index = o === baseline ? (o.colIndex ?? COL_BASELINE_INDEX) : o.colIndex;
    return index === null ? null : adjustForCostOfLiving(o.averageAnnual, index);
  };
  const baseAdjusted = adjust(baseline);
  return offers.map((o) => {
    const adjustedAverage = adjust(o);
    const both = adjustedAverage !== null && baseAdjusted !== null;
    return {
      offerId: o.offerId,
      isBaseline: o === baseline,
      rawAverage: o.averageAnnual,
      adjustedAverage,
      rawGapPct: gapPct(o.averageAnnual, baseline.averageAnnual),
      adjustedGapPct: both ? gapPct(adjustedAverage, baseAdjusted) : null,
      adjustedDiff: both ? adjustedAverage - baseAdjusted : null,
    };
  });
}

/**
 * Reads a typed index: a number from 10 to 1000, decimals allowed ("112.5"),
 * surrounding spaces ignored. Empty text means "no index" (value null).
 */
export function parseColIndex(text: string): ParseResult<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) {
    return {
      ok: false,
      message: 'Enter the index as a number, such as 115 for a place 15% dearer than the baseline.',
    };
  }
  const value = Number(trimmed);
  if (!isColIndex(value)) {
    return {
      ok: false,
      message: `Enter an index from ${COL_INDEX_MIN} to ${COL_INDEX_MAX}; 100 is the baseline's location.`,
    };
  }
  return { ok: true, value };
}
