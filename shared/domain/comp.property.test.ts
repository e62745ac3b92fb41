/**
 * Property tests for the compensation engine: invariants that must hold for
 * any offer the schema allows (and some it does not, such as growth below
 * −100%).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOfLeaving, cumulativePay, monthlyCashFlow } from './cashflow';
import { type CompOffer, projectCompensation } from './comp';

const percent = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const offerArb: fc.Arbitrary<CompOffer> = fc.record({
  baseSalary: fc.integer({ min: 0, max: 5_000_000_00 }),
  rsuGrantValue: fc.integer({ min: 0, max: 100_000_000_00 }),
  vesting: fc.record({
    preset: fc.constantFrom('amazon' as const, 'even-cliff' as const, 'custom' as const),
    yearPct: fc.array(percent(0, 100), { minLength: 1, maxLength: 10 }),
  }),
  signOnYear1: fc.integer({ min: 0, max: 10_000_000_00 }),
  signOnYear2: fc.integer({ min: 0, max: 10_000_000_00 }),
  signOnPaidMonthly: fc.boolean(),
  bonusTargetPct: percent(0, 200),
  stockGrowthPct: percent(-150, 100),
  raisePct: percent(-50, 100),
  clawback: fc.constantFrom('none' as const, 'prorated' as const, 'full' as const),
});

const cells = ['base', 'bonus', 'signOn', 'equity'] as const;

describe('compensation engine properties', () => {
  it('every yearly and monthly total is the sum of its whole-cent cells', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 1, max: 10 }), (offer, years) => {
        const rows = [...projectCompensation(offer, { years }), ...monthlyCashFlow(offer)];
        for (const row of rows) {
          for (const key of cells) expect(Number.isInteger(row[key])).toBe(true);
          expect(row.total).toBe(row.base + row.bonus + row.signOn + row.equity);
        }
      }),
    );
  });

  it('equity and the cost of leaving are never negative', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 0, max: 60 }), (offer, month) => {
        for (const row of projectCompensation(offer)) expect(row.equity).toBeGreaterThanOrEqual(0);
        for (const row of monthlyCashFlow(offer)) expect(row.equity).toBeGreaterThanOrEqual(0);
        const cost = costOfLeaving(offer, month);
        expect(cost.unvestedEquityForfeited).toBeGreaterThanOrEqual(0);
        expect(cost.signOnToRepay).toBeGreaterThanOrEqual(0);
        expect(cost.total).toBe(cost.unvestedEquityForfeited + cost.signOnToRepay);
      }),
    );
  });

  it('cumulative pay never goes down', () => {
    fc.assert(
      fc.property(offerArb, (offer) => {
        const points = cumulativePay(offer);
        expect(points).toHaveLength(48);
        for (let i = 1; i < points.length; i++) {
          expect(points[i]?.cumulative).toBeGreaterThanOrEqual(points[i - 1]?.cumulative ?? 0);
        }
      }),
    );
  });

  it('at 0% growth each year of months adds up to the yearly row, cell by cell', () => {
    fc.assert(
      fc.property(offerArb, (offer) => {
        const yearly = projectCompensation(offer, { stockGrowthPct: 0 });
        const monthly = monthlyCashFlow(offer, { stockGrowthPct: 0 });
        for (const row of yearly) {
          const months = monthly.slice((row.year - 1) * 12, row.year * 12);
          for (const key of [...cells, 'total'] as const) {
            expect(months.reduce((sum, m) => sum + m[key], 0)).toBe(row[key]);
          }
        }
      }),
    );
  });

  it('sign-on to repay never exceeds the sign-on received so far', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 0, max: 48 }), (offer, month) => {
        const received = monthlyCashFlow(offer)
          .slice(0, month)
          .reduce((sum, m) => sum + m.signOn, 0);
        expect(costOfLeaving(offer, month).signOnToRepay).toBeLessThanOrEqual(received);
      }),
    );
  });
});
