import { describe, expect, it } from 'vitest';
import {
  formatMoneyDraft,
  moneyReading,
  parseColIndexField,
  parseColNote,
  parseFxRate,
  parseMoneyField,
  parseRefresherValue,
  parseUserTaxRate,
} from './fieldParsers';

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

describe('tax and cost-of-living cells', () => {
  it('reads the user’s rate, empty as none, and refuses one above 60% with a sentence', () => {
    expect(parseUserTaxRate(' 9.3 ')).toEqual({ ok: true, value: 9.3 });
    expect(parseUserTaxRate('')).toEqual({ ok: true, value: null });
    expect(parseUserTaxRate('61')).toEqual({
      ok: false,
      message: 'Enter a tax rate from 0 to 60%; no income tax on wages goes higher.',
    });
  });

  it('reads an index, empty as none, and refuses one out of range with a sentence', () => {
    expect(parseColIndexField('112.5')).toEqual({ ok: true, value: 112.5 });
    expect(parseColIndexField(' ')).toEqual({ ok: true, value: null });
    expect(parseColIndexField('5')).toEqual({
      ok: false,
      message: "Enter an index from 10 to 1000; 100 is the baseline's location.",
    });
    expect(parseColNote('x'.repeat(201))).toEqual({
      ok: false,
      message: 'Keep it under 200 characters.',
    });
  });
});

describe('parseFxRate', () => {
  it('reads a rate, and empty as no rate', () => {
    expect(parseFxRate('1.08')).toEqual({ ok: true, value: 1.08 });
    expect(parseFxRate(' 0.5 ')).toEqual({ ok: true, value: 0.5 });
    expect(parseFxRate('')).toEqual({ ok: true, value: null });
    expect(parseFxRate('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses text, zero and below with one sentence', () => {
    const message = 'Enter a rate above 0, such as 1.08.';
    expect(parseFxRate('abc')).toEqual({ ok: false, message });
    expect(parseFxRate('0')).toEqual({ ok: false, message });
    expect(parseFxRate('-2')).toEqual({ ok: false, message });
  });

  it('keeps to the schema’s bounds: 0.000001 to 1,000,000', () => {
    expect(parseFxRate('1000000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseFxRate('1000000.5')).toEqual({
      ok: false,
      message: 'Enter a rate of at most 1,000,000 — check for extra digits.',
    });
    // 10^308 once crashed Offers and Summary (#18 item 4).
    expect(parseFxRate(`1${'0'.repeat(308)}`)).toEqual({
      ok: false,
      message: 'Enter a rate of at most 1,000,000 — check for extra digits.',
    });
    expect(parseFxRate('0.0000001')).toEqual({
      ok: false,
      message: 'Enter a rate of at least 0.000001.',
    });
  });
});

describe('the refresher’s yearly value reads like any other money cell', () => {
  it('reads shorthand and symbols into minor units of the offer’s currency', () => {
    // "40k" = $40,000 = 4,000,000 cents; ¥5,000,000 stays 5,000,000 yen.
    expect(parseRefresherValue('USD')('40k')).toEqual({ ok: true, value: 4_000_000 });
    expect(parseRefresherValue('JPY')('¥5,000,000')).toEqual({ ok: true, value: 5_000_000 });
  });

  it('refuses a negative amount with the schema’s own sentence', () => {
    expect(parseRefresherValue('USD')('-5,000')).toEqual({
      ok: false,
      message: 'Amounts cannot be negative.',
    });
  });
});
