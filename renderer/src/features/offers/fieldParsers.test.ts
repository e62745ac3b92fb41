import { describe, expect, it } from 'vitest';
import { formatMoneyDraft, moneyReading, parseMoneyField } from './fieldParsers';

// The fields read in the runtime's default locale, as the app does in its display locale; the
// test runner's is en-US (checked first, so a different machine locale fails loudly, not oddly).
describe('money fields read in the offer’s currency', () => {
  it('runs under en-US', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('en-US');
  });

  it('stores yen as yen and won as won', () => {
    // ¥12,000,000: yen have no minor unit, so 12,000,000 minor units (not 1,200,000,000).
    expect(parseMoneyField('baseSalary', 'JPY')('12,000,000')).toEqual({
      ok: true,
      value: 12_000_000,
    });
    expect(parseMoneyField('baseSalary', 'KRW')('₩150,000,000')).toEqual({
      ok: true,
      value: 150_000_000,
    });
    // Dollars are unchanged: $142,000 = 14,200,000 cents.
    expect(parseMoneyField('baseSalary', 'USD')('$142,000')).toEqual({
      ok: true,
      value: 14_200_000,
    });
  });

  it('drafts what it reads back, and says how a shorthand was read', () => {
    expect(formatMoneyDraft('JPY')(12_000_000)).toBe('12,000,000');
    expect(formatMoneyDraft('USD')(14_200_050)).toBe('142,000.50');
    expect(moneyReading('USD')(14_200_000, '142k')).toBe('= $142,000');
    // Typed already as the field would show it: nothing to point out.
    expect(moneyReading('USD')(14_200_000, '142,000')).toBeNull();
  });
});
