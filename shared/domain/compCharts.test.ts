import { describe, expect, it } from 'vitest';
import { type Offer, OfferSchema } from '../schemas/records';
import type { ReferenceFigure } from '../schemas/template';
import {
  cashFlowSeries,
  cumulativeSeries,
  differenceSeries,
  leavingCostSeries,
  type MarketOffer,
  marketComparison,
  offersOnOneAxis,
  stackedYearData,
} from './compCharts';
import { newOfferFromTemplate } from './offers';

const AMAZON = { preset: 'amazon', yearPct: [5, 15, 40, 40] } as const;

const pm: MarketOffer = {
  id: 'pm',
  name: 'PM offer',
  currency: 'USD',
  roleId: 'pm',
  level: 'L5',
  baseSalary: 142_000_00,
  signOnYear1: 60_000_00,
  signOnYear2: 45_000_00,
  signOnPaidMonthly: false,
  rsuGrantValue: 160_000_00,
  vesting: AMAZON,
  clawback: 'prorated',
};
const pmm: MarketOffer = {
  ...pm,
  id: 'pmm',
  name: 'PMM offer',
  roleId: 'pmm',
  level: ' l5 ',
  baseSalary: 136_000_00,
  signOnYear1: 50_000_00,
  signOnYear2: 40_000_00,
  rsuGrantValue: 140_000_00,
};

describe('stackedYearData', () => {
  it('gives each year every offer’s components, with one series per offer', () => {
    const { series, data } = stackedYearData([pm, pmm]);
    expect(series).toEqual([
      { offerId: 'pm', name: 'PM offer', currency: 'USD' },
      { offerId: 'pmm', name: 'PMM offer', currency: 'USD' },
    ]);
    expect(data.map((d) => d.year)).toEqual([1, 2, 3, 4]);
    // PM year 1: 142,000 + 60,000 + 8,000 = 210,000; PMM: 136,000 + 50,000 + 7,000 = 193,000.
    expect(data[0]?.byOffer.pm?.total).toBe(210_000_00);
    expect(data[0]?.byOffer.pmm?.total).toBe(193_000_00);
    // PMM year 4 equity: 140,000 × 40% = 56,000.
    expect(data[3]?.byOffer.pmm?.equity).toBe(56_000_00);
  });

  it('honours the year count and refuses a bad one even with no offers', () => {
    expect(stackedYearData([pm], { years: 2 }).data).toHaveLength(2);
    expect(() => stackedYearData([], { years: 0 })).toThrow(RangeError);
  });
});

describe('cumulativeSeries', () => {
  it('ends each line at the offer’s four-year total', () => {
    const { data } = cumulativeSeries([pm, pmm]);
    expect(data).toHaveLength(48);
    // PM 833,000; PMM 193,000 + 197,000 + 192,000 + 192,000 = 774,000.
    expect(data[47]).toEqual({ month: 48, byOffer: { pm: 833_000_00, pmm: 774_000_00 } });
  });

  it('has no points without offers', () => {
    expect(cumulativeSeries([]).data).toEqual([]);
  });
});

describe('differenceSeries', () => {
  /** Baseline: $120,000 base ($10,000 a month) and a $24,000 year-1 sign-on paid monthly ($2,000). */
  const bridge: MarketOffer = {
    ...pm,
    id: 'bridge',
    name: 'Sign-on bridge',
    baseSalary: 120_000_00,
    signOnYear1: 24_000_00,
    signOnYear2: 0,
    signOnPaidMonthly: true,
    rsuGrantValue: 0,
  };
  /** $132,000 base ($11,000 a month), nothing else. */
  const steady: MarketOffer = {
    ...bridge,
    id: 'steady',
    name: 'Higher base',
    baseSalary: 132_000_00,
    signOnYear1: 0,
  };

  it('crosses: behind until month 24, level there, ahead after', () => {
    // Months 1–12: 11,000 − (10,000 + 2,000) = −1,000 a month → −12,000 at month 12.
    // Months 13+: 11,000 − 10,000 = +1,000 a month → 0 at month 24, +1,000 at 25, +24,000 at 48.
    const { baseline, series, data } = differenceSeries([bridge, steady], 'bridge');
    expect(baseline?.offerId).toBe('bridge');
    expect(series.map((s) => s.offerId)).toEqual(['steady']);
    expect(data).toHaveLength(48);
    const at = (m: number) => data[m - 1]?.byOffer.steady;
    expect(at(1)).toBe(-1_000_00);
    expect(at(12)).toBe(-12_000_00);
    expect(at(18)).toBe(-6_000_00);
    expect(at(23)).toBe(-1_000_00);
    expect(at(24)).toBe(0);
    expect(at(25)).toBe(1_000_00);
    expect(at(48)).toBe(24_000_00);
    // Behind every month before 24, ahead every month after.
    expect(data.slice(0, 23).every((d) => (d.byOffer.steady ?? 0) < 0)).toBe(true);
    expect(data.slice(24).every((d) => (d.byOffer.steady ?? 0) > 0)).toBe(true);
    expect(data.every((d) => !('bridge' in d.byOffer))).toBe(true);
  });

  it('ends at the difference of the 4-year totals for the worked example', () => {
    // 833,000 − 774,000 = 59,000 after 48 months, PMM as baseline.
    const { data } = differenceSeries([pm, pmm], 'pmm');
    expect(data[47]?.byOffer.pm).toBe(59_000_00);
  });

  it('is empty without the baseline among the offers', () => {
    expect(differenceSeries([pm], 'nope')).toEqual({ baseline: null, series: [], data: [] });
  });
});

describe('cashFlowSeries', () => {
  it('lays out each offer’s month rows side by side', () => {
    const { data } = cashFlowSeries([pm, pmm]);
    // Month 12 PM: base 14,200,000/12 → 1,183,333 (months 5–12) + 800,000 vest = 1,983,333.
    // PMM: 13,600,000/12 = 1,133,333 r 4 → 1,133,333 in month 12, + 5% of 14,000,000 = 700,000.
    expect(data[11]?.byOffer.pm?.total).toBe(1_983_333);
    expect(data[11]?.byOffer.pmm?.total).toBe(1_833_333);
    expect(data[0]?.byOffer.pmm?.signOn).toBe(5_000_000);
  });
});

describe('leavingCostSeries', () => {
  it('costs leaving after 18 months for each offer', () => {
    // PM: 95% of 16,000,000 = 15,200,000 + 4,500,000 × 6/12 = 2,250,000 → 17,450,000.
    // PMM: 95% of 14,000,000 = 13,300,000 + 4,000,000 × 6/12 = 2,000,000 → 15,300,000.
    expect(leavingCostSeries([pm, pmm], 18)).toEqual([
      {
        offerId: 'pm',
        name: 'PM offer',
        currency: 'USD',
        month: 18,
        unvestedEquityForfeited: 15_200_000,
        signOnToRepay: 2_250_000,
        total: 17_450_000,
      },
      {
        offerId: 'pmm',
        name: 'PMM offer',
        currency: 'USD',
        month: 18,
        unvestedEquityForfeited: 13_300_000,
        signOnToRepay: 2_000_000,
        total: 15_300_000,
      },
    ]);
  });
});

describe('marketComparison', () => {
  const figure = (
    id: string,
    roleId: string | null,
    metric: ReferenceFigure['metric'],
    level: string | null,
    low: number,
    high: number,
    currency: string | null = 'USD',
  ): ReferenceFigure => ({
    id,
    roleId,
    label: id,
    level,
    location: null,
    metric,
    low,
    high,
    currency,
    sourceName: 'Example source',
    sourceUrl: 'https://example.com/figures',
    readOn: '2026-01-15',
  });
  const references = [
    figure('pm-l5-tc', 'pm', 'totalComp', 'L5', 193_000_00, 193_000_00),
    figure('pm-l5-base', 'pm', 'base', 'L5', 142_000_00, 142_000_00),
    figure('pm-t-band', 'pm', 'base', null, 129_200_00, 174_800_00),
    figure('pm-l6-tc', 'pm', 'totalComp', 'L6', 250_000_00, 250_000_00),
    figure('pmm-l5-tc', 'pmm', 'totalComp', 'L5', 179_000_00, 179_000_00),
    figure('pmm-eu', 'pmm', 'totalComp', 'L5', 150_000_00, 150_000_00, 'EUR'),
    figure('gap', null, 'gapPct', null, 10, 15, null),
  ];

  it('sets each offer beside the figures for its role and level', () => {
    const [pmRow, pmmRow] = marketComparison([pm, pmm], references);
    // PM market-style TC: 142,000 + 160,000 / 4 = 182,000.
    expect(pmRow?.marketStyleTotalComp).toBe(182_000_00);
    expect(pmRow?.references.map((r) => r.figure.id)).toEqual([
      'pm-l5-tc',
      'pm-l5-base',
      'pm-t-band',
    ]);
    const [tc, base, band] = pmRow?.references ?? [];
    // (182,000 − 193,000) / 193,000 × 100 = −11,000 / 1,930 = −5.6995…%
    expect(tc).toMatchObject({
      levelMatch: 'same-level',
      offerValue: 182_000_00,
      position: 'below',
    });
    expect(tc?.gapPctToMidpoint).toBeCloseTo(-5.6995, 4);
    expect(base).toMatchObject({ offerValue: 142_000_00, position: 'within', gapPctToMidpoint: 0 });
    // Band midpoint (129,200 + 174,800) / 2 = 152,000; (142,000 − 152,000) / 152,000 = −6.5789…%
    expect(band).toMatchObject({
      levelMatch: 'any-level',
      midpoint: 152_000_00,
      position: 'within',
    });
    expect(band?.gapPctToMidpoint).toBeCloseTo(-6.5789, 4);

    // PMM market-style TC: 136,000 + 140,000 / 4 = 171,000; its level " l5 " matches L5.
    expect(pmmRow?.marketStyleTotalComp).toBe(171_000_00);
    const [pmmTc, pmmEu] = pmmRow?.references ?? [];
    expect(pmmTc).toMatchObject({ figure: { id: 'pmm-l5-tc' }, position: 'below' });
    // A euro figure is listed but never set against a dollar offer.
    expect(pmmEu).toMatchObject({
      figure: { id: 'pmm-eu' },
      sameCurrency: false,
      gapPctToMidpoint: null,
      position: null,
    });
  });

  it('places an offer above a band it exceeds', () => {
    const rich: MarketOffer = { ...pm, baseSalary: 180_000_00 };
    const band = marketComparison([rich], references)[0]?.references.find(
      (r) => r.figure.id === 'pm-t-band',
    );
    expect(band?.position).toBe('above');
  });
});

describe('offersOnOneAxis', () => {
  const usd = OfferSchema.parse({
    ...newOfferFromTemplate(null, {
      id: 'usd',
      workbookId: 'w',
      position: 0,
      name: 'PM',
      roleId: 'pm',
    }),
    baseSalary: 142_000_00,
    vesting: AMAZON,
    stockGrowthPct: 0,
  });
  const jpy: Offer = {
    ...usd,
    id: 'jpy',
    name: 'Tokyo',
    currency: 'JPY',
    baseSalary: 12_000_000, // ¥12,000,000 (yen have no minor unit)
    rsuGrantValue: 20_000_000, // ¥20,000,000
  };
  const krw: Offer = { ...usd, id: 'krw', name: 'Seoul', currency: 'KRW', baseSalary: 150_000_000 };

  it('converts offers that have a rate and leaves out, by name, those that do not', () => {
    const axis = offersOnOneAxis([usd, jpy, krw], 'USD', { JPY: 0.0067 });
    expect(axis.charted.map((o) => o.id)).toEqual(['usd', 'jpy']);
    expect(axis.converted).toEqual([
      { offerId: 'jpy', name: 'Tokyo', currency: 'JPY', rate: 0.0067 },
    ]);
    expect(axis.leftOut).toEqual([{ offerId: 'krw', name: 'Seoul', currency: 'KRW' }]);
    const tokyo = axis.charted[1];
    // ¥12,000,000 × 0.0067 = $80,400; ¥20,000,000 × 0.0067 = $134,000.
    expect(tokyo).toMatchObject({
      currency: 'USD',
      baseSalary: 80_400_00,
      rsuGrantValue: 134_000_00,
      name: 'Tokyo (converted to USD at 0.0067 per JPY)',
    });
    // Year 1 in the chart: $80,400 base + 5% of $134,000 = $6,700 equity → $87,100.
    const stacked = stackedYearData(axis.charted, { stockGrowthPct: 0 });
    expect(stacked.data[0]?.byOffer.jpy?.total).toBe(87_100_00);
  });

  it('treats a zero or missing rate as no rate', () => {
    const axis = offersOnOneAxis([usd, jpy], 'USD', { JPY: 0 });
    expect(axis.leftOut.map((o) => o.name)).toEqual(['Tokyo']);
  });
});
