/**
 * Shapes the comparison the offers page shows — per-offer summaries, the
 * baseline comparison and the chart data — from the shared comp engine, once
 * per change of offers, growth or rates; the chart data on its first read.
 * No storage, no React, no formatting.
 */
import {
  compareToBaseline,
  type OfferSummary,
  type ProjectionYears,
  projectCompensation,
  SUMMARY_YEARS,
  summarizeOffer,
  type YearRow,
} from '@shared/domain/comp';
import {
  type ChartAxisOffers,
  cashFlowSeries,
  cumulativeSeries,
  differenceSeries,
  marketComparison,
  offersOnOneAxis,
  stackedYearData,
} from '@shared/domain/compCharts';
import { effectiveBaselineId, foreignCurrencies } from '@shared/domain/offers';
import type { Offer } from '@shared/schemas/records';
import type { ReferenceFigure } from '@shared/schemas/template';

export type Comparison = {
  baselineId: string;
  /** The growth the comparison uses; undefined = each offer's own. */
  stockGrowthPct: number | undefined;
  baselineCurrency: string;
  summaries: Map<string, OfferSummary>;
  /** How many years the by-year table and chart show (4, 5 or 6). */
  projectionYears: ProjectionYears;
  /** Each offer's rows over `projectionYears`; the first four are the summary's. */
  byYear: Map<string, YearRow[]>;
  /** Whether any offer assumes refreshers (the views then show their part). */
  anyRefresher: boolean;
  vsBaseline: NonNullable<ReturnType<typeof compareToBaseline>>;
  /** Currencies other than the baseline's, each needing an exchange rate. */
  foreign: string[];
  /** Offers the charts show, all in the baseline's currency: converted copies where a rate allows. */
  charted: Offer[];
  /** Offers converted for the charts, with the rate used. */
  converted: ChartAxisOffers['converted'];
  /** Offers the charts leave out for want of an exchange rate. */
  leftOut: ChartAxisOffers['leftOut'];
  stacked: ReturnType<typeof stackedYearData>;
  cumulative: ReturnType<typeof cumulativeSeries>;
  /** Cumulative pay minus the baseline's, for the offers in the baseline's currency. */
  difference: ReturnType<typeof differenceSeries>;
  cashFlow: ReturnType<typeof cashFlowSeries>;
  market: ReturnType<typeof marketComparison>;
};

/**
 * Everything the comparison area shows. `stockGrowthPct` undefined means each
 * offer's own assumption; `projectionYears` sets how many years the by-year
 * table and chart cover (the summaries stay 4-year). Null when there are no
 * offers.
 */
export const buildComparison = (
  offers: readonly Offer[],
  baselineOfferId: string | null,
  fxRates: Readonly<Record<string, number>>,
  references: readonly ReferenceFigure[],
  stockGrowthPct: number | undefined,
  projectionYears: ProjectionYears = SUMMARY_YEARS,
): Comparison | null => {
  const baselineId = effectiveBaselineId(offers, baselineOfferId);
  const baseline = offers.find((o) => o.id === baselineId);
  if (!baselineId || !baseline) return null;
  const growth = stockGrowthPct === undefined ? {} : { stockGrowthPct };
  const summaries = new Map(offers.map((o) => [o.id, summarizeOffer(o, growth)]));
  const byYear = new Map(
    offers.map((o) => [
      o.id,
      projectionYears === SUMMARY_YEARS
        ? (summaries.get(o.id)?.rows ?? [])
        : projectCompensation(o, { ...growth, years: projectionYears }),
    ]),
  );
  const vsBaseline = compareToBaseline(offers, baselineId, { fxRates, ...growth });
  if (!vsBaseline) return null;
  const { charted, converted, leftOut } = offersOnOneAxis(offers, baseline.currency, fxRates);
  const stacked = once(() => stackedYearData(charted, { ...growth, years: projectionYears }));
  const cumulative = once(() => cumulativeSeries(charted, growth));
  const difference = once(() => differenceSeries(charted, baselineId, growth));
  const cashFlow = once(() => cashFlowSeries(charted, growth));
  const market = once(() => marketComparison(charted, references));
  return {
    baselineId,
    stockGrowthPct,
    baselineCurrency: baseline.currency,
    summaries,
    projectionYears,
    byYear,
    anyRefresher: offers.some((o) => (o.refresher?.annualValue ?? 0) > 0),
    vsBaseline,
    foreign: foreignCurrencies(offers, baseline.currency),
    charted,
    converted,
    leftOut,
    // The chart series are worked out when first read, not here: the page builds a comparison
    // on every edit and its figures show at once, while the charts read a deferred copy later.
    get stacked() {
      return stacked();
    },
    get cumulative() {
      return cumulative();
    },
    get difference() {
      return difference();
    },
    get cashFlow() {
      return cashFlow();
    },
    get market() {
      return market();
    },
  };
};

/** `make`, called on the first read only; later reads answer the same value. */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};
