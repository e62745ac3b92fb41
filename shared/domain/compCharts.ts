/**
 * Chart data for the offers worksheet: the engine's figures shaped for one
 * presentational chart each (yearly stacks, cumulative pay, monthly cash flow,
 * cost of leaving, offers against public reference figures), and the set of
 * offers that can share one axis: those in the baseline's currency and those
 * with an exchange rate, converted. Amounts are minor units — charts format
 * them; nothing here formats text or touches the UI.
 */
import type { Offer } from '../schemas/records';
import type { ReferenceFigure } from '../schemas/template';
import type { CashFlowOptions, LeavingCost, MonthRow } from './cashflow';
import { costOfLeaving, cumulativePay, monthlyCashFlow } from './cashflow';
import type { CompOffer, ProjectionOptions, YearRow } from './comp';
import { gapPct, marketStyleTotalComp, projectCompensation, SUMMARY_YEARS } from './comp';
import { offerInCurrency } from './currencyChange';

/** An offer as the charts need it: the engine's fields plus who it is. */
export type ChartOffer = CompOffer & Pick<Offer, 'id' | 'name' | 'currency'>;

/** One line / stack per offer, in the order the offers were given. */
export type ChartSeries = { offerId: string; name: string; currency: string };

function seriesOf(offers: readonly ChartOffer[]): ChartSeries[] {
  return offers.map((o) => ({ offerId: o.id, name: o.name, currency: o.currency }));
}

/** One year of the stacked bar chart: each offer's components by offer id. */
export type StackedYearDatum = { year: number; byOffer: Record<string, YearRow> };

/**
 * Year-by-year components per offer, for a grouped stacked bar chart (one
 * stack per offer per year, segments base / bonus / signOn / equity). The rows
 * are those of {@link projectCompensation}, so `years` and `stockGrowthPct`
 * work the same way. Cents.
 */
export function stackedYearData(
  offers: readonly ChartOffer[],
  opts: ProjectionOptions = {},
): { series: ChartSeries[]; data: StackedYearDatum[] } {
  const years = opts.years ?? SUMMARY_YEARS;
  if (!Number.isInteger(years) || years < 1 || years > 50) {
    throw new RangeError('years must be a whole number from 1 to 50.');
  }
  const data: StackedYearDatum[] = [];
  for (let year = 1; year <= years; year++) data.push({ year, byOffer: {} });
  for (const offer of offers) {
    for (const row of projectCompensation(offer, opts)) {
      const datum = data[row.year - 1];
      if (datum) datum.byOffer[offer.id] = row;
    }
  }
  return { series: seriesOf(offers), data };
}

/** One month of the cumulative-pay lines: cents received so far, by offer id. */
export type CumulativeDatum = { month: number; byOffer: Record<string, number> };

/**
 * Cumulative pay per offer over months 1…`months` (48 by default), one point
 * per month, from {@link cumulativePay}. Cents; every line is non-decreasing.
 */
export function cumulativeSeries(
  offers: readonly ChartOffer[],
  opts: CashFlowOptions = {},
): { series: ChartSeries[]; data: CumulativeDatum[] } {
  const data: CumulativeDatum[] = [];
  offers.forEach((offer, index) => {
    for (const point of cumulativePay(offer, opts)) {
      if (index === 0) data.push({ month: point.month, byOffer: {} });
      const datum = data[point.month - 1];
      if (datum) datum.byOffer[offer.id] = point.cumulative;
    }
  });
  return { series: seriesOf(offers), data };
}

/** One month of the difference chart: each offer's cumulative pay minus the baseline's, by offer id. */
export type DifferenceDatum = { month: number; byOffer: Record<string, number> };

/**
 * Cumulative pay of each offer minus the baseline's, month by month over
 * months 1…`months` (48 by default), from {@link cumulativeSeries}: positive
 * while the offer has paid more so far, negative while it is behind, zero
 * where they are level. Where a line changes direction is where a sign-on
 * runs out or a vest lands. Cents of the shared currency; `offers` must all be
 * in the baseline's currency (the caller filters, as for every chart here).
 *
 * `series` lists every offer but the baseline, in the order given; `baseline`
 * is null (and `data` empty) when `baselineId` is not among `offers`.
 */
export function differenceSeries(
  offers: readonly ChartOffer[],
  baselineId: string,
  opts: CashFlowOptions = {},
): { baseline: ChartSeries | null; series: ChartSeries[]; data: DifferenceDatum[] } {
  const baseline = offers.find((o) => o.id === baselineId);
  if (!baseline) return { baseline: null, series: [], data: [] };
  const { data: cumulative } = cumulativeSeries(offers, opts);
  const others = offers.filter((o) => o !== baseline);
  const data = cumulative.map(({ month, byOffer }): DifferenceDatum => {
    const base = byOffer[baseline.id] ?? 0;
    const diff: Record<string, number> = {};
    for (const o of others) diff[o.id] = (byOffer[o.id] ?? 0) - base;
    return { month, byOffer: diff };
  });
  return { baseline: seriesOf([baseline])[0] ?? null, series: seriesOf(others), data };
}

/** One month of the cash-flow chart: each offer's month row, by offer id. */
export type CashFlowDatum = { month: number; byOffer: Record<string, MonthRow> };

/**
 * Month-by-month cash per offer with its components, from
 * {@link monthlyCashFlow}. Cents.
 */
export function cashFlowSeries(
  offers: readonly ChartOffer[],
  opts: CashFlowOptions = {},
): { series: ChartSeries[]; data: CashFlowDatum[] } {
  const data: CashFlowDatum[] = [];
  offers.forEach((offer, index) => {
    for (const row of monthlyCashFlow(offer, opts)) {
      if (index === 0) data.push({ month: row.month, byOffer: {} });
      const datum = data[row.month - 1];
      if (datum) datum.byOffer[offer.id] = row;
    }
  });
  return { series: seriesOf(offers), data };
}

/** One offer's bar in the cost-of-leaving chart. */
export type LeavingCostDatum = ChartSeries & { month: number } & LeavingCost;

/**
 * The cost of leaving after `month` months for each offer, from
 * {@link costOfLeaving}, one entry per offer in the order given. Cents.
 */
export function leavingCostSeries(
  offers: readonly ChartOffer[],
  month: number,
  opts: Pick<CashFlowOptions, 'stockGrowthPct'> = {},
): LeavingCostDatum[] {
  return offers.map((offer) => ({
    offerId: offer.id,
    name: offer.name,
    currency: offer.currency,
    month,
    ...costOfLeaving(offer, month, opts),
  }));
}

/** An offer as the market comparison needs it. */
export type MarketOffer = ChartOffer & Pick<Offer, 'roleId' | 'level'>;

/** One reference figure set beside an offer. */
export type MarketReferenceRow = {
  figure: ReferenceFigure;
  /** `same-level`: the figure names the offer's level; `any-level`: the figure has no level. */
  levelMatch: 'same-level' | 'any-level';
  /** The offer's figure on the same terms: market-style TC for `totalComp`, base for `base`. */
  offerValue: number;
  /** (low + high) / 2, in the figure's units (cents). */
  midpoint: number;
  /** Whether the figure is in the offer's currency; if not, no gap or position is given. */
  sameCurrency: boolean;
  /** {@link gapPct} of the offer over the midpoint; null across currencies or at a 0 midpoint. */
  gapPctToMidpoint: number | null;
  /** Where the offer falls against [low, high]; null across currencies. */
  position: 'below' | 'within' | 'above' | null;
};

/** One offer with the reference figures that describe the same role and level. */
export type MarketComparisonRow = ChartSeries & {
  roleId: string;
  level: string;
  marketStyleTotalComp: number;
  baseSalary: number;
  references: MarketReferenceRow[];
};

const sameLevel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Sets each offer's market-style total comp ({@link marketStyleTotalComp}) and
 * base next to the template's reference figures for the same role: `totalComp`
 * figures against the market-style TC, `base` figures against the base. A
 * figure matches when its `roleId` is the offer's and its level is either
 * unset (a band for the role as a whole) or the offer's level (case and
 * spaces ignored). Role-to-role `gapPct` figures are left out. A figure in
 * another currency is listed without a gap or position — never converted.
 * Cents.
 */
export function marketComparison(
  offers: readonly MarketOffer[],
  references: readonly ReferenceFigure[],
): MarketComparisonRow[] {
  return offers.map((offer) => {
    const tc = marketStyleTotalComp(offer);
    const rows: MarketReferenceRow[] = [];
    for (const figure of references) {
      if (figure.roleId !== offer.roleId || figure.metric === 'gapPct') continue;
      if (figure.level !== null && !sameLevel(figure.level, offer.level)) continue;
      const offerValue = figure.metric === 'totalComp' ? tc : offer.baseSalary;
      const midpoint = (figure.low + figure.high) / 2;
      const sameCurrency = figure.currency === offer.currency;
      rows.push({
        figure,
        levelMatch: figure.level === null ? 'any-level' : 'same-level',
        offerValue,
        midpoint,
        sameCurrency,
        gapPctToMidpoint: sameCurrency ? gapPct(offerValue, midpoint) : null,
        position: !sameCurrency
          ? null
          : offerValue < figure.low
            ? 'below'
            : offerValue > figure.high
              ? 'above'
              : 'within',
      });
    }
    return {
      offerId: offer.id,
      name: offer.name,
      currency: offer.currency,
      roleId: offer.roleId,
      level: offer.level,
      marketStyleTotalComp: tc,
      baseSalary: offer.baseSalary,
      references: rows,
    };
  });
}

/** An offer converted for a shared axis, and the rate used. */
export type ConvertedOffer = { offerId: string; name: string; currency: string; rate: number };

export type ChartAxisOffers = {
  /** Offers to chart, all in the baseline's currency (converted copies where needed). */
  charted: Offer[];
  /** Those converted, with the rate: units of the baseline's currency per one of theirs. */
  converted: ConvertedOffer[];
  /** Offers left out for want of an exchange rate. */
  leftOut: { offerId: string; name: string; currency: string }[];
};

/**
 * Which offers can share one money axis in `currency` (the baseline's): every
 * offer already in it, and every other offer whose currency has a usable rate
 * in `fxRates` (units of `currency` per one unit of the offer's; finite and
 * above 0), converted amount by amount with `offerInCurrency` (each amount
 * rounded to the minor unit, half away from zero). A converted offer's name
 * says it was converted and at what rate, so every legend and tooltip shows
 * it. Offers without a rate are listed in `leftOut`, in order.
 */
export function offersOnOneAxis(
  offers: readonly Offer[],
  currency: string,
  fxRates: Readonly<Record<string, number>>,
): ChartAxisOffers {
  const out: ChartAxisOffers = { charted: [], converted: [], leftOut: [] };
  for (const offer of offers) {
    if (offer.currency === currency) {
      out.charted.push(offer);
      continue;
    }
    const rate = fxRates[offer.currency];
    if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
      out.leftOut.push({ offerId: offer.id, name: offer.name, currency: offer.currency });
      continue;
    }
    const moved = offerInCurrency(offer, currency, rate);
    out.charted.push({
      ...moved,
      name: `${offer.name} (${convertedLabel(offer.currency, currency, rate)})`,
    });
    out.converted.push({ offerId: offer.id, name: offer.name, currency: offer.currency, rate });
  }
  return out;
}

/** "converted to USD at 0.0067 per JPY": how a converted offer is labelled. */
export function convertedLabel(from: string, to: string, rate: number): string {
  return `converted to ${to} at ${rate} per ${from}`;
}
