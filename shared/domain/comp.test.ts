import { describe, expect, it } from 'vitest';
import { type Offer, OfferSchema } from '../schemas/records';
import {
  type ComparedOffer,
  type CompOffer,
  compareToBaseline,
  gapPct,
  marketStyleTotalComp,
  projectCompensation,
  summarizeOffer,
  summaryCashCents,
  summaryEquityCents,
} from './comp';

const AMAZON = { preset: 'amazon', yearPct: [5, 15, 40, 40] } as const;

/** The PM side of the worked example, the Amazon PM offer of the seed case (PM vs PMM): base $142,000, sign-on $60,000 + $45,000, $160,000 of RSUs vesting 5/15/40/40; no bonus, no raise. */
const pm: CompOffer = {
  baseSalary: 142_000_00,
  signOnYear1: 60_000_00,
  signOnYear2: 45_000_00,
  signOnPaidMonthly: true,
  bonusTargetPct: 0,
  rsuGrantValue: 160_000_00,
  vesting: AMAZON,
  stockGrowthPct: 0,
  raisePct: 0,
  clawback: 'prorated',
};

/** The PMM side of the worked example: base $136,000, sign-on $50,000 + $40,000, $140,000 of RSUs. */
const pmm: CompOffer = {
  ...pm,
  baseSalary: 136_000_00,
  signOnYear1: 50_000_00,
  signOnYear2: 40_000_00,
  rsuGrantValue: 140_000_00,
};

const row = (
  year: number,
  base: number,
  bonus: number,
  signOn: number,
  equity: number,
  refresherEquity = 0,
) => ({
  year,
  base,
  bonus,
  signOn,
  equity,
  refresherEquity,
  total: base + bonus + signOn + equity,
});

describe('projectCompensation — the worked example', () => {
  it('at 0% growth pays $210,000 / $211,000 / $206,000 / $206,000', () => {
    // Equity = $160,000 × 5/15/40/40% = $8,000 / $24,000 / $64,000 / $64,000.
    // Y1 142,000 + 60,000 + 8,000 = 210,000;  Y2 142,000 + 45,000 + 24,000 = 211,000;
    // Y3 142,000 + 64,000 = 206,000;          Y4 the same.
    const rows = projectCompensation(pm);
    expect(rows).toEqual([
      row(1, 142_000_00, 0, 60_000_00, 8_000_00),
      row(2, 142_000_00, 0, 45_000_00, 24_000_00),
      row(3, 142_000_00, 0, 0, 64_000_00),
      row(4, 142_000_00, 0, 0, 64_000_00),
    ]);
    expect(rows.map((r) => r.total)).toEqual([210_000_00, 211_000_00, 206_000_00, 206_000_00]);
  });

  it('at 10% growth vests $8,800 / $29,040 / $85,184 / $93,702.40', () => {
    // 8,000 × 1.1 = 8,800;  24,000 × 1.21 = 29,040;
    // 64,000 × 1.331 = 85,184;  64,000 × 1.4641 = 93,702.40.
    const rows = projectCompensation(pm, { stockGrowthPct: 10 });
    expect(rows.map((r) => r.equity)).toEqual([8_800_00, 29_040_00, 85_184_00, 93_702_40]);
    // Y4 total: 142,000 + 93,702.40 = 235,702.40
    expect(rows[3]?.total).toBe(235_702_40);
  });

  it('uses the offer’s own growth unless the option overrides it', () => {
    const growing = { ...pm, stockGrowthPct: 10 };
    expect(projectCompensation(growing)[0]?.equity).toBe(8_800_00); // 8,000 × 1.1
    expect(projectCompensation(growing, { stockGrowthPct: 0 })[0]?.equity).toBe(8_000_00);
  });
});

describe('summarizeOffer and gapPct — the worked example', () => {
  it('totals $833,000 over four years, averages $208,250, market-style TC $182,000', () => {
    // 210,000 + 211,000 + 206,000 + 206,000 = 833,000; / 4 = 208,250.
    // Market style: 142,000 + 160,000 / 4 + 142,000 × 0% = 142,000 + 40,000 = 182,000.
    const summary = summarizeOffer(pm);
    expect(summary.fourYearTotal).toBe(833_000_00);
    expect(summary.averageAnnual).toBe(208_250_00);
    expect(summary.marketStyleTotalComp).toBe(182_000_00);
    expect(summary.rows).toHaveLength(4);
  });

  it('the PMM offer averages $193,500 and trails by −7.08%', () => {
    // Equity 140,000 × 5/15/40/40% = 7,000 / 21,000 / 56,000 / 56,000.
    // Y1 136,000 + 50,000 + 7,000 = 193,000;  Y2 136,000 + 40,000 + 21,000 = 197,000;
    // Y3 = Y4 = 136,000 + 56,000 = 192,000.  Sum 774,000; / 4 = 193,500.
    const summary = summarizeOffer(pmm);
    expect(summary.fourYearTotal).toBe(774_000_00);
    expect(summary.averageAnnual).toBe(193_500_00);
    // (193,500 − 208,250) / 208,250 × 100 = −14,750 / 2,082.5 = −7.08283…
    const gap = gapPct(summary.averageAnnual, summarizeOffer(pm).averageAnnual);
    expect(gap).toBeCloseTo(-7.0828, 4);
  });

  it('gapPct is in percent of B and null when B is 0', () => {
    expect(gapPct(110, 100)).toBe(10);
    expect(gapPct(90, 100)).toBe(-10);
    expect(gapPct(5, 0)).toBeNull();
  });
});

describe('summaryCashCents and summaryEquityCents — the 4-year total in two parts', () => {
  it('splits the worked example: cash $673,000, equity $160,000 at 0% and $216,726.40 at +10%', () => {
    // Cash: 142,000 × 4 + 60,000 + 45,000 = 568,000 + 105,000 = 673,000.
    expect(summaryCashCents(pm)).toBe(673_000_00);
    // Equity at 0%: 8,000 + 24,000 + 64,000 + 64,000 = 160,000; 673,000 + 160,000 = 833,000.
    expect(summaryEquityCents(pm)).toBe(160_000_00);
    expect(summaryCashCents(pm) + summaryEquityCents(pm)).toBe(summarizeOffer(pm).fourYearTotal);
    // At +10%: 8,800 + 29,040 + 85,184 + 93,702.40 = 216,726.40 (the vests of the test above).
    expect(summaryEquityCents(pm, 10)).toBe(216_726_40);
  });

  it('takes the offer’s own growth unless one is given, and a fall of 100% leaves no equity', () => {
    const growing = { ...pm, stockGrowthPct: 10 };
    expect(summaryEquityCents(growing)).toBe(216_726_40);
    expect(summaryEquityCents(growing, 0)).toBe(160_000_00);
    expect(summaryEquityCents(pm, -100)).toBe(0);
  });

  it('adds up to summarizeOffer’s total with raises, bonus, odd cents and refreshers, at any growth', () => {
    const offers: CompOffer[] = [
      pm,
      pmm,
      { ...pm, raisePct: 3.5, bonusTargetPct: 12.5, baseSalary: 123_456_78 },
      { ...pmm, rsuGrantValue: 99_999_99, vesting: { preset: 'custom', yearPct: [33, 33, 34] } },
      {
        ...pm,
        refresher: {
          annualValue: 25_000_00,
          vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
          firstGrantYear: 2,
        },
      },
    ];
    for (const offer of offers) {
      for (const growth of [undefined, -50, -7.25, 0, 3.3, 15, 100]) {
        const total = summarizeOffer(
          offer,
          growth === undefined ? {} : { stockGrowthPct: growth },
        ).fourYearTotal;
        expect(summaryCashCents(offer) + summaryEquityCents(offer, growth)).toBe(total);
      }
    }
  });
});

describe('projectCompensation — other inputs', () => {
  const cashOnly: CompOffer = {
    baseSalary: 100_000_00,
    rsuGrantValue: 0,
    vesting: { preset: 'custom', yearPct: [100] },
  };

  it('a bonus target pays that percent of the year’s base', () => {
    // 100,000 × 15% = 15,000 each year.
    const rows = projectCompensation({ ...cashOnly, bonusTargetPct: 15 });
    expect(rows.map((r) => r.bonus)).toEqual([15_000_00, 15_000_00, 15_000_00, 15_000_00]);
    expect(rows[0]?.total).toBe(115_000_00);
  });

  it('a raise compounds the base, and the bonus follows the raised base', () => {
    // 100,000 × 1.03^(y−1): 100,000 / 103,000 / 106,090 / 109,272.70;
    // bonus 10%: 10,000 / 10,300 / 10,609 / 10,927.27.
    const rows = projectCompensation({ ...cashOnly, raisePct: 3, bonusTargetPct: 10 });
    expect(rows.map((r) => r.base)).toEqual([100_000_00, 103_000_00, 106_090_00, 109_272_70]);
    expect(rows.map((r) => r.bonus)).toEqual([10_000_00, 10_300_00, 10_609_00, 10_927_27]);
    // 109,272.70 + 10,927.27 = 120,199.97
    expect(rows[3]?.total).toBe(120_199_97);
  });

  it('a custom schedule vests its own percents; years past it vest nothing', () => {
    // 100,000 × 10/20/30/40%.
    const custom = { ...cashOnly, rsuGrantValue: 100_000_00 };
    const rows = projectCompensation(
      { ...custom, vesting: { preset: 'custom', yearPct: [10, 20, 30, 40] } },
      { years: 6 },
    );
    expect(rows.map((r) => r.equity)).toEqual([10_000_00, 20_000_00, 30_000_00, 40_000_00, 0, 0]);
    expect(rows.map((r) => r.year)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[5]?.base).toBe(100_000_00);
  });

  it('an even cliff schedule vests a quarter a year', () => {
    // 100,000 × 25% = 25,000.
    const rows = projectCompensation({
      ...cashOnly,
      rsuGrantValue: 100_000_00,
      vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] },
    });
    expect(rows.map((r) => r.equity)).toEqual([25_000_00, 25_000_00, 25_000_00, 25_000_00]);
  });

  it('rounds each cell half away from zero and sums the rounded cells', () => {
    // Base 10.01 dollars (1,001 cents); bonus 50% → 500.5 → 501 cents.
    // Grant 1,001 cents, 50/50 over two years → 500.5 → 501 cents a year.
    // Total = 1,001 + 501 + 0 + 501 = 2,003, while the unrounded sum
    // 1,001 + 500.5 + 500.5 = 2,002 would be a cent less.
    const rows = projectCompensation(
      {
        baseSalary: 1_001,
        bonusTargetPct: 50,
        rsuGrantValue: 1_001,
        vesting: { preset: 'custom', yearPct: [50, 50] },
      },
      { years: 2 },
    );
    expect(rows[0]).toEqual({
      year: 1,
      base: 1_001,
      bonus: 501,
      signOn: 0,
      equity: 501,
      refresherEquity: 0,
      total: 2_003,
    });
  });

  it('rounds a raised base half away from zero', () => {
    // 10,001 cents × 1.5 = 15,001.5 → 15,002 in year 2.
    const rows = projectCompensation(
      { ...cashOnly, baseSalary: 10_001, raisePct: 50 },
      { years: 2 },
    );
    expect(rows[1]?.base).toBe(15_002);
  });

  it('treats missing optional values as zero, the same as explicit zeros', () => {
    const explicit: CompOffer = {
      ...cashOnly,
      signOnYear1: 0,
      signOnYear2: 0,
      bonusTargetPct: 0,
      raisePct: 0,
      stockGrowthPct: 0,
    };
    const expected = [1, 2, 3, 4].map((y) => row(y, 100_000_00, 0, 0, 0));
    expect(projectCompensation(cashOnly)).toEqual(expected);
    expect(projectCompensation(explicit)).toEqual(expected);
    expect(projectCompensation({ ...cashOnly, baseSalary: 0 })[0]?.total).toBe(0);
  });

  it('a −100% stock makes equity worth 0, and a steeper fall never goes negative', () => {
    expect(projectCompensation(pm, { stockGrowthPct: -100 }).map((r) => r.equity)).toEqual([
      0, 0, 0, 0,
    ]);
    // 1 − 150/100 = −0.5 would flip sign on odd years; it clamps to 0 instead.
    for (const r of projectCompensation(pm, { stockGrowthPct: -150 })) {
      expect(r.equity).toBe(0);
      expect(r.total).toBe(r.base + r.signOn);
    }
    // −50%: 8,000 × 0.5 = 4,000 in year 1.
    expect(projectCompensation(pm, { stockGrowthPct: -50 })[0]?.equity).toBe(4_000_00);
  });

  it('refuses a year count that is not a whole number from 1 to 50', () => {
    expect(() => projectCompensation(pm, { years: 0 })).toThrow(RangeError);
    expect(() => projectCompensation(pm, { years: 2.5 })).toThrow(RangeError);
    expect(() => projectCompensation(pm, { years: 51 })).toThrow(RangeError);
  });
});

describe('marketStyleTotalComp', () => {
  it('adds the bonus target and spreads the grant over its vesting years, without sign-on', () => {
    // 120,000 + 90,000 / 3 + 120,000 × 10% = 120,000 + 30,000 + 12,000 = 162,000.
    const offer: CompOffer = {
      baseSalary: 120_000_00,
      signOnYear1: 50_000_00,
      bonusTargetPct: 10,
      rsuGrantValue: 90_000_00,
      vesting: { preset: 'custom', yearPct: [33, 33, 34, 0] },
    };
    expect(marketStyleTotalComp(offer)).toBe(162_000_00);
  });

  it('rounds the spread grant half away from zero', () => {
    // 0 + 1 cent / 2 years = 0.5 → 1 cent.
    expect(
      marketStyleTotalComp({
        baseSalary: 0,
        rsuGrantValue: 1,
        vesting: { preset: 'custom', yearPct: [50, 50] },
      }),
    ).toBe(1);
  });
});

describe('compareToBaseline', () => {
  const offers: ComparedOffer[] = [
    { ...pm, id: 'pm', currency: 'USD' },
    { ...pmm, id: 'pmm', currency: 'USD' },
    { ...pmm, id: 'pmm-eu', currency: 'EUR' },
    {
      id: 'tokyo',
      currency: 'JPY',
      baseSalary: 10_000_000, // ¥10,000,000 — the yen has no minor unit
      rsuGrantValue: 0,
      vesting: { preset: 'custom', yearPct: [100] },
    },
  ];

  it('gives the gap in baseline cents and in percent', () => {
    const result = compareToBaseline(offers, 'pm', { fxRates: { EUR: 1.1, JPY: 0.0067 } });
    expect(result?.currency).toBe('USD');
    const [base, pmmRow, euRow, jpRow] = result?.rows ?? [];
    expect(base).toMatchObject({ comparable: true, isBaseline: true, diffCents: 0, gapPct: 0 });
    // 193,500 − 208,250 = −14,750 dollars.
    expect(pmmRow).toMatchObject({ comparable: true, isBaseline: false, diffCents: -14_750_00 });
    if (!pmmRow?.comparable) throw new Error('expected a comparable row');
    expect(pmmRow.gapPct).toBeCloseTo(-7.0828, 4);
    // €193,500 × 1.1 = $212,850; 212,850 − 208,250 = 4,600; 4,600 / 208,250 = 2.2088…%.
    expect(euRow).toMatchObject({
      comparable: true,
      averageAnnual: 193_500_00,
      fxRate: 1.1,
      averageAnnualInBaseline: 212_850_00,
      diffCents: 4_600_00,
    });
    if (!euRow?.comparable) throw new Error('expected a comparable row');
    expect(euRow.gapPct).toBeCloseTo(2.2089, 4);
    // ¥10,000,000 × 0.0067 = $67,000.
    expect(jpRow).toMatchObject({ comparable: true, averageAnnualInBaseline: 67_000_00 });
  });

  it('marks an offer in another currency as not comparable without a usable rate', () => {
    const rateSets: Record<string, number>[] = [{}, { EUR: 0 }, { EUR: -1 }, { EUR: Number.NaN }];
    for (const fxRates of rateSets) {
      const eu = compareToBaseline(offers, 'pm', { fxRates })?.rows[2];
      expect(eu).toMatchObject({ comparable: false, reason: 'no-exchange-rate' });
      expect(eu).not.toHaveProperty('gapPct');
      expect(eu).not.toHaveProperty('diffCents');
      if (eu?.comparable === false) expect(eu.message).toContain('EUR to USD');
    }
  });

  it('returns null for an unknown baseline and a null gap for a zero baseline', () => {
    expect(compareToBaseline(offers, 'nope')).toBeNull();
    const zero: ComparedOffer = {
      id: 'zero',
      currency: 'USD',
      baseSalary: 0,
      rsuGrantValue: 0,
      vesting: { preset: 'custom', yearPct: [100] },
    };
    const rows =
      compareToBaseline([zero, { ...pm, id: 'pm', currency: 'USD' }], 'zero')?.rows ?? [];
    expect(rows[1]).toMatchObject({ comparable: true, gapPct: null, diffCents: 208_250_00 });
  });
});

describe('a full Offer record', () => {
  it('projects straight from a schema-valid offer', () => {
    const offer: Offer = OfferSchema.parse({
      ...pm,
      id: 'o1',
      workbookId: 'w1',
      position: 0,
      name: 'PM offer',
      company: 'Amazon',
      roleId: 'pm',
      level: 'L5',
      location: 'Seattle',
      currency: 'USD',
      vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
      equityIlliquid: false,
      deadline: null,
      scopeNotes: '',
      sources: {},
      isExample: true,
    });
    // Same figures as the worked example: 833,000 over four years.
    expect(summarizeOffer(offer).fourYearTotal).toBe(833_000_00);
  });
});
