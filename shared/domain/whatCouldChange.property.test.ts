/**
 * Property tests for the growth searches of "what could change the answer":
 * whatever growth they report really ties the two 4-year totals to within a
 * dollar, and when they report none, the end of the searched range does not
 * close the gap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompOffer, summarizeOffer } from './comp';
import {
  commonGrowthFlip,
  GROWTH_SEARCH_MAX_PCT,
  leaderGrowthToTie,
  trailingGrowthToTie,
} from './whatCouldChange';

const percent = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const offerArb: fc.Arbitrary<CompOffer> = fc.record({
  baseSalary: fc.integer({ min: 1, max: 1_000_000_00 }),
  rsuGrantValue: fc.integer({ min: 0, max: 2_000_000_00 }),
  vesting: fc.constantFrom(
    { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] },
    { preset: 'even-cliff' as const, yearPct: [25, 25, 25, 25] },
    { preset: 'custom' as const, yearPct: [0, 50, 50] },
  ),
  signOnYear1: fc.integer({ min: 0, max: 200_000_00 }),
  signOnYear2: fc.integer({ min: 0, max: 200_000_00 }),
  signOnPaidMonthly: fc.boolean(),
  bonusTargetPct: percent(0, 30),
  stockGrowthPct: percent(-30, 30),
  raisePct: percent(0, 10),
});

const total = (o: CompOffer, g?: number) =>
  summarizeOffer(o, g === undefined ? {} : { stockGrowthPct: g }).fourYearTotal;

/** Orders a pair so the first has the higher 4-year total at its own growth. */
const ranked = (a: CompOffer, b: CompOffer): [CompOffer, CompOffer] =>
  total(a) >= total(b) ? [a, b] : [b, a];

const DOLLAR = 100;

describe('growth searches', () => {
  it('the trailing offer’s reported growth ties the totals within a dollar', () => {
    fc.assert(
      fc.property(offerArb, offerArb, (x, y) => {
        const [lead, trail] = ranked(x, y);
        fc.pre(total(lead) > total(trail));
        const g = trailingGrowthToTie(lead, trail);
        if (g === null) {
          expect(total(trail, GROWTH_SEARCH_MAX_PCT)).toBeLessThan(total(lead));
        } else {
          expect(Math.abs(total(trail, g) - total(lead))).toBeLessThanOrEqual(DOLLAR);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the leader’s reported fall ties the totals within a dollar', () => {
    fc.assert(
      fc.property(offerArb, offerArb, (x, y) => {
        const [lead, trail] = ranked(x, y);
        fc.pre(total(lead) > total(trail));
        const g = leaderGrowthToTie(lead, trail);
        if (g !== null) {
          expect(Math.abs(total(lead, g) - total(trail))).toBeLessThanOrEqual(DOLLAR);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a reported common growth ties the totals within a dollar', () => {
    fc.assert(
      fc.property(offerArb, offerArb, (x, y) => {
        const [lead, other] = ranked(x, y);
        const flip = commonGrowthFlip(lead, other, 0);
        for (const g of [flip.up, flip.down]) {
          if (g === null) continue;
          expect(Math.abs(total(lead, g) - total(other, g))).toBeLessThanOrEqual(DOLLAR);
        }
      }),
      { numRuns: 200 },
    );
  });
});
