import { describe, expect, it } from 'vitest';
import { costOfLeaving, cumulativePay, type MonthRow, monthlyCashFlow } from './cashflow';
import type { CompOffer } from './comp';

/** The PM side of the worked example, the Amazon PM offer of the seed case (PM vs PMM): base $142,000, sign-on $60,000 + $45,000, $160,000 of RSUs vesting 5/15/40/40; sign-on paid monthly (Amazon's convention). */
const pm: CompOffer = {
  baseSalary: 142_000_00,
  signOnYear1: 60_000_00,
  signOnYear2: 45_000_00,
  signOnPaidMonthly: true,
  bonusTargetPct: 0,
  rsuGrantValue: 160_000_00,
  vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
  stockGrowthPct: 0,
  raisePct: 0,
  clawback: 'none',
};
const pmLump: CompOffer = { ...pm, signOnPaidMonthly: false };

const sumMonths = (rows: MonthRow[], year: number, key: Exclude<keyof MonthRow, 'month'>) =>
  rows.filter((r) => Math.ceil(r.month / 12) === year).reduce((sum, r) => sum + r[key], 0);

describe('monthlyCashFlow', () => {
  it('splits the base into 12 instalments that add up to the yearly base', () => {
    // 14,200,000 cents / 12 = 1,183,333 r 4 → months 1–4 get 1,183,334, months 5–12 1,183,333.
    const rows = monthlyCashFlow(pm);
    expect(rows).toHaveLength(48);
    expect(rows.slice(0, 12).map((r) => r.base)).toEqual([
      ...Array(4).fill(1_183_334),
      ...Array(8).fill(1_183_333),
    ]);
    for (const year of [1, 2, 3, 4]) expect(sumMonths(rows, year, 'base')).toBe(14_200_000);
  });

  it('pays a monthly sign-on over months 1–12 and 13–24, and vests on Amazon’s dates', () => {
    const rows = monthlyCashFlow(pm);
    // 6,000,000 / 12 = 500,000 and 4,500,000 / 12 = 375,000, both exact.
    expect(rows[0]).toEqual({
      month: 1,
      base: 1_183_334,
      bonus: 0,
      signOn: 500_000,
      equity: 0,
      total: 1_683_334,
    });
    // Month 12: base 1,183,333 + sign-on 500,000 + 5% of 16,000,000 = 800,000 → 2,483,333.
    expect(rows[11]).toEqual({
      month: 12,
      base: 1_183_333,
      bonus: 0,
      signOn: 500_000,
      equity: 800_000,
      total: 2_483_333,
    });
    expect(rows[12]?.signOn).toBe(375_000);
    expect(rows[24]?.signOn).toBe(0);
    // Month 30 (6th month of year 3): base 1,183,333 + 20% of 16,000,000 = 3,200,000.
    expect(rows[29]).toMatchObject({ base: 1_183_333, equity: 3_200_000, total: 4_383_333 });
    const vestMonths = rows.filter((r) => r.equity > 0).map((r) => r.month);
    expect(vestMonths).toEqual([12, 24, 30, 36, 42, 48]);
  });

  it('pays a lump sign-on in months 1 and 13 when it is not monthly', () => {
    const rows = monthlyCashFlow(pmLump);
    expect(rows[0]?.signOn).toBe(6_000_000);
    expect(rows[0]?.total).toBe(7_183_334); // 1,183,334 + 6,000,000
    expect(rows[12]?.signOn).toBe(4_500_000);
    expect(rows.filter((r) => r.signOn > 0).map((r) => r.month)).toEqual([1, 13]);
  });

  it('at 0% growth every year of months adds up to the yearly rows', () => {
    // Yearly totals from the worked example: 210,000 / 211,000 / 206,000 / 206,000 dollars.
    for (const offer of [pm, pmLump]) {
      const rows = monthlyCashFlow(offer);
      expect([1, 2, 3, 4].map((y) => sumMonths(rows, y, 'total'))).toEqual([
        21_000_000, 21_100_000, 20_600_000, 20_600_000,
      ]);
      expect([1, 2, 3, 4].map((y) => sumMonths(rows, y, 'equity'))).toEqual([
        800_000, 2_400_000, 6_400_000, 6_400_000,
      ]);
    }
  });

  it('pays the bonus as a lump at the end of each year, on the raised base', () => {
    // Base 100,000 with a 3% raise and a 10% bonus: 10,000 at month 12, 10,300 at month 24.
    // Year-2 base 10,300,000 cents / 12 = 858,333 r 4 → months 13–16 get 858,334.
    const offer: CompOffer = {
      baseSalary: 100_000_00,
      bonusTargetPct: 10,
      raisePct: 3,
      rsuGrantValue: 0,
      vesting: { preset: 'custom', yearPct: [100] },
    };
    const rows = monthlyCashFlow(offer);
    expect(rows.filter((r) => r.bonus > 0).map((r) => [r.month, r.bonus])).toEqual([
      [12, 1_000_000],
      [24, 1_030_000],
      [36, 1_060_900],
      [48, 1_092_727],
    ]);
    expect(rows.slice(12, 24).map((r) => r.base)).toEqual([
      ...Array(4).fill(858_334),
      ...Array(8).fill(858_333),
    ]);
    expect(sumMonths(rows, 2, 'base')).toBe(10_300_000);
  });

  it('values each vest at the share price of its month', () => {
    const rows = monthlyCashFlow(pm, { stockGrowthPct: 10 });
    // Month 12: 800,000 × 1.1 = 880,000; month 24: 2,400,000 × 1.21 = 2,904,000 (as yearly).
    expect(rows[11]?.equity).toBe(880_000);
    expect(rows[23]?.equity).toBe(2_904_000);
    // Month 30: 3,200,000 × 1.1^2.5 = 3,200,000 × 1.21 × √1.1 (1.0488088…) = 4,060,987.86 → 4,060,988.
    // Month 36: 3,200,000 × 1.331 = 4,259,200; running sum 8,320,187.86 → 8,320,188,
    // so the month-36 cell is 8,320,188 − 4,060,988 = 4,259,200.
    expect(rows[29]?.equity).toBe(4_060_988);
    expect(rows[35]?.equity).toBe(4_259_200);
    // The yearly view values year 3 at the year-end price: 6,400,000 × 1.331 = 8,518,400.
    expect(sumMonths(rows, 3, 'equity')).toBe(8_320_188);
  });

  it('rounds vests cumulatively within a year so the year matches the yearly cell', () => {
    // Grant 10 cents on a 25/25/25/25 cliff: year 1 vests 2.5 → 3 cents at month 12.
    // Year 2 vests 0.625 a quarter: running 0.625 → 1, 1.25 → 1, 1.875 → 2, 2.5 → 3,
    // so the cells are 1, 0, 1, 1 — three cents, the same as round(10 × 25%) = 3.
    const rows = monthlyCashFlow({
      baseSalary: 0,
      rsuGrantValue: 10,
      vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] },
    });
    expect(rows[11]?.equity).toBe(3);
    expect([15, 18, 21, 24].map((m) => rows[m - 1]?.equity)).toEqual([1, 0, 1, 1]);
    expect(rows.slice(0, 11).every((r) => r.equity === 0)).toBe(true);
  });

  it('stops at the requested month and refuses a bad horizon', () => {
    expect(monthlyCashFlow(pm, { months: 30 })).toHaveLength(30);
    expect(() => monthlyCashFlow(pm, { months: 0 })).toThrow(RangeError);
    expect(() => monthlyCashFlow(pm, { months: 12.5 })).toThrow(RangeError);
  });
});

describe('cumulativePay', () => {
  it('runs through the yearly totals at each anniversary', () => {
    const points = cumulativePay(pm);
    expect(points).toHaveLength(48);
    expect(points[0]).toEqual({ month: 1, cumulative: 1_683_334 });
    // 210,000; + 211,000 = 421,000; + 206,000 = 627,000; + 206,000 = 833,000 dollars.
    expect([12, 24, 36, 48].map((m) => points[m - 1]?.cumulative)).toEqual([
      21_000_000, 42_100_000, 62_700_000, 83_300_000,
    ]);
  });

  it('front-loads a lump sign-on', () => {
    expect(cumulativePay(pmLump)[0]?.cumulative).toBe(7_183_334);
  });
});

describe('costOfLeaving', () => {
  // Unvested Amazon equity of a $160,000 grant at 0% growth, after m months:
  // m 0 and 6 → 100% = 16,000,000; m 12 and 18 → 95% = 15,200,000 (the next 15% waits
  // for month 24); m 30 → 100 − 5 − 15 − 20 = 60% = 9,600,000; m 48 → 0.
  const months = [0, 6, 12, 18, 30, 48] as const;
  const unvested = [16_000_000, 16_000_000, 15_200_000, 15_200_000, 9_600_000, 0];

  const cases: { label: string; offer: CompOffer; repay: number[] }[] = [
    {
      label: 'no clawback, lump',
      offer: { ...pmLump, clawback: 'none' },
      repay: [0, 0, 0, 0, 0, 0],
    },
    {
      label: 'no clawback, monthly',
      offer: { ...pm, clawback: 'none' },
      repay: [0, 0, 0, 0, 0, 0],
    },
    // Full, lump: nothing paid at m 0; the whole 6,000,000 at m 6; year 1 served at m 12;
    // the whole year-2 4,500,000 at m 18; nothing after month 24.
    {
      label: 'full, lump',
      offer: { ...pmLump, clawback: 'full' },
      repay: [0, 6_000_000, 0, 4_500_000, 0, 0],
    },
    // Full, monthly: the instalments received — 6 × 500,000 at m 6, 6 × 375,000 at m 18.
    {
      label: 'full, monthly',
      offer: { ...pm, clawback: 'full' },
      repay: [0, 3_000_000, 0, 2_250_000, 0, 0],
    },
    // Pro-rated, lump: 6,000,000 × 6/12 = 3,000,000 at m 6; 4,500,000 × 6/12 = 2,250,000 at m 18.
    {
      label: 'pro-rated, lump',
      offer: { ...pmLump, clawback: 'prorated' },
      repay: [0, 3_000_000, 0, 2_250_000, 0, 0],
    },
    // Pro-rated, monthly: every instalment received was earned; the rest stop.
    {
      label: 'pro-rated, monthly',
      offer: { ...pm, clawback: 'prorated' },
      repay: [0, 0, 0, 0, 0, 0],
    },
  ];

  for (const { label, offer, repay } of cases) {
    it(`${label}: at months 0, 6, 12, 18, 30 and 48`, () => {
      months.forEach((month, i) => {
        const expected = {
          unvestedEquityForfeited: unvested[i],
          signOnToRepay: repay[i],
          total: (unvested[i] ?? 0) + (repay[i] ?? 0),
        };
        expect(costOfLeaving(offer, month)).toEqual(expected);
      });
    });
  }

  it('values unvested shares at the leaving date’s price', () => {
    // 95% at month 18: 15,200,000 × 1.1^1.5 = 15,200,000 × 1.1 × √1.1 (1.0488088…)
    // = 15,200,000 × 1.1536897… = 17,536,083.94 → 17,536,084.
    expect(costOfLeaving(pm, 18, { stockGrowthPct: 10 }).unvestedEquityForfeited).toBe(17_536_084);
    // −100%: worthless after any time has passed; at month 0 the grant-date price still holds.
    expect(costOfLeaving(pm, 12, { stockGrowthPct: -100 }).unvestedEquityForfeited).toBe(0);
    expect(costOfLeaving(pm, 0, { stockGrowthPct: -100 }).unvestedEquityForfeited).toBe(16_000_000);
  });

  it('forfeits everything until the cliff, then keeps the first quarter', () => {
    const cliff: CompOffer = {
      baseSalary: 0,
      rsuGrantValue: 100_000_00,
      vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] },
    };
    expect(costOfLeaving(cliff, 11).unvestedEquityForfeited).toBe(10_000_000);
    expect(costOfLeaving(cliff, 12).unvestedEquityForfeited).toBe(7_500_000); // 75%
    expect(costOfLeaving(cliff, 15).unvestedEquityForfeited).toBe(6_875_000); // 68.75%
  });

  it('rounds a pro-rated repayment half away from zero', () => {
    const tiny = (signOnYear1: number): CompOffer => ({
      baseSalary: 0,
      signOnYear1,
      rsuGrantValue: 0,
      vesting: { preset: 'custom', yearPct: [100] },
      clawback: 'prorated',
    });
    // 100 × 5/12 = 41.67 → 42;  6 × 11/12 = 5.5 → 6.
    expect(costOfLeaving(tiny(100), 7).signOnToRepay).toBe(42);
    expect(costOfLeaving(tiny(6), 1).signOnToRepay).toBe(6);
  });

  it('repays exactly the monthly instalments received under a full clawback', () => {
    // 100 cents / 12 = 8 r 4 → instalments 9, 9, 9, 9, 8, 8, …; six of them = 36 + 16 = 52.
    const offer: CompOffer = {
      baseSalary: 0,
      signOnYear1: 100,
      signOnPaidMonthly: true,
      rsuGrantValue: 0,
      vesting: { preset: 'custom', yearPct: [100] },
      clawback: 'full',
    };
    expect(costOfLeaving(offer, 6).signOnToRepay).toBe(52);
  });

  it('floors fractional months, treats negatives as 0 and refuses NaN', () => {
    const offer: CompOffer = { ...pmLump, clawback: 'full' };
    expect(costOfLeaving(offer, 6.9)).toEqual(costOfLeaving(offer, 6));
    expect(costOfLeaving(offer, -3)).toEqual(costOfLeaving(offer, 0));
    expect(() => costOfLeaving(offer, Number.NaN)).toThrow(RangeError);
  });
});
