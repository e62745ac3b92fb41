/**
 * The take-home estimate: what one offer's wages for a year leave after
 * income and payroll tax, part by part, and the same for every year of a
 * projection. US offers use the tax tables of `tax.ts` (federal and, where a
 * sourced file exists, the state); any state or city without a file, and any
 * non-US offer, uses a rate the user types, reported as theirs. It is an
 * estimate: only the standard deduction; no pre-tax 401(k) or benefit
 * deductions, no credits, no other income unless entered. Amounts are
 * integer cents; user rates are percents (9.3 = 9.3%). Pure.
 */
import type { FilingStatus } from '../schemas/tax';
import type { YearRow } from './comp';
import { SUMMARY_YEARS } from './comp';
import { roundHalfAwayFromZero } from './money';
import {
  additionalMedicareCents,
  federalIncomeTaxCents,
  findTaxRegion,
  localIncomeTaxCents,
  medicareCents,
  socialSecurityCents,
  type TaxTables,
} from './tax';

/** Household facts the workbook holds once, for every offer. */
export type Household = {
  filingStatus: FilingStatus;
  /**
   * The household's other taxable income for a year (a spouse's wages, say),
   * cents. It moves the job's wages into higher brackets; see
   * `stackedIncomeTaxCents` and `additionalMedicareCents` for the rules.
   */
  otherIncome?: number;
};

/** How one offer is taxed. */
export type TaxBasis =
  | {
      kind: 'us';
      /** A `US_TAX_REGIONS` id, e.g. `us-wa`. */
      regionId: string;
      /**
       * The user's own state rate, percent of wages. Used when the region has
       * no sourced state table, and when given it wins over the table.
       */
      userStateRatePct?: number | null;
      /**
       * The user's own city rate, percent of wages; read only for regions with
       * a city tax (a rate left over from another region is ignored).
       */
      userCityRatePct?: number | null;
    }
  /** Outside the US: the user's effective rate on all pay, percent. */
  | { kind: 'user-rate'; ratePct: number }
  /** Outside the US with no rate: compare gross pay only. */
  | { kind: 'gross-only' };

/**
 * Where a state or city figure came from: the sourced `table`, `none` (the
 * place has no such tax), the `user-rate`, or `missing` (no table and no
 * rate yet — the estimate cannot be completed).
 */
export type PartSource = 'table' | 'none' | 'user-rate' | 'missing';

/** One year's estimate, all amounts in whole cents. */
export type TakeHomeEstimate = {
  basis: TaxBasis['kind'];
  /** The wages taxed: base + bonus + sign-on + RSUs at vest value. */
  wages: number;
  federal: number;
  socialSecurity: number;
  medicare: number;
  additionalMedicare: number;
  state: number;
  stateSource: PartSource;
  city: number;
  citySource: PartSource;
  /** Tax from a non-US user rate; 0 for US offers. */
  userRateTax: number;
  /** The sum of the rounded parts, or null when a part is missing or gross only. */
  total: number | null;
  /** wages − total, or null when `total` is null. */
  takeHome: number | null;
  /** The tax year of the tables applied, or null when no table was used. */
  taxYear: number | null;
};

function checkRatePct(pct: number, what: string): number {
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
    throw new RangeError(`${what} must be a percent from 0 to 100.`);
  }
  return pct;
}

/** pct % of wages, whole cents, half away from zero. */
function rateOf(wages: number, pct: number): number {
  return roundHalfAwayFromZero((wages * pct) / 100);
}

const EMPTY_PARTS = {
  federal: 0,
  socialSecurity: 0,
  medicare: 0,
  additionalMedicare: 0,
  state: 0,
  city: 0,
  userRateTax: 0,
} as const;

/**
 * Estimates tax and take-home for one year's wages of one offer.
 *
 * - US: federal income tax (standard deduction, wages stacked on the
 *   household's other income), Social Security, Medicare and Additional
 *   Medicare from `tables.federal`; state from the region's sourced file
 *   unless the user typed a state rate; city from the user's city rate for a
 *   region with a city tax. A state or city with neither is `missing`, and
 *   then `total` and `takeHome` are null rather than too high a take-home.
 * - Non-US with a rate: rate × wages. Gross only: no tax, take-home null.
 *
 * Each part is rounded to whole cents half away from zero; `total` is the sum
 * of the rounded parts and `takeHome` = wages − total, so a row adds up.
 *
 * @param wages the year's pay in cents: base + bonus + sign-on + RSUs at vest value
 * @throws RangeError for wages that are not whole non-negative cents, a rate
 *   outside 0–100 %, or an unknown region id
 */
export function estimateTakeHome(
  wages: number,
  household: Household,
  basis: TaxBasis,
  tables: TaxTables,
): TakeHomeEstimate {
  if (!Number.isInteger(wages) || wages < 0) {
    throw new RangeError('Wages must be whole, non-negative cents.');
  }
  if (basis.kind === 'gross-only') {
    return {
      basis: basis.kind,
      wages,
      ...EMPTY_PARTS,
      stateSource: 'none',
      citySource: 'none',
      total: null,
      takeHome: null,
      taxYear: null,
    };
  }
  if (basis.kind === 'user-rate') {
    const userRateTax = rateOf(wages, checkRatePct(basis.ratePct, 'Your tax rate'));
    return {
      basis: basis.kind,
      wages,
      ...EMPTY_PARTS,
      userRateTax,
      stateSource: 'none',
      citySource: 'none',
      total: userRateTax,
      takeHome: wages - userRateTax,
      taxYear: null,
    };
  }

  const region = findTaxRegion(basis.regionId);
  if (!region) throw new RangeError(`Unknown tax region: ${basis.regionId}.`);
  const { federal: fed, states } = tables;
  const status = household.filingStatus;
  const other = household.otherIncome ?? 0;

  const federal = federalIncomeTaxCents(wages, status, fed, other);
  const socialSecurity = socialSecurityCents(wages, fed);
  const medicare = medicareCents(wages, fed);
  const additionalMedicare = additionalMedicareCents(wages, status, fed, other);

  const table = states[region.id];
  let state = 0;
  let stateSource: PartSource;
  const userState = basis.userStateRatePct;
  if (userState !== null && userState !== undefined) {
    state = rateOf(wages, checkRatePct(userState, 'Your state tax rate'));
    stateSource = 'user-rate';
  } else if (table) {
    state = localIncomeTaxCents(wages, status, table.state, other);
    stateSource = table.state.kind === 'none' ? 'none' : 'table';
  } else {
    stateSource = 'missing';
  }

  let city = 0;
  let citySource: PartSource = 'none';
  const userCity = basis.userCityRatePct;
  if (userCity !== null && userCity !== undefined && region.hasCityTax) {
    city = rateOf(wages, checkRatePct(userCity, 'Your city tax rate'));
    citySource = 'user-rate';
  } else if (table?.city) {
    city = localIncomeTaxCents(wages, status, table.city, other);
    citySource = table.city.kind === 'none' ? 'none' : 'table';
  } else if (region.hasCityTax) {
    citySource = 'missing';
  }

  const complete = stateSource !== 'missing' && citySource !== 'missing';
  const total = complete
    ? federal + socialSecurity + medicare + additionalMedicare + state + city
    : null;
  return {
    basis: basis.kind,
    wages,
    federal,
    socialSecurity,
    medicare,
    additionalMedicare,
    state,
    stateSource,
    city,
    citySource,
    userRateTax: 0,
    total,
    takeHome: total === null ? null : wages - total,
    taxYear: fed.taxYear,
  };
}

/** One projected year with its gross pay and its estimate. */
export type TakeHomeYear = { year: number; gross: number; estimate: TakeHomeEstimate };

/**
 * Estimates every year of a projection (`projectCompensation` rows): each
 * row's `total` (base + bonus + sign-on + RSUs at vest value) is that year's
 * wages. The tables' own tax year (2026 for the shipped files) is applied to
 * every year — brackets, deductions and the wage base are not projected
 * forward — and the household's other income is taken as the same each year.
 */
export function estimateTakeHomeByYear(
  rows: readonly YearRow[],
  household: Household,
  basis: TaxBasis,
  tables: TaxTables,
): TakeHomeYear[] {
  return rows.map((row) => ({
    year: row.year,
    gross: row.total,
    estimate: estimateTakeHome(row.total, household, basis, tables),
  }));
}

/**
 * The take-home over the first `years` years (default 4, the basis of every
 * "4-year" figure), cents; null when any of those years has no take-home
 * (a missing rate, gross only) or the projection is shorter than `years`.
 */
export function takeHomeTotal(
  byYear: readonly TakeHomeYear[],
  years: number = SUMMARY_YEARS,
): number | null {
  if (byYear.length < years) return null;
  let sum = 0;
  for (const y of byYear.slice(0, years)) {
    if (y.estimate.takeHome === null) return null;
    sum += y.estimate.takeHome;
  }
  return sum;
}

/** Take-home over the summary years, cents. */
export type TakeHomeSummary = {
  /** The take-home of the first `years` years. */
  total: number;
  /** total / years, rounded half away from zero, like the gross average. */
  averageAnnual: number;
};

/**
 * The take-home counterpart of the gross summary: total over the first
 * `years` years (default 4) and the average year, so the gap after tax is
 * `gapPct(a.averageAnnual, b.averageAnnual)` from `comp.ts`, the same formula
 * as the gross gap. Null when {@link takeHomeTotal} is null.
 */
export function summarizeTakeHome(
  byYear: readonly TakeHomeYear[],
  years: number = SUMMARY_YEARS,
): TakeHomeSummary | null {
  const total = takeHomeTotal(byYear, years);
  if (total === null) return null;
  return { total, averageAnnual: roundHalfAwayFromZero(total / years) };
}
