/**
 * Hand-worked tests for `estimateTakeHome` and the per-year estimate: the
 * issue's Texas example, married filing jointly, the Social Security wage
 * base and the Additional Medicare threshold inside a full estimate, a state
 * without income tax, California and New York City on the user's rates (no
 * sourced state figures were gathered for them), non-US rates and gross only,
 * and a four-year projection. Working in the comments; 2026 tables.
 */
import { describe, expect, it } from 'vitest';
import { gapPct, projectCompensation } from './comp';
import {
  estimateTakeHome,
  estimateTakeHomeByYear,
  summarizeTakeHome,
  type TaxBasis,
  takeHomeTotal,
} from './takeHome';
import { BUNDLED_TAX_TABLES } from './tax';

const tables = BUNDLED_TAX_TABLES;
const $ = (dollars: number) => Math.round(dollars * 100);
const single = { filingStatus: 'single' } as const;
const texas: TaxBasis = { kind: 'us', regionId: 'us-tx' };
const washington: TaxBasis = { kind: 'us', regionId: 'us-wa' };

describe('US estimates', () => {
  it('the issue’s example: single in Texas, $150,000 → take-home $113,791', () => {
    // federal: taxable 133,900 → 1,240 + 4,560 + 12,166 + 6,768 = 24,734
    // SS 150,000 × 6.2% = 9,300; Medicare × 1.45% = 2,175; no Additional
    // Medicare (under 200,000); Texas: no state tax.
    // total 24,734 + 9,300 + 2,175 = 36,209; take-home 150,000 − 36,209 = 113,791
    expect(estimateTakeHome($(150_000), single, texas, tables)).toEqual({
      basis: 'us',
      wages: $(150_000),
      federal: $(24_734),
      socialSecurity: $(9_300),
      medicare: $(2_175),
      additionalMedicare: 0,
      state: 0,
      stateSource: 'none',
      city: 0,
      citySource: 'none',
      userRateTax: 0,
      total: $(36_209),
      takeHome: $(113_791),
      taxYear: 2026,
    });
  });

  it('married filing jointly in Washington, $300,000: above the wage base and the $250k threshold', () => {
    // federal: taxable 300,000 − 32,200 = 267,800 → 2,480 + 9,120 + 24,332
    //   + (267,800 − 211,400) × 24% = 13,536 → 49,468
    // SS capped: 184,500 × 6.2% = 11,439; Medicare 300,000 × 1.45% = 4,350
    // Additional: (300,000 − 250,000) × 0.9% = 450
    // total 49,468 + 11,439 + 4,350 + 450 = 65,707; take-home 234,293
    const e = estimateTakeHome($(300_000), { filingStatus: 'marriedJointly' }, washington, tables);
    expect([e.federal, e.socialSecurity, e.medicare, e.additionalMedicare, e.state]).toEqual([
      $(49_468),
      $(11_439),
      $(4_350),
      $(450),
      0,
    ]);
    expect(e.total).toBe($(65_707));
    expect(e.takeHome).toBe($(234_293));
  });

  it('single in Washington, $250,000: crossing the $200k Additional Medicare threshold', () => {
    // federal: taxable 233,900 → 41,024 + (233,900 − 201,775) × 32% = 10,280 → 51,304
    // SS 11,439 (capped); Medicare 250,000 × 1.45% = 3,625; Additional 50,000 × 0.9% = 450
    // total 51,304 + 11,439 + 3,625 + 450 = 66,818; take-home 183,182
    const e = estimateTakeHome($(250_000), single, washington, tables);
    expect(e.additionalMedicare).toBe($(450));
    expect(e.total).toBe($(66_818));
    expect(e.takeHome).toBe($(183_182));
  });

  it('below the wage base, $100,000 single in Texas', () => {
    // federal: taxable 83,900 → 5,800 + (83,900 − 50,400) × 22% = 7,370 → 13,170
    // SS 6,200; Medicare 1,450; total 20,820; take-home 79,180
    const e = estimateTakeHome($(100_000), single, texas, tables);
    expect([e.federal, e.socialSecurity, e.medicare, e.total, e.takeHome]).toEqual([
      $(13_170),
      $(6_200),
      $(1_450),
      $(20_820),
      $(79_180),
    ]);
  });

  it('married jointly with a spouse’s $100,000: the job’s $150,000 pays $29,828 federal', () => {
    // tax(250,000) − tax(100,000) = 37,468 − 7,640 = 29,828 (worked in tax.test.ts)
    // SS 9,300; Medicare 2,175; Additional: over(250,000) − over(100,000) = 0
    // total 41,303; take-home 108,697
    const e = estimateTakeHome(
      $(150_000),
      { filingStatus: 'marriedJointly', otherIncome: $(100_000) },
      washington,
      tables,
    );
    expect(e.federal).toBe($(29_828));
    expect(e.total).toBe($(41_303));
    expect(e.takeHome).toBe($(108_697));
  });

  it('California on the user’s 9.3% state rate, $150,000 single', () => {
    // federal, SS, Medicare as in Texas: 36,209; state 150,000 × 9.3% = 13,950
    // total 50,159; take-home 99,841
    const e = estimateTakeHome(
      $(150_000),
      single,
      { kind: 'us', regionId: 'us-ca', userStateRatePct: 9.3 },
      tables,
    );
    expect([e.state, e.stateSource, e.total, e.takeHome]).toEqual([
      $(13_950),
      'user-rate',
      $(50_159),
      $(99_841),
    ]);
  });

  it('California without a rate: state missing, no take-home rather than too high a one', () => {
    const e = estimateTakeHome($(150_000), single, { kind: 'us', regionId: 'us-ca' }, tables);
    expect(e.stateSource).toBe('missing');
    expect(e.federal).toBe($(24_734));
    expect(e.total).toBeNull();
    expect(e.takeHome).toBeNull();
  });

  it('New York City on the user’s 6% state and 3.5% city rates, $150,000 single', () => {
    // 36,209 federal + payroll; state 150,000 × 6% = 9,000; city × 3.5% = 5,250
    // total 50,459; take-home 99,541
    const e = estimateTakeHome(
      $(150_000),
      single,
      { kind: 'us', regionId: 'us-ny-nyc', userStateRatePct: 6, userCityRatePct: 3.5 },
      tables,
    );
    expect([e.state, e.city, e.citySource, e.total, e.takeHome]).toEqual([
      $(9_000),
      $(5_250),
      'user-rate',
      $(50_459),
      $(99_541),
    ]);
  });

  it('New York City with a state rate but no city rate is incomplete', () => {
    const e = estimateTakeHome(
      $(150_000),
      single,
      { kind: 'us', regionId: 'us-ny-nyc', userStateRatePct: 6 },
      tables,
    );
    expect([e.stateSource, e.citySource, e.takeHome]).toEqual(['user-rate', 'missing', null]);
  });

  it('a user state rate wins over a table and says so', () => {
    // Washington has no income tax, but the user typed 1%: 150,000 × 1% = 1,500
    const e = estimateTakeHome(
      $(150_000),
      single,
      { kind: 'us', regionId: 'us-wa', userStateRatePct: 1 },
      tables,
    );
    expect([e.state, e.stateSource]).toEqual([$(1_500), 'user-rate']);
  });

  it('each part is rounded half away from zero and the parts add up', () => {
    // $10 in Texas: federal 0 (under the deduction); SS 1,000 × 6.2% = 62 cents;
    // Medicare 14.5 cents → 15; total 77 cents; take-home 923 cents
    const e = estimateTakeHome(1_000, single, texas, tables);
    expect([e.federal, e.socialSecurity, e.medicare, e.total, e.takeHome]).toEqual([
      0, 62, 15, 77, 923,
    ]);
  });
});

describe('outside the US', () => {
  it('the user’s effective rate: 30% of 100,000 → 30,000, take-home 70,000', () => {
    const e = estimateTakeHome($(100_000), single, { kind: 'user-rate', ratePct: 30 }, tables);
    expect([e.userRateTax, e.federal, e.total, e.takeHome, e.taxYear]).toEqual([
      $(30_000),
      0,
      $(30_000),
      $(70_000),
      null,
    ]);
  });
  it('gross only: no tax and no take-home', () => {
    const e = estimateTakeHome($(100_000), single, { kind: 'gross-only' }, tables);
    expect([e.basis, e.total, e.takeHome]).toEqual(['gross-only', null, null]);
  });
});

describe('refuses bad input with a sentence', () => {
  it('rates outside 0–100%, fractional cents, an unknown region', () => {
    expect(() =>
      estimateTakeHome(100, single, { kind: 'user-rate', ratePct: 120 }, tables),
    ).toThrow('Your tax rate must be a percent from 0 to 100.');
    expect(() =>
      estimateTakeHome(
        100,
        single,
        { kind: 'us', regionId: 'us-ca', userStateRatePct: -1 },
        tables,
      ),
    ).toThrow('Your state tax rate must be a percent from 0 to 100.');
    expect(() => estimateTakeHome(10.5, single, texas, tables)).toThrow(
      'Wages must be whole, non-negative cents.',
    );
    expect(() => estimateTakeHome(100, single, { kind: 'us', regionId: 'mars' }, tables)).toThrow(
      'Unknown tax region: mars.',
    );
  });
});

describe('per year over a projection', () => {
  // Base 150,000, no bonus, sign-on 20,000 (year 1) and 10,000 (year 2), a
  // 100,000 grant vesting 5/15/40/40, no growth. Wages per year:
  // y1 150,000 + 20,000 + 5,000 = 175,000; y2 150,000 + 10,000 + 15,000 = 175,000;
  // y3 and y4 150,000 + 40,000 = 190,000.
  // Single in Texas:
  // 175,000: taxable 158,900 → 17,966 + 53,200 × 24% = 12,768 → 30,734;
  //   SS 10,850; Medicare 2,537.50; total 44,121.50; take-home 130,878.50
  // 190,000: taxable 173,900 → 17,966 + 68,200 × 24% = 16,368 → 34,334;
  //   SS capped at 184,500 × 6.2% = 11,439 (190,000 is above the wage base);
  //   Medicare 2,755; total 34,334 + 11,439 + 2,755 = 48,528; take-home 141,472
  // 4-year take-home: 2 × 130,878.50 + 2 × 141,472 = 261,757 + 282,944 = 544,701
  const rows = projectCompensation({
    baseSalary: $(150_000),
    rsuGrantValue: $(100_000),
    vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
    signOnYear1: $(20_000),
    signOnYear2: $(10_000),
  });
  const byYear = estimateTakeHomeByYear(rows, single, texas, tables);

  it('applies the 2026 tables to each year’s wages', () => {
    expect(byYear.map((y) => [y.year, y.gross, y.estimate.takeHome])).toEqual([
      [1, $(175_000), $(130_878.5)],
      [2, $(175_000), $(130_878.5)],
      [3, $(190_000), $(141_472)],
      [4, $(190_000), $(141_472)],
    ]);
    expect(byYear.every((y) => y.estimate.taxYear === 2026)).toBe(true);
  });
  it('totals the first 4 years: $544,701', () => {
    expect(takeHomeTotal(byYear)).toBe($(544_701));
  });
  it('no total when a year lacks a take-home or the projection is short', () => {
    expect(takeHomeTotal(byYear.slice(0, 3))).toBeNull();
    const ca = estimateTakeHomeByYear(rows, single, { kind: 'us', regionId: 'us-ca' }, tables);
    expect(takeHomeTotal(ca)).toBeNull();
  });
});

describe('summaries and the gap after tax', () => {
  it('the 4-year take-home and its average year', () => {
    // Same offer as above: total 544,701 → average 544,701 / 4 = 136,175.25
    const rows = projectCompensation({
      baseSalary: $(150_000),
      rsuGrantValue: $(100_000),
      vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
      signOnYear1: $(20_000),
      signOnYear2: $(10_000),
    });
    const byYear = estimateTakeHomeByYear(rows, single, texas, tables);
    expect(summarizeTakeHome(byYear)).toEqual({
      total: $(544_701),
      averageAnnual: $(136_175.25),
    });
    expect(summarizeTakeHome(byYear, 5)).toBeNull();
  });

  it('Seattle $200,000 vs New York City $220,000: +10% gross is −4.26% after tax', () => {
    // Seattle, single: taxable 183,900 → 17,966 + 78,200 × 24% = 18,768 → 36,734;
    //   SS 11,439; Medicare 2,900; Additional 0 (exactly 200,000); no state tax
    //   total 51,073; take-home 148,927
    // New York City, single, the user's 6% state and 3.5% city:
    //   taxable 203,900 → 41,024 + 2,125 × 32% = 680 → 41,704; SS 11,439;
    //   Medicare 3,190; Additional 20,000 × 0.9% = 180; state 13,200; city 7,700
    //   total 77,413; take-home 142,587
    // gross gap (220,000 − 200,000) / 200,000 = +10%
    // after tax (142,587 − 148,927) / 148,927 = −6,340 / 148,927 = −4.2571%
    const sea = estimateTakeHome($(200_000), single, washington, tables);
    const nyc = estimateTakeHome(
      $(220_000),
      single,
      { kind: 'us', regionId: 'us-ny-nyc', userStateRatePct: 6, userCityRatePct: 3.5 },
      tables,
    );
    expect([sea.total, sea.takeHome]).toEqual([$(51_073), $(148_927)]);
    expect([nyc.additionalMedicare, nyc.total, nyc.takeHome]).toEqual([
      $(180),
      $(77_413),
      $(142_587),
    ]);
    expect(gapPct($(220_000), $(200_000))).toBeCloseTo(10, 10);
    expect(gapPct(nyc.takeHome ?? 0, sea.takeHome ?? 0)).toBeCloseTo(-4.2571, 4);
  });

  it('a city rate is ignored in a region without a city tax', () => {
    const e = estimateTakeHome(
      $(150_000),
      single,
      { kind: 'us', regionId: 'us-tx', userCityRatePct: 3 },
      tables,
    );
    expect([e.city, e.citySource, e.takeHome]).toEqual([0, 'none', $(113_791)]);
  });
});
