import { describe, expect, it } from 'vitest';
import { monthlyCashFlow } from './cashflow';
import { type CompOffer, projectCompensation, summarizeOffer } from './comp';
import { refresherEquityCents, refresherVestEvents } from './refresher';

const AMAZON = { preset: 'amazon', yearPct: [5, 15, 40, 40] } as const;

/** The worked PM offer: no bonus, no raise, 0% growth. */
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

/** The same offer with a $40,000 refresher every year from year 2, vesting 5/15/40/40. */
const pmWithRefresher: CompOffer = {
  ...pm,
  refresher: { annualValue: 40_000_00, vesting: AMAZON, firstGrantYear: 2 },
};

describe('projectCompensation over six years — the year-5 drop', () => {
  it('without a refresher pays 210,000 / 211,000 / 206,000 / 206,000 / 142,000 / 142,000', () => {
    // Grant 160,000 × 5/15/40/40% = 8,000 / 24,000 / 64,000 / 64,000, nothing after year 4.
    // Y1 142,000 + 60,000 + 8,000 = 210,000   Y2 142,000 + 45,000 + 24,000 = 211,000
    // Y3 = Y4 = 142,000 + 64,000 = 206,000    Y5 = Y6 = base only = 142,000
    const rows = projectCompensation(pm, { years: 6 });
    expect(rows.map((r) => r.total)).toEqual([
      210_000_00, 211_000_00, 206_000_00, 206_000_00, 142_000_00, 142_000_00,
    ]);
    expect(rows.map((r) => r.refresherEquity)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(rows[4]).toMatchObject({ signOn: 0, equity: 0, base: 142_000_00 });
  });

  it('with a 40,000 refresher from year 2 adds 0 / 2,000 / 8,000 / 24,000 / 40,000 / 40,000', () => {
    // Each grant made at the start of year g vests 5% in g, 15% in g+1, 40% in g+2 and g+3:
    //   grant of Y2: Y2 2,000  Y3 6,000  Y4 16,000  Y5 16,000
    //   grant of Y3:           Y3 2,000  Y4  6,000  Y5 16,000  Y6 16,000
    //   grant of Y4:                     Y4  2,000  Y5  6,000  Y6 16,000
    //   grant of Y5:                                Y5  2,000  Y6  6,000
    //   grant of Y6:                                           Y6  2,000
    // Per year: Y1 0; Y2 2,000; Y3 8,000; Y4 24,000; Y5 40,000; Y6 40,000.
    const rows = projectCompensation(pmWithRefresher, { years: 6 });
    expect(rows.map((r) => r.refresherEquity)).toEqual([
      0, 2_000_00, 8_000_00, 24_000_00, 40_000_00, 40_000_00,
    ]);
    // Equity = first grant + refreshers: 8,000 / 26,000 / 72,000 / 88,000 / 40,000 / 40,000.
    expect(rows.map((r) => r.equity)).toEqual([
      8_000_00, 26_000_00, 72_000_00, 88_000_00, 40_000_00, 40_000_00,
    ]);
    // Totals: 210,000 / 211,000+2,000 = 213,000 / 206,000+8,000 = 214,000 /
    // 206,000+24,000 = 230,000 / 142,000+40,000 = 182,000 / 182,000.
    expect(rows.map((r) => r.total)).toEqual([
      210_000_00, 213_000_00, 214_000_00, 230_000_00, 182_000_00, 182_000_00,
    ]);
    // "Without refreshers" is total − refresherEquity: back to the plain offer's figures.
    expect(rows.map((r) => r.total - r.refresherEquity)).toEqual(
      projectCompensation(pm, { years: 6 }).map((r) => r.total),
    );
  });

  it('keeps the 4-year summary 4-year whatever the horizon', () => {
    // Plain: 210,000 + 211,000 + 206,000 + 206,000 = 833,000; / 4 = 208,250.
    expect(summarizeOffer(pm)).toMatchObject({
      fourYearTotal: 833_000_00,
      averageAnnual: 208_250_00,
    });
    // With the refresher: 210,000 + 213,000 + 214,000 + 230,000 = 867,000; / 4 = 216,750.
    // Years 5–6 never enter it.
    expect(summarizeOffer(pmWithRefresher)).toMatchObject({
      fourYearTotal: 867_000_00,
      averageAnnual: 216_750_00,
      rows: projectCompensation(pmWithRefresher, { years: 6 }).slice(0, 4),
    });
    // A refresher that starts in year 5 leaves every 4-year figure as it was.
    const late = { ...pm, refresher: { ...pmWithRefresher.refresher!, firstGrantYear: 5 } };
    expect(summarizeOffer(late)).toEqual(summarizeOffer(pm));
    // The market-style figure reads the first grant only: 142,000 + 160,000/4 = 182,000.
    expect(summarizeOffer(pmWithRefresher).marketStyleTotalComp).toBe(182_000_00);
  });

  it('values each refresher with the stock growth from its own grant date', () => {
    // 10% growth, 40,000 a year from year 5 (first grant gone by then):
    //   Y5: grant of Y5, own year 1: 40,000 × 5% × 1.1 = 2,200
    //   Y6: grant of Y5, own year 2: 40,000 × 15% × 1.1² = 6,000 × 1.21 = 7,260
    //       grant of Y6, own year 1: 40,000 × 5% × 1.1 = 2,200   → 9,460
    const offer = {
      ...pm,
      stockGrowthPct: 10,
      refresher: { annualValue: 40_000_00, vesting: AMAZON, firstGrantYear: 5 },
    };
    const rows = projectCompensation(offer, { years: 6 });
    expect(rows.map((r) => r.refresherEquity)).toEqual([0, 0, 0, 0, 2_200_00, 9_460_00]);
    expect(rows[5]?.total).toBe(142_000_00 + 9_460_00);
  });

  it('adds nothing for a null refresher or a zero value', () => {
    expect(refresherEquityCents(null, 6, 1)).toBe(0);
    expect(refresherEquityCents({ annualValue: 0, vesting: AMAZON, firstGrantYear: 2 }, 6, 1)).toBe(
      0,
    );
    expect(projectCompensation({ ...pm, refresher: null }, { years: 6 })).toEqual(
      projectCompensation(pm, { years: 6 }),
    );
  });
});

describe('refreshers in the monthly view', () => {
  it('moves each grant’s vest events 12 × (grant year − 1) months later', () => {
    // Amazon events of one grant: 5% at 12, 15% at 24, 20% at 30, 36, 42, 48.
    // The grant of year 2 vests at 24, 36, 42, 48, 54, 60; the grant of year 3 from 36.
    const events = refresherVestEvents(pmWithRefresher.refresher, 40).filter(
      (e) => e.grantYear === 2,
    );
    expect(events).toEqual([
      { month: 24, pct: 5, grantYear: 2 },
      { month: 36, pct: 15, grantYear: 2 },
    ]);
  });

  it('pays year 5’s 40,000 of refreshers as 16,000 in month 54 and 24,000 in month 60', () => {
    // Month 54 (mid-year 5): grant of Y2 (its 20% at 42+12) 8,000 + grant of Y3 (its 20% at 30+24) 8,000.
    // Month 60: grant of Y2 8,000 + grant of Y3 8,000 + grant of Y4 (15% at 24+36) 6,000
    //           + grant of Y5 (5% at 12+48) 2,000 = 24,000.
    const flow = monthlyCashFlow(pmWithRefresher, { months: 72 });
    expect(flow[53]?.equity).toBe(16_000_00);
    expect(flow[59]?.equity).toBe(24_000_00);
    // Month 24: first grant 15% = 24,000 + grant of Y2's 5% = 2,000.
    expect(flow[23]?.equity).toBe(26_000_00);
  });

  it('adds up, year by year, to the yearly view over six years', () => {
    const flow = monthlyCashFlow(pmWithRefresher, { months: 72 });
    const rows = projectCompensation(pmWithRefresher, { years: 6 });
    for (const row of rows) {
      const months = flow.slice(12 * (row.year - 1), 12 * row.year);
      const sum = (key: 'equity' | 'total') => months.reduce((acc, m) => acc + m[key], 0);
      expect(sum('equity')).toBe(row.equity);
      expect(sum('total')).toBe(row.total);
    }
  });
});
