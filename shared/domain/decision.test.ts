import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionFactor } from '../schemas/records';
import {
  breakEven,
  DECISION_RULES,
  type DecisionInput,
  type DecisionOfferInput,
  PAY_SCORE_RULE,
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

describe('rankOffers', () => {
  it('normalises pay against the best-paid offer, fit by /10, and weights the mean', () => {
    // max pay $200K.
    // A: pay 10×200/200 = 10, fit 80/10 = 8, team 6 → (5×10 + 3×8 + 2×6)/10 = 86/10 = 8.6
    // B: pay 10×160/200 = 8,  fit 50/10 = 5, team 9 → (5×8 + 3×5 + 2×9)/10 = 73/10 = 7.3
    const r = rankOffers({
      factors: factors(5, 3, 2),
      scores: { team: { a: 6, b: 9 } },
      offers: [offer('b', 160, 50), offer('a', 200, 80)],
    });
    expect(r.maxPay).toBe(200 * K);
    expect(r.offers.map((o) => [o.offerId, o.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(r.offers[0]?.weightedScore).toBeCloseTo(8.6, 12);
    expect(r.offers[1]?.weightedScore).toBeCloseTo(7.3, 12);
    // A's contributions: 5×10/10 = 5, 3×8/10 = 2.4, 2×6/10 = 1.2.
    const a = r.offers[0]?.contributions.map((c) => [c.factorId, c.score, c.contribution]);
    expect(a?.[0]).toEqual(['pay', 10, 5]);
    expect(a?.[1]?.[1]).toBe(8);
    expect(a?.[1]?.[2]).toBeCloseTo(2.4, 12);
    expect(a?.[2]?.[2]).toBeCloseTo(1.2, 12);
  });

  it('leaves a missing fit or manual score out of that offer’s mean', () => {
    // C (role "other", team not scored): only pay counts → 10×200/200 = 10.
    // D: pay 10×100/200 = 5, fit 6, team 4 → (25 + 18 + 8)/10 = 5.1
    const r = rankOffers({
      factors: factors(5, 3, 2),
      scores: { team: { d: 4 } },
      offers: [offer('c', 200, null), offer('d', 100, 60)],
    });
    const c = r.offers.find((o) => o.offerId === 'c');
    expect(c?.weightedScore).toBe(10);
    expect(c?.missing).toEqual(['fit', 'team']);
    expect(c?.contributions.map((x) => x.score)).toEqual([10, null, null]);
    expect(r.offers.find((o) => o.offerId === 'd')?.weightedScore).toBeCloseTo(5.1, 12);
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

  it('exports the rules it applies', () => {
    expect(PAY_SCORE_RULE).toBe(DECISION_RULES.pay);
    expect(DECISION_RULES.pay).toContain('highest average annual pay');
  });
});

describe('breakEven', () => {
  it('gives a whole-dollar answer exactly, even when float noise sits on top of it', () => {
    // Weights pay 3, fit 1, team 6 (sum 10). A pays $6,000, fit 27, team 6; B pays $0, fit 88, team 0.
    // A = (3·10 + 1·2.7 + 6·6) / 10 = 6.87; B = (0 + 8.8 + 0) / 10 = 0.88.
    // B must become the top payer (pay score 10): B = (30 + 8.8) / 10 = 3.88, and A's pay score
    // falls to 10·6,000/x, so A = (30·6,000/x + 2.7 + 36) / 10 = 3.88 ⇔ 180,000/x = 0.1 ⇔ x = $1,800,000.
    // The float solve lands at 180,000,000.00001 cents; the answer is still exactly $1,800,000.
    const input: DecisionInput = {
      factors: factors(3, 1, 6),
      scores: { team: { a: 6, b: 0 } },
      offers: [offer('a', 6, 27), offer('b', 0, 88)],
    };
    expect(breakEven(input)).toEqual({
      kind: 'amount',
      cents: 1_800_000 * 100,
      runnerUpId: 'b',
      leaderId: 'a',
    });
  });

  it('solves while the runner-up stays below the top payer', () => {
    // A: pay 10, fit 7, team 5 → (50 + 21 + 10)/10 = 8.1
    // B: pay 10×150/200 = 7.5, fit 6, team 8 → (37.5 + 18 + 16)/10 = 7.15
    // B needs (5×10r/200K + 18 + 16)/10 = 8.1 → 50r/200K = 47 → r = $188,000 ≤ $200K.
    // Extra = $188,000 − $150,000 = $38,000.
    const input: DecisionInput = {
      factors: factors(5, 3, 2),
      scores: { team: { a: 5, b: 8 } },
      offers: [offer('a', 200, 70), offer('b', 150, 60)],
    };
    expect(breakEven(input)).toEqual({
      kind: 'amount',
      cents: usd(38_000),
      runnerUpId: 'b',
      leaderId: 'a',
    });
  });

  it('solves past the point where the runner-up becomes the highest payer', () => {
    // A 8.6 and B 7.3 as in the ranking test (A $200K fit 80 team 6; B $160K fit 50 team 9).
    // Below $200K B tops out at (50 + 15 + 18)/10 = 8.3 < 8.6, so B must out-pay A.
    // Then B scores 8.3 and A = (24 + 12 + 5×10×200K/r)/10; equal when
    //   36 + 10,000K/r = 83 → r = 10,000K/47 = $212,765.957… → extra $52,765.96 → $52,766.
    const input: DecisionInput = {
      factors: factors(5, 3, 2),
      scores: { team: { a: 6, b: 9 } },
      offers: [offer('a', 200, 80), offer('b', 160, 50)],
    };
    const result = breakEven(input);
    expect(result).toEqual({ kind: 'amount', cents: usd(52_766), runnerUpId: 'b', leaderId: 'a' });
    // Check by re-ranking: with the amount B draws level (ties count as level); a dollar less, it trails.
    const withPay = (cents: number) =>
      rankOffers({
        ...input,
        offers: [offer('a', 200, 80), { ...offer('b', 160, 50), avgAnnualPay: 160 * K + cents }],
      });
    const score = (r: ReturnType<typeof rankOffers>, id: string) =>
      r.offers.find((o) => o.offerId === id)?.weightedScore ?? Number.NaN;
    const at = withPay(usd(52_766));
    expect(score(at, 'b')).toBeGreaterThanOrEqual(score(at, 'a'));
    const below = withPay(usd(52_765));
    expect(score(below, 'b')).toBeLessThan(score(below, 'a'));
  });

  it('is unreachable when the gap on other factors is more than pay can close', () => {
    // Pay weight 2, fit weight 8. B already pays most ($120K vs $100K):
    // A: pay 10×100/120 = 8.33…, fit 9 → (16.67 + 72)/10 = 8.87
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

describe('decision matrix — properties', () => {
  const factorsArb = fc.record({
    pay: fc.integer({ min: 1, max: 10 }),
    fit: fc.integer({ min: 0, max: 10 }),
    team: fc.integer({ min: 0, max: 10 }),
  });
  const offerArb = fc.record({
    payK: fc.integer({ min: 0, max: 500 }),
    fit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    team: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  });
  const build = (
    f: { pay: number; fit: number; team: number },
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
});
