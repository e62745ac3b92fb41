import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionFactor } from '../schemas/records';
import {
  breakEven,
  DECISION_RULES,
  type DecisionInput,
  type DecisionOfferInput,
  decisionRules,
  leadCushion,
  payScoreRule,
  rankOffers,
} from './decision';

const K = 100_000; // $1,000 in cents
const usd = (dollars: number) => dollars * 100;

const factors = (pay: number, fit: number, team: number): DecisionFactor[] => [
  { id: 'pay', label: 'Pay', kind: 'pay', weight: pay },
  { id: 'fit', label: 'Role fit', kind: 'fit', weight: fit },
  { id: 'team', label: 'Team', kind: 'manual', weight: team },
];
const offer = (offerId: string, payK: number, fitScore: number | null): DecisionOfferInput => ({
  offerId,
  avgAnnualPay: payK * K,
  fitScore,
});

/** The sample workbook's matrix inputs (see resources/sample): PM vs PMM, P = 2. */
const sample: DecisionInput = {
  factors: [
    { id: 'pay', label: 'Pay', kind: 'pay', weight: 5 },
    { id: 'fit', label: 'Role fit', kind: 'fit', weight: 5 },
    { id: 'scope', label: 'Scope', kind: 'manual', weight: 3 },
    { id: 'growth', label: 'Growth', kind: 'manual', weight: 3 },
    { id: 'team', label: 'Team', kind: 'manual', weight: 2 },
    { id: 'location', label: 'Location', kind: 'manual', weight: 1 },
  ],
  scores: {
    scope: { pm: 6, pmm: 8 },
    growth: { pm: 7, pmm: 7 },
    team: { pm: 6, pmm: 8 },
    location: { pm: 7, pmm: 7 },
  },
  offers: [
    { offerId: 'pm', avgAnnualPay: usd(212_500), fitScore: 36 },
    { offerId: 'pmm', avgAnnualPay: usd(199_000), fitScore: 67.5 },
  ],
  payPointPct: 2,
};

describe('rankOffers', () => {
  it('scores pay on the stated scale (P = 2), fit by /10, and weights the mean', () => {
    // Best pay $200K. A: gap 0% → pay 10. B: gap (200 − 180)/200 = 10% → 10 − 10/2 = 5.
    // A: pay 10, fit 80/10 = 8, team 6 → (5×10 + 3×8 + 2×6)/10 = 86/10 = 8.6
    // B: pay 5,  fit 50/10 = 5, team 9 → (5×5 + 3×5 + 2×9)/10 = 58/10 = 5.8
    const r = rankOffers({
      factors: factors(5, 3, 2),
      scores: { team: { a: 6, b: 9 } },
      offers: [offer('b', 180, 50), offer('a', 200, 80)],
    });
    expect(r.maxPay).toBe(200 * K);
    expect(r.offers.map((o) => [o.offerId, o.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(r.offers[0]?.weightedScore).toBeCloseTo(8.6, 12);
    expect(r.offers[1]?.weightedScore).toBeCloseTo(5.8, 12);
    expect(r.offers[1]?.contributions[0]?.score).toBeCloseTo(5, 12);
    // A's contributions: 5×10/10 = 5, 3×8/10 = 2.4, 2×6/10 = 1.2.
    const a = r.offers[0]?.contributions.map((c) => [c.factorId, c.score, c.contribution]);
    expect(a?.[0]).toEqual(['pay', 10, 5]);
    expect(a?.[1]?.[1]).toBe(8);
    expect(a?.[1]?.[2]).toBeCloseTo(2.4, 12);
    expect(a?.[2]?.[2]).toBeCloseTo(1.2, 12);
  });

  it('uses the pay scale it is given: P = 5 makes the same 10% gap cost 2 points', () => {
    // B: gap 10% → 10 − 10/5 = 8.
    const r = rankOffers({
      factors: factors(1, 0, 0),
      scores: {},
      offers: [offer('a', 200, null), offer('b', 180, null)],
      payPointPct: 5,
    });
    expect(r.offers.find((o) => o.offerId === 'b')?.weightedScore).toBeCloseTo(8, 12);
  });

  it('works the sample workbook by hand: PMM 7.1509 first, PM 6.6316', () => {
    // Averages: PM $212,500, PMM $199,000. PMM's gap = 13,500/212,500 = 6.3529…% → pay
    // 10 − 6.3529…/2 = 6.82353 (= 10 − 3.17647). PM pays best → 10.
    // Fit enters unrounded: PMM 67.5 → 6.75, PM 36.0 → 3.6.
    // Weights pay 5, fit 5, scope 3, growth 3, team 2, location 1 → Σ 19.
    // PMM: 5×6.82353 + 5×6.75 + 3×8 + 3×7 + 2×8 + 1×7 = 34.11765 + 33.75 + 24 + 21 + 16 + 7
    //      = 135.86765 → ÷ 19 = 7.15093.
    // PM:  5×10 + 5×3.6 + 3×6 + 3×7 + 2×6 + 1×7 = 50 + 18 + 18 + 21 + 12 + 7 = 126 → ÷ 19 = 6.63158.
    const r = rankOffers(sample);
    expect(r.offers.map((o) => o.offerId)).toEqual(['pmm', 'pm']);
    const pmm = r.offers[0];
    const pm = r.offers[1];
    expect(pmm?.contributions[0]?.score).toBeCloseTo(6.8235, 4);
    expect(pmm?.contributions[1]?.score).toBe(6.75);
    expect(pm?.contributions[0]?.score).toBe(10);
    expect(pmm?.weightedScore).toBeCloseTo(7.1509, 4);
    expect(pm?.weightedScore).toBeCloseTo(6.6316, 4);
  });

  it('floors the pay score at 0 and leaves a missing fit or manual score out of the mean', () => {
    // C (role "other", team not scored): only pay counts → 10.
    // D: gap 50% → 10 − 25 < 0 → 0; fit 6, team 4 → (0 + 18 + 8)/10 = 2.6
    const r = rankOffers({
      factors: factors(5, 3, 2),
      scores: { team: { d: 4 } },
      offers: [offer('c', 200, null), offer('d', 100, 60)],
    });
    const c = r.offers.find((o) => o.offerId === 'c');
    expect(c?.weightedScore).toBe(10);
    expect(c?.missing).toEqual(['fit', 'team']);
    expect(c?.contributions.map((x) => x.score)).toEqual([10, null, null]);
    const d = r.offers.find((o) => o.offerId === 'd');
    expect(d?.contributions[0]?.score).toBe(0);
    expect(d?.weightedScore).toBeCloseTo(2.6, 12);
  });

  it('shares a rank between tied offers and puts unscored offers last', () => {
    const r = rankOffers({
      factors: [{ id: 'team', label: 'Team', kind: 'manual', weight: 4 }],
      scores: { team: { a: 7, b: 7 } },
      offers: [offer('z', 100, null), offer('a', 100, null), offer('b', 90, null)],
    });
    expect(r.offers.map((o) => [o.offerId, o.rank, o.weightedScore])).toEqual([
      ['a', 1, 7],
      ['b', 1, 7],
      ['z', 3, null],
    ]);
  });

  it('gives every offer a pay score of 0 when no offer pays anything', () => {
    const r = rankOffers({ factors: factors(1, 0, 0), scores: {}, offers: [offer('a', 0, null)] });
    expect(r.offers[0]?.weightedScore).toBe(0);
  });
});

describe('the rules text', () => {
  it('states the pay rule with the scale in force', () => {
    expect(payScoreRule(2)).toBe(
      'Pay score: the best-paid offer scores 10, and every other offer loses 1 point for each 2% its average annual pay is below the best, so an offer 20% or more below scores 0.',
    );
    expect(payScoreRule(1.5)).toContain('each 1.5% its average');
    expect(payScoreRule(1.5)).toContain('15% or more below scores 0');
    // At 10% per point even a 99% gap keeps a point, so there is no "scores 0" clause.
    expect(payScoreRule(10)).not.toContain('scores 0');
    expect(decisionRules(2)).toEqual([
      payScoreRule(2),
      DECISION_RULES.fit,
      DECISION_RULES.manual,
      DECISION_RULES.weighted,
    ]);
    expect(DECISION_RULES.fit).toContain('not rounded');
  });
});

describe('breakEven', () => {
  it('works the sample workbook by hand: the PM needs $9,351 more per year', () => {
    // PM already pays best, so it keeps a pay score of 10 and tops out at 126/19.
    // PMM's pay score must fall to s where (101.75 + 5s)/19 = 126/19 → s = 24.25/5 = 4.85
    // (101.75 = PMM's other factors: 33.75 + 24 + 21 + 16 + 7).
    // A pay score of 4.85 is a gap of (10 − 4.85) × 2 = 10.3%: the PM's average must reach
    // 199,000 ÷ (1 − 0.103) = 199,000 ÷ 0.897 = $221,850.61, i.e. 9,350.61 more → $9,351.
    expect(breakEven(sample)).toEqual({
      kind: 'amount',
      cents: usd(9_351),
      runnerUpId: 'pm',
      leaderId: 'pmm',
    });
  });

  it('gives a whole-dollar answer exactly, even when float noise sits on top of it', () => {
    // Weights pay 5, team 5. A pays $900,000, team 9; B pays $0 (gap 100% → pay 0), team 4.
    // A = (50 + 45)/10 = 9.5; B = (0 + 20)/10 = 2. Below $900K B tops out at (50+20)/10 = 7.
    // As the top payer B scores 7; A ties when its pay score s gives (5s + 45)/10 = 7 → s = 5,
    // a gap of (10 − 5) × 2 = 10%: 900,000 ÷ 0.9 = exactly $1,000,000 (the float solve may not be).
    const input: DecisionInput = {
      factors: [
        { id: 'pay', label: 'Pay', kind: 'pay', weight: 5 },
        { id: 'team', label: 'Team', kind: 'manual', weight: 5 },
      ],
      scores: { team: { a: 9, b: 4 } },
      offers: [offer('a', 900, null), offer('b', 0, null)],
    };
    expect(breakEven(input)).toEqual({
      kind: 'amount',
      cents: 1_000_000 * 100,
      runnerUpId: 'b',
      leaderId: 'a',
    });
  });

  it('solves while the runner-up stays below the top payer', () => {
    // A: $200K → pay 10, fit 7, team 5 → (50 + 21 + 10)/10 = 8.1
    // B: $180K → pay 5, fit 6, team 8 → (25 + 18 + 16)/10 = 5.9
    // B needs (5s + 18 + 16)/10 = 8.1 → s = 47/5 = 9.4 → gap (10 − 9.4) × 2 = 1.2%
    // → 200,000 × 0.988 = $197,600 ≤ $200K. Extra = 197,600 − 180,000 = $17,600.
    const input: DecisionInput = {
      factors: factors(5, 3, 2),
      scores: { team: { a: 5, b: 8 } },
      offers: [offer('a', 200, 70), offer('b', 180, 60)],
    };
    expect(breakEven(input)).toEqual({
      kind: 'amount',
      cents: usd(17_600),
      runnerUpId: 'b',
      leaderId: 'a',
    });
  });

  it('solves past the point where the runner-up becomes the highest payer', () => {
    // A 8.6 and B 5.8 as in the ranking test (A $200K fit 80 team 6; B $180K fit 50 team 9).
    // Below $200K B tops out at (50 + 15 + 18)/10 = 8.3 < 8.6, so B must out-pay A.
    // Then B scores 8.3 and A = (5s + 24 + 12)/10 = 8.3 → s = 9.4 → A's gap 1.2% below B:
    //   r = 200,000 ÷ 0.988 = $202,429.149… → extra $22,429.15 → $22,430.
    const input: DecisionInput = {
      factors: factors(5, 3, 2),
      scores: { team: { a: 6, b: 9 } },
      offers: [offer('a', 200, 80), offer('b', 180, 50)],
    };
    const result = breakEven(input);
    expect(result).toEqual({ kind: 'amount', cents: usd(22_430), runnerUpId: 'b', leaderId: 'a' });
    // Check by re-ranking: with the amount B draws level (ties count as level); a dollar less, it trails.
    const withPay = (cents: number) =>
      rankOffers({
        ...input,
        offers: [offer('a', 200, 80), { ...offer('b', 180, 50), avgAnnualPay: 180 * K + cents }],
      });
    const score = (r: ReturnType<typeof rankOffers>, id: string) =>
      r.offers.find((o) => o.offerId === id)?.weightedScore ?? Number.NaN;
    const at = withPay(usd(22_430));
    expect(score(at, 'b')).toBeGreaterThanOrEqual(score(at, 'a'));
    const below = withPay(usd(22_429));
    expect(score(below, 'b')).toBeLessThan(score(below, 'a'));
  });

  it('is unreachable when the gap on other factors is more than pay can close', () => {
    // Pay weight 2, fit weight 8. B already pays most ($120K vs $100K):
    // A: gap 16.67% → pay 10 − 8.33 = 1.67, fit 9 → (3.33 + 72)/10 = 7.53
    // B: pay 10, fit 4 → (20 + 32)/10 = 5.2. More pay cannot lift B above 5.2, and
    // A never drops below its fit part 72/10 = 7.2.
    const result = breakEven({
      factors: factors(2, 8, 0),
      scores: {},
      offers: [offer('a', 100, 90), offer('b', 120, 40)],
    });
    expect(result.kind).toBe('unreachable');
    expect(result.kind === 'unreachable' && result.reason).toContain('other factors');
  });

  it('is unreachable when the scale is so wide the leader’s pay score cannot fall far enough', () => {
    // As the exact-dollar case but P = 20: A's pay score would have to reach 5, which needs a
    // gap of (10 − 5) × 20 = 100% — only reached with infinite pay. B: gap 100% → 10 − 5 = 5;
    // B = (25 + 20)/10 = 4.5 < A = 9.5.
    const result = breakEven({
      factors: [
        { id: 'pay', label: 'Pay', kind: 'pay', weight: 5 },
        { id: 'team', label: 'Team', kind: 'manual', weight: 5 },
      ],
      scores: { team: { a: 9, b: 4 } },
      offers: [offer('a', 900, null), offer('b', 0, null)],
      payPointPct: 20,
    });
    expect(result.kind).toBe('unreachable');
  });

  it('is unreachable when a tie needs exactly a 100% gap (found by the property test)', () => {
    // P = 15, pay weight 3, team weight 5. A: $1,000 and team 5; B: $0 and team 1.
    // B can at best score (3 × 10 + 5 × 1)/8 = 4.375. A then needs a pay score of
    // (4.375 × 8 − 5 × 5)/3 = 3.33…, a gap of (10 − 3.33…) × 15 = 100% — only at infinite
    // pay for B. In floating point that gap is 0.9999999999999999, which once gave an "amount".
    const result = breakEven({
      factors: [
        { id: 'pay', label: 'Pay', kind: 'pay', weight: 3 },
        { id: 'team', label: 'Team', kind: 'manual', weight: 5 },
      ],
      scores: { team: { a: 5, b: 1 } },
      offers: [offer('a', 1, null), offer('b', 0, null)],
      payPointPct: 15,
    });
    expect(result.kind).toBe('unreachable');
  });

  it('is unreachable when pay has no weight', () => {
    const result = breakEven({
      factors: factors(0, 5, 0),
      scores: {},
      offers: [offer('a', 100, 90), offer('b', 200, 40)],
    });
    expect(result).toEqual({
      kind: 'unreachable',
      reason: 'Pay has no weight in the matrix, so no amount of extra pay changes the ranking.',
    });
  });

  it('reports a tie as already leading', () => {
    expect(
      breakEven({
        factors: factors(5, 5, 0),
        scores: {},
        offers: [offer('a', 100, 70), offer('b', 100, 70)],
      }),
    ).toEqual({ kind: 'already-leading' });
  });

  it('needs two scored offers', () => {
    expect(
      breakEven({ factors: factors(5, 5, 0), scores: {}, offers: [offer('a', 100, 70)] }).kind,
    ).toBe('unreachable');
  });

  it('asks for one dollar when nobody is paid and any pay would tip it', () => {
    // Both pay 0 → pay score 0. A: team 8 → (0 + 5×8)/10 = 4; B: team 6 → 3.
    // Any pay makes B the top payer: (50 + 30)/10 = 8 > 4 → the smallest amount, $1.
    const result = breakEven({
      factors: [
        { id: 'pay', label: 'Pay', kind: 'pay', weight: 5 },
        { id: 'team', label: 'Team', kind: 'manual', weight: 5 },
      ],
      scores: { team: { a: 8, b: 6 } },
      offers: [offer('a', 0, null), offer('b', 0, null)],
    });
    expect(result).toEqual({ kind: 'amount', cents: 100, runnerUpId: 'b', leaderId: 'a' });
  });
});

describe('leadCushion', () => {
  it('works the sample workbook by hand: the PMM could lose $8,387 a year and still lead', () => {
    // PMM leads while its pay score stays above 4.85 (see the break-even case), i.e. its gap
    // below the PM's $212,500 stays under 10.3%: pay > 212,500 × 0.897 = $190,612.50.
    // 199,000 − 190,612.50 = 8,387.50 → rounded down: $8,387 (a cut of $8,388 loses the lead).
    expect(leadCushion(sample)).toEqual({ kind: 'amount', cents: usd(8_387), leaderId: 'pmm' });
  });

  it('says the leader stays ahead with no pay at all when the other factors carry it', () => {
    // Pay 2, fit 8: A fit 90, B fit 40. A at $0 → pay 0, A = 72/10 = 7.2 > B = (20 + 32)/10 = 5.2.
    expect(
      leadCushion({
        factors: factors(2, 8, 0),
        scores: {},
        offers: [offer('a', 100, 90), offer('b', 120, 40)],
      }),
    ).toEqual({ kind: 'any', leaderId: 'a' });
  });

  it('watches every offer, not only the runner-up', () => {
    // Pay only (weight 1). A $200K → 10; B $190K → gap 5% → 7.5; C $195K → gap 2.5% → 8.75.
    // A leads until it pays no more than C: a cut of $4,999 keeps A ahead of C ($195,001 vs $195,000),
    // $5,000 ties. So $4,999.
    expect(
      leadCushion({
        factors: factors(1, 0, 0),
        scores: {},
        offers: [offer('a', 200, null), offer('b', 190, null), offer('c', 195, null)],
      }),
    ).toEqual({ kind: 'amount', cents: usd(4_999), leaderId: 'a' });
  });

  it('has no answer without a single leader', () => {
    expect(
      leadCushion({
        factors: factors(5, 5, 0),
        scores: {},
        offers: [offer('a', 100, 70), offer('b', 100, 70)],
      }),
    ).toEqual({ kind: 'none' });
  });
});

describe('decision matrix — properties', () => {
  const factorsArb = fc.record({
    pay: fc.integer({ min: 1, max: 10 }),
    fit: fc.integer({ min: 0, max: 10 }),
    team: fc.integer({ min: 0, max: 10 }),
    p: fc.constantFrom(0.5, 1, 2, 3.5, 10, 15),
  });
  const offerArb = fc.record({
    payK: fc.integer({ min: 0, max: 500 }),
    fit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    team: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  });
  const build = (
    f: { pay: number; fit: number; team: number; p: number },
    os: { payK: number; fit: number | null; team: number | undefined }[],
  ): DecisionInput => {
    const team: Record<string, number> = {};
    os.forEach((o, i) => {
      if (o.team !== undefined) team[`o${i}`] = o.team;
    });
    return {
      factors: factors(f.pay, f.fit, f.team),
      scores: { team },
      offers: os.map((o, i) => offer(`o${i}`, o.payK, o.fit)),
      payPointPct: f.p,
    };
  };

  it('keeps weighted scores in 0..10 and contributions adding up to them', () => {
    fc.assert(
      fc.property(factorsArb, fc.array(offerArb, { minLength: 1, maxLength: 5 }), (f, os) => {
        for (const o of rankOffers(build(f, os)).offers) {
          if (o.weightedScore === null) continue;
          expect(o.weightedScore).toBeGreaterThanOrEqual(0);
          expect(o.weightedScore).toBeLessThanOrEqual(10 + 1e-12);
          const sum = o.contributions.reduce((s, c) => s + c.contribution, 0);
          expect(sum).toBeCloseTo(o.weightedScore, 9);
        }
      }),
    );
  });

  it('break-even pay draws the runner-up level, and a dollar less does not', () => {
    fc.assert(
      fc.property(factorsArb, fc.array(offerArb, { minLength: 2, maxLength: 4 }), (f, os) => {
        const input = build(f, os);
        const result = breakEven(input);
        if (result.kind !== 'amount') return;
        const scoreWith = (cents: number, id: string) => {
          const raised = {
            ...input,
            offers: input.offers.map((o) =>
              o.offerId === result.runnerUpId ? { ...o, avgAnnualPay: o.avgAnnualPay + cents } : o,
            ),
          };
          return (
            rankOffers(raised).offers.find((o) => o.offerId === id)?.weightedScore ?? Number.NaN
          );
        };
        expect(scoreWith(result.cents, result.runnerUpId)).toBeGreaterThanOrEqual(
          scoreWith(result.cents, result.leaderId) - 1e-9,
        );
        if (result.cents > 100) {
          expect(scoreWith(result.cents - 100, result.runnerUpId)).toBeLessThan(
            scoreWith(result.cents - 100, result.leaderId),
          );
        }
      }),
    );
  });

  it('the lead cushion keeps the leader ahead, and a dollar more loses it', () => {
    fc.assert(
      fc.property(factorsArb, fc.array(offerArb, { minLength: 2, maxLength: 4 }), (f, os) => {
        const input = build(f, os);
        const result = leadCushion(input);
        if (result.kind !== 'amount') return;
        const leadsAfter = (cents: number) => {
          const cut = {
            ...input,
            offers: input.offers.map((o) =>
              o.offerId === result.leaderId
                ? { ...o, avgAnnualPay: Math.max(0, o.avgAnnualPay - cents) }
                : o,
            ),
          };
          const [top, next] = rankOffers(cut).offers;
          return (
            top?.offerId === result.leaderId &&
            (next?.weightedScore ?? -1) < (top.weightedScore ?? 0) - 1e-9
          );
        };
        expect(leadsAfter(result.cents)).toBe(true);
        expect(leadsAfter(result.cents + 100)).toBe(false);
      }),
    );
  });
});
