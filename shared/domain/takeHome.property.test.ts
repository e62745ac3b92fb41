/**
 * Property tests for the take-home estimate over any wages, household and US
 * region the app allows: the parts add up to the total, take-home is wages −
 * total, never negative, and more pay never leaves less: the highest marginal
 * rates together stay under 100% in these runs — federal 37 + Social Security
 * 6.2 + Medicare 1.45 + Additional 0.9 + state at most 45 + city at most 5
 * = 95.55%.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILING_STATUSES } from '../schemas/tax';
import { estimateTakeHome, type Household, type TaxBasis } from './takeHome';
import { BUNDLED_TAX_TABLES, US_TAX_REGIONS } from './tax';

const householdArb: fc.Arbitrary<Household> = fc.record({
  filingStatus: fc.constantFrom(...FILING_STATUSES),
  otherIncome: fc.integer({ min: 0, max: 1_000_000_00 }),
});

const basisArb: fc.Arbitrary<TaxBasis> = fc.record({
  kind: fc.constant('us' as const),
  regionId: fc.constantFrom(...US_TAX_REGIONS.map((r) => r.id)),
  userStateRatePct: fc.double({ min: 0, max: 45, noNaN: true }),
  userCityRatePct: fc.double({ min: 0, max: 5, noNaN: true }),
});

const wagesArb = fc.integer({ min: 0, max: 5_000_000_00 });

describe('take-home invariants', () => {
  it('parts add up, take-home = wages − total, and is never negative', () => {
    fc.assert(
      fc.property(wagesArb, householdArb, basisArb, (wages, household, basis) => {
        const e = estimateTakeHome(wages, household, basis, BUNDLED_TAX_TABLES);
        const parts =
          e.federal + e.socialSecurity + e.medicare + e.additionalMedicare + e.state + e.city;
        expect(e.total).toBe(parts);
        expect(e.takeHome).toBe(wages - parts);
        expect(e.takeHome ?? -1).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('$100 more pay never leaves less take-home', () => {
    fc.assert(
      fc.property(wagesArb, householdArb, basisArb, (wages, household, basis) => {
        const now = estimateTakeHome(wages, household, basis, BUNDLED_TAX_TABLES);
        const more = estimateTakeHome(wages + 100_00, household, basis, BUNDLED_TAX_TABLES);
        expect(more.takeHome ?? 0).toBeGreaterThan(now.takeHome ?? 0);
      }),
    );
  });
});
