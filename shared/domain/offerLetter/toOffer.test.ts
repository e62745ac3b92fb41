import { describe, expect, it } from 'vitest';
import { extractOfferLetter } from './extract';
import { grantFromUnits, letterToOfferPatch } from './toOffer';

const LETTER = [
  'We are pleased to offer you the position of Product Manager at Acme.',
  'Base salary: $150,000 per year',
  'Sign-on bonus: $30,000 in year 1 and $20,000 in year 2, paid monthly',
  'You will be granted 400 RSUs vesting over four years with a one-year cliff.',
  'Your start date will be March 1, 2027. Please accept by February 1, 2027.',
].join('\n');

describe('letterToOfferPatch', () => {
  const x = extractOfferLetter(LETTER);

  it('sets only the accepted fields, each number sourced to the offer letter', () => {
    const patch = letterToOfferPatch(x, new Set(['baseSalary', 'signOnYear1', 'title']), null);
    expect(patch).toEqual({
      name: 'Product Manager',
      baseSalary: 15_000_000,
      signOnYear1: 3_000_000,
      sources: { baseSalary: 'offer-letter', signOnYear1: 'offer-letter' },
    });
  });

  it('uses the grant worked out from a typed share price, keeps existing sources and notes', () => {
    // 400 units × $185.50 = $74,200 → 7,420,000 cents
    const grant = grantFromUnits(400, 18_550);
    expect(grant).toBe(7_420_000);
    const patch = letterToOfferPatch(
      x,
      new Set(['rsuGrantValue', 'startDate', 'vesting', 'deadline']),
      { sources: { raisePct: 'estimate' }, scopeNotes: 'Owns pricing.' },
      grant,
    );
    expect(patch.rsuGrantValue).toBe(7_420_000);
    expect(patch.sources).toEqual({ raisePct: 'estimate', rsuGrantValue: 'offer-letter' });
    expect(patch.scopeNotes).toBe('Owns pricing.\nStart date (from the offer letter): 2027-03-01.');
    expect(patch.vesting).toEqual({ preset: 'even-cliff', yearPct: [25, 25, 25, 25] });
    expect(patch.deadline).toBe('2027-02-01');
  });

  it('rounds a grant from units half away from zero', () => {
    // 3 units × 0.5 cent = 1.5 cents → 2
    expect(grantFromUnits(3, 0.5)).toBe(2);
  });
});
