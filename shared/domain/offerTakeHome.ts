/**
 * Take-home for whole offers: which tax basis an offer's fields give (the
 * region the user chose, or the one guessed from its location; the user's
 * rate where no sourced table exists), each offer's take-home per year and
 * over the summary years, the gap after tax to the baseline, and the
 * cost-of-living reading of the averages beside the raw ones. Shapes what
 * `takeHome.ts`, `comp.ts` and `costOfLiving.ts` compute; holds no rate and
 * no wording. Amounts are integer minor units; percents are plain numbers
 * (7.5 = 7.5%), unrounded. Pure.
 */
import type { TakeHomeSettings } from '../schemas/records';
import type { FilingStatus, OfferTaxRegion, VerdictBasis } from '../schemas/tax';
import { type CompOffer, gapPct, projectCompensation, SUMMARY_YEARS } from './comp';
import { type ColRow, readAdjustedForCostOfLiving } from './costOfLiving';
import { convertMinorUnits } from './money';
import {
  estimateTakeHomeByYear,
  type Household,
  summarizeTakeHome,
  type TakeHomeSummary,
  type TakeHomeYear,
  type TaxBasis,
} from './takeHome';
import { BUNDLED_TAX_TABLES, findTaxRegion, type TaxTables, taxRegionForLocation } from './tax';

/** The tax fields of an offer (all optional: older offers have none). */
export type OfferTaxInput = {
  location?: string;
  currency: string;
  taxRegion?: OfferTaxRegion | null;
  userTaxRatePct?: number | null;
};

/** The tax choice in effect for an offer. */
export type TaxChoice = {
  /** The chosen or guessed region (or `user-rate` / `gross-only`); null when none. */
  choice: OfferTaxRegion | null;
  /** True when `choice` was read from the location, not picked by the user. */
  guessed: boolean;
};

/**
 * The offer's tax choice: the user's when set; otherwise the region
 * `taxRegionForLocation` reads from the location — only for US-dollar
 * offers, since the US tables are in dollars — marked as a guess; otherwise
 * none.
 */
export function offerTaxChoice(offer: OfferTaxInput): TaxChoice {
  if (offer.taxRegion) return { choice: offer.taxRegion, guessed: false };
  if (offer.currency !== 'USD') return { choice: null, guessed: false };
  const guess = taxRegionForLocation(offer.location ?? '');
  return guess === null
    ? { choice: null, guessed: false }
    : { choice: guess as OfferTaxRegion, guessed: true };
}

/**
 * Why an offer has no take-home: no region chosen or guessed; a region or
 * `user-rate` that needs the user's rate; `gross-only` chosen; a US region
 * on an offer paid in another currency than US dollars.
 */
export type NoTakeHomeReason = 'no-region' | 'needs-rate' | 'gross-only' | 'not-dollars';

export type OfferTaxBasis =
  | { ok: true; basis: TaxBasis; choice: TaxChoice; usesUserRate: boolean }
  | { ok: false; reason: NoTakeHomeReason; choice: TaxChoice };

/**
 * The `TaxBasis` an offer's fields give.
 *
 * - A US region with a sourced state file: the tables; the user's rate is
 *   not used (the table is the better figure).
 * - A US region without one (California, New York, New York City,
 *   Massachusetts, Virginia, elsewhere): the user's rate stands for state
 *   and city tax together (`userStateRatePct`; city 0 so it is not counted
 *   twice); without a rate, `needs-rate`.
 * - `user-rate`: the user's effective rate on all pay, any currency.
 * - `gross-only`: no take-home.
 */
export function offerTaxBasis(offer: OfferTaxInput, tables: TaxTables): OfferTaxBasis {
  const choice = offerTaxChoice(offer);
  const rate = offer.userTaxRatePct ?? null;
  const c = choice.choice;
  if (c === null) return { ok: false, reason: 'no-region', choice };
  if (c === 'gross-only') return { ok: false, reason: 'gross-only', choice };
  if (c === 'user-rate') {
    return rate === null
      ? { ok: false, reason: 'needs-rate', choice }
      : { ok: true, basis: { kind: 'user-rate', ratePct: rate }, choice, usesUserRate: true };
  }
  if (offer.currency !== 'USD') return { ok: false, reason: 'not-dollars', choice };
  if (tables.states[c]) {
    return { ok: true, basis: { kind: 'us', regionId: c }, choice, usesUserRate: false };
  }
  if (rate === null) return { ok: false, reason: 'needs-rate', choice };
  const hasCity = findTaxRegion(c)?.hasCityTax ?? false;
  return {
    ok: true,
    basis: {
      kind: 'us',
      regionId: c,
      userStateRatePct: rate,
      ...(hasCity ? { userCityRatePct: 0 } : {}),
    },
    choice,
    usesUserRate: true,
  };
}

/** The household an estimate reads from the workbook's settings (absent = single, none). */
export function householdOf(
  settings: Pick<TakeHomeSettings, 'filingStatus' | 'otherIncome'> | undefined,
): Household {
  const filingStatus: FilingStatus = settings?.filingStatus ?? 'single';
  return { filingStatus, otherIncome: settings?.otherIncome ?? 0 };
}

/** One offer's take-home, or why there is none. */
export type OfferTakeHome = {
  offerId: string;
  choice: TaxChoice;
  /** Null when the offer has a take-home. */
  reason: NoTakeHomeReason | null;
  usesUserRate: boolean;
  /** Each projected year's estimate; empty when `reason` is set. */
  byYear: TakeHomeYear[];
  /** Take-home over the summary years and its average; null when `reason` is set. */
  summary: TakeHomeSummary | null;
};

export type TakeHomeOffer = CompOffer & OfferTaxInput & { id: string };

/**
 * One offer's take-home over `years` projected years (default 4) with the
 * comparison's stock growth (`stockGrowthPct` undefined = the offer's own).
 * Each year's wages are that year's projected total (base + bonus + sign-on
 * + RSUs at vest value).
 */
export function offerTakeHome(
  offer: TakeHomeOffer,
  household: Household,
  tables: TaxTables,
  opts: { stockGrowthPct?: number | undefined; years?: number } = {},
): OfferTakeHome {
  const basis = offerTaxBasis(offer, tables);
  if (!basis.ok) {
    return {
      offerId: offer.id,
      choice: basis.choice,
      reason: basis.reason,
      usesUserRate: false,
      byYear: [],
      summary: null,
    };
  }
  const years = opts.years ?? SUMMARY_YEARS;
  const rows = projectCompensation(offer, {
    years,
    ...(opts.stockGrowthPct === undefined ? {} : { stockGrowthPct: opts.stockGrowthPct }),
  });
  const byYear = estimateTakeHomeByYear(rows, household, basis.basis, tables);
  return {
    offerId: offer.id,
    choice: basis.choice,
    reason: null,
    usesUserRate: basis.usesUserRate,
    byYear,
    summary: summarizeTakeHome(byYear, SUMMARY_YEARS),
  };
}

/** One offer's gap after tax to the baseline, in the baseline's currency. */
export type TakeHomeGap = {
  offerId: string;
  isBaseline: boolean;
  /** The average take-home year in the baseline's currency; null when not computable. */
  averageInBaseline: number | null;
  /** averageInBaseline − the baseline's, minor units; null when either side is missing. */
  diff: number | null;
  /** (average − baseline's) / baseline's × 100, via `gapPct`; null likewise or when it is 0. */
  gapPct: number | null;
  /** Why there is no gap: this offer or the baseline has no take-home, or no exchange rate. */
  missing: 'no-take-home' | 'baseline-no-take-home' | 'no-exchange-rate' | null;
};

/**
 * The gap after tax of each offer to the baseline, from average take-home
 * years, the same formula as the gross gap: converted into the baseline's
 * currency with `fxRates` (units of baseline per one unit of the other), then
 * diff = a − base and gapPct(a, base).
 */
export function takeHomeGaps(
  offers: readonly { id: string; currency: string }[],
  results: ReadonlyMap<string, OfferTakeHome>,
  baselineId: string,
  fxRates: Readonly<Record<string, number>> = {},
): TakeHomeGap[] {
  const baseline = offers.find((o) => o.id === baselineId);
  const baseAvg = results.get(baselineId)?.summary?.averageAnnual ?? null;
  return offers.map((offer): TakeHomeGap => {
    const isBaseline = offer.id === baselineId;
    const avg = results.get(offer.id)?.summary?.averageAnnual ?? null;
    const none = (missing: TakeHomeGap['missing']): TakeHomeGap => ({
      offerId: offer.id,
      isBaseline,
      averageInBaseline: null,
      diff: null,
      gapPct: null,
      missing,
    });
    if (avg === null || !baseline) return none('no-take-home');
    const rate = offer.currency === baseline.currency ? 1 : fxRates[offer.currency];
    if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return none('no-exchange-rate');
    const converted = convertMinorUnits(avg, offer.currency, baseline.currency, rate);
    if (baseAvg === null) {
      return { ...none('baseline-no-take-home'), averageInBaseline: converted };
    }
    return {
      offerId: offer.id,
      isBaseline,
      averageInBaseline: converted,
      diff: converted - baseAvg,
      gapPct: gapPct(converted, baseAvg),
      missing: null,
    };
  });
}

/**
 * The cost-of-living reading of averages already in the baseline's currency
 * (gross or after tax — the caller's basis): {@link readAdjustedForCostOfLiving}
 * over the offers whose average is known, beside the raw figures. Null when
 * no offer has an index (nothing to adjust) or the baseline has no average.
 */
export function costOfLivingReading(
  offers: readonly { id: string; colIndex?: number | null }[],
  averagesInBaseline: ReadonlyMap<string, number | null>,
  baselineId: string,
): ColRow[] | null {
  if (!offers.some((o) => o.colIndex !== null && o.colIndex !== undefined)) return null;
  const known = offers.flatMap((o) => {
    const avg = averagesInBaseline.get(o.id);
    return avg === null || avg === undefined
      ? []
      : [{ offerId: o.id, averageAnnual: avg, colIndex: o.colIndex ?? null }];
  });
  return readAdjustedForCostOfLiving(known, baselineId);
}

/** Everything the offers page shows about take-home and cost of living. */
export type TakeHomeComparison = {
  /** Each offer's take-home, by offer id. */
  results: Map<string, OfferTakeHome>;
  /** Each offer's gap after tax, by offer id. */
  gaps: Map<string, TakeHomeGap>;
  /** Which averages the cost-of-living reading adjusts. */
  colBasis: VerdictBasis;
  /** The cost-of-living reading on `colBasis`; null when no offer has an index. */
  col: ColRow[] | null;
};

/** The last take-home worked out for each offer record, with what it was worked out for. */
const lastTakeHome = new WeakMap<
  object,
  { key: string; tables: TaxTables; value: OfferTakeHome }
>();

/**
 * {@link offerTakeHome}, remembered per offer record: asked again for the same
 * record (records are never changed in place; an edit makes a new one) with
 * the same household, tables, growth and years, it answers the same result
 * without the tax arithmetic. The offers page asks on every edit for every
 * offer, and the verdict asks again when it reads take-home pay; only the
 * edited offer is new.
 */
export function offerTakeHomeRemembered(
  offer: TakeHomeOffer,
  household: Household,
  tables: TaxTables,
  opts: { stockGrowthPct?: number | undefined; years?: number } = {},
): OfferTakeHome {
  const key = JSON.stringify([
    household.filingStatus,
    household.otherIncome ?? 0,
    opts.stockGrowthPct ?? null,
    opts.years ?? SUMMARY_YEARS,
  ]);
  const last = lastTakeHome.get(offer);
  if (last && last.key === key && last.tables === tables) return last.value;
  const value = offerTakeHome(offer, household, tables, opts);
  lastTakeHome.set(offer, { key, tables, value });
  return value;
}

/**
 * Builds {@link TakeHomeComparison}: every offer's take-home with the
 * comparison's growth, the gaps after tax to the baseline, and the
 * cost-of-living reading of the averages on the workbook's basis — the gross
 * averages in the baseline's currency as given (`grossAveragesInBaseline`,
 * null where not convertible) or the take-home ones.
 */
export function buildTakeHomeComparison(
  offers: readonly (TakeHomeOffer & { colIndex?: number | null })[],
  baselineId: string,
  settings: TakeHomeSettings | undefined,
  opts: {
    fxRates?: Readonly<Record<string, number>>;
    stockGrowthPct?: number | undefined;
    grossAveragesInBaseline: ReadonlyMap<string, number | null>;
    tables?: TaxTables;
  },
): TakeHomeComparison {
  const household = householdOf(settings);
  const tables = opts.tables ?? BUNDLED_TAX_TABLES;
  const growth = opts.stockGrowthPct === undefined ? {} : { stockGrowthPct: opts.stockGrowthPct };
  const results = new Map(
    offers.map((o) => [o.id, offerTakeHomeRemembered(o, household, tables, growth)]),
  );
  const gapList = takeHomeGaps(offers, results, baselineId, opts.fxRates);
  const gaps = new Map(gapList.map((g) => [g.offerId, g]));
  const colBasis = settings?.basis ?? 'gross';
  const averages =
    colBasis === 'gross'
      ? opts.grossAveragesInBaseline
      : new Map(gapList.map((g) => [g.offerId, g.averageInBaseline]));
  return { results, gaps, colBasis, col: costOfLivingReading(offers, averages, baselineId) };
}
