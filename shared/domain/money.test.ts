import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '../schemas/primitives';
import {
  currencyMinorDigits,
  formatMoney,
  formatMoneyDraft,
  formatSignedMoney,
  formatSignedWholeMoney,
  MONEY_MESSAGES,
  parseMoneyInput,
  roundHalfAwayFromZero,
  splitCents,
  withTrueMinus,
} from './money';

describe('roundHalfAwayFromZero', () => {
  it('sends halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3); // Math.round(-2.5) would give -2
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(2.4)).toBe(2);
    expect(roundHalfAwayFromZero(-2.6)).toBe(-3);
    expect(roundHalfAwayFromZero(7)).toBe(7);
  });

  it('treats a decimal half that binary floating point lands just under as a half', () => {
    // 1.005 × 100 evaluates to 100.49999999999999; the amount meant is 100.5 → 101.
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundHalfAwayFromZero(1.005 * 100)).toBe(101);
  });

  it('does not return negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });

  it('refuses NaN and infinities', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('splitCents', () => {
  it('gives the leftover cents to the first instalments', () => {
    // 14,200,000 / 12 = 1,183,333.33…; 12 × 1,183,333 = 14,199,996 → 4 cents left over.
    const parts = splitCents(14_200_000, 12);
    expect(parts.slice(0, 4)).toEqual([1_183_334, 1_183_334, 1_183_334, 1_183_334]);
    expect(parts.slice(4)).toEqual(Array(8).fill(1_183_333));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(14_200_000);
  });

  it('splits small and zero amounts', () => {
    expect(splitCents(11, 12)).toEqual([...Array(11).fill(1), 0]);
    expect(splitCents(0, 3)).toEqual([0, 0, 0]);
  });

  it('refuses fractions, negatives and zero parts', () => {
    expect(() => splitCents(1.5, 12)).toThrow(RangeError);
    expect(() => splitCents(-1, 12)).toThrow(RangeError);
    expect(() => splitCents(10, 0)).toThrow(RangeError);
  });
});

describe('parseMoneyInput', () => {
  it.each([
    ['$142,000', 14_200_000],
    ['142000', 14_200_000],
    ['142k', 14_200_000],
    ['142.5K', 14_250_000], // 142.5 × 1,000 = 142,500 dollars
    ['1.2m', 120_000_000], // 1.2 × 1,000,000 = 1,200,000 dollars
    ['1.2M', 120_000_000],
    [' 142,000.50 ', 14_200_050],
    ['142 k', 14_200_000],
    ['1,234,567.89', 123_456_789],
    ['0', 0],
    ['.75', 75],
    ['142.', 14_200],
    ['142.500', 14_250], // trailing zeros below the cent change nothing
    ['1.2345k', 123_450], // 1,234.50 dollars
    ['€99', 9_900],
    ['100,000,000', MAX_CENTS], // exactly $100M is allowed
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', MONEY_MESSAGES.empty],
    ['   ', MONEY_MESSAGES.empty],
    ['abc', MONEY_MESSAGES.notANumber],
    ['12abc', MONEY_MESSAGES.notANumber],
    ['1.2.3', MONEY_MESSAGES.notANumber],
    ['1e5', MONEY_MESSAGES.notANumber],
    ['$', MONEY_MESSAGES.notANumber],
    ['-5', MONEY_MESSAGES.negative],
    ['$-5', MONEY_MESSAGES.negative],
    ['−142k', MONEY_MESSAGES.negative], // Unicode minus sign
    ['(500)', MONEY_MESSAGES.negative],
    ['100,000,000.01', MONEY_MESSAGES.tooLarge],
    ['101m', MONEY_MESSAGES.tooLarge],
    ['999999999999999999999', MONEY_MESSAGES.tooLarge],
    ['142.505', MONEY_MESSAGES.tooPrecise],
    ['1.234567k', MONEY_MESSAGES.tooPrecise], // 1,234.567 dollars: a tenth of a cent
    ['1,42,000', MONEY_MESSAGES.commas],
    ['142,5', MONEY_MESSAGES.commas],
  ])('refuses %j', (text, message) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, message });
  });

  it('says negatives cannot be entered in the words the form shows', () => {
    expect(parseMoneyInput('-1')).toEqual({ ok: false, message: 'Amounts cannot be negative.' });
  });

  it('reads back any amount it formats (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(parseMoneyInput(formatMoney(cents, 'USD', 'en-US'))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe('formatMoney', () => {
  it('drops the decimals of a whole amount and keeps them otherwise', () => {
    expect(formatMoney(14_200_000, 'USD', 'en-US')).toBe('$142,000');
    expect(formatMoney(14_200_050, 'USD', 'en-US')).toBe('$142,000.50');
    expect(formatMoney(5, 'USD', 'en-US')).toBe('$0.05');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
  });

  it('follows the locale and the currency’s own minor unit', () => {
    // 123,450 euro cents = 1,234.50 euros, German grouping and a no-break space before €.
    expect(formatMoney(123_450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    // The yen has no minor unit, so 1,234 minor units are ¥1,234.
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(formatMoney(1_234, 'JPY', 'en-US')).toBe('¥1,234');
  });

  it('gives the same text every time it is asked, per locale and currency (results are remembered)', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatMoney(14_200_000, 'USD', 'en-US')).toBe('$142,000');
      expect(formatMoney(14_200_000, 'EUR', 'de-DE')).toBe('142.000\u00a0€');
      expect(formatMoney(14_200_000, 'USD', 'de-DE')).toBe('142.000\u00a0$');
      expect(formatMoneyDraft(14_200_000, { currency: 'USD', locale: 'en-US' })).toBe('142,000');
    }
    // Minus zero stays as Intl writes it, whichever of 0 and −0 came first.
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
    expect(formatMoney(-0, 'USD', 'en-US')).toBe('-$0');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
  });
});

describe('formatSignedMoney', () => {
  it('shows the sign of a difference to the cent, with a true minus sign', () => {
    // −1,475,000 cents = −$14,750 a year behind; whole, so no cents shown.
    expect(formatSignedMoney(-1_475_000, 'USD')).toBe('−$14,750');
    // 2,985,175 cents = $29,851.75 ahead.
    expect(formatSignedMoney(2_985_175, 'USD')).toBe('+$29,851.75');
    // −40 cents is kept, not rounded: −$0.40.
    expect(formatSignedMoney(-40, 'USD')).toBe('−$0.40');
    expect(formatSignedMoney(0, 'USD')).toBe('$0');
    // de-DE puts the sign before the number and the euro sign after it.
    expect(formatSignedMoney(-5_900_000, 'EUR', 'de-DE')).toBe('−59.000\u00a0€');
  });
});

describe('withTrueMinus', () => {
  it('writes the sign Intl wrote as a hyphen-minus as a true minus sign, once', () => {
    expect(withTrueMinus('-$60K')).toBe('−$60K');
    expect(withTrueMinus('-7.08%')).toBe('−7.08%');
    expect(withTrueMinus('+7.08%')).toBe('+7.08%');
    expect(withTrueMinus('$0')).toBe('$0');
  });
});

describe('formatSignedWholeMoney', () => {
  it('rounds to whole units first, then shows the sign', () => {
    // 100,050 cents = $1,000.50 → half away from zero → $1,001, ahead.
    expect(formatSignedWholeMoney(100_050, 'USD')).toBe('+$1,001');
    // −5,400,000 cents = −$54,000, behind, with a true minus sign (U+2212).
    expect(formatSignedWholeMoney(-5_400_000, 'USD')).toBe('−$54,000');
    // −40 cents rounds to $0: level, never "−$0".
    expect(formatSignedWholeMoney(-40, 'USD')).toBe('$0');
    expect(formatSignedWholeMoney(0, 'USD')).toBe('$0');
    // The yen has no minor unit: 1,234 is ¥1,234 as it stands.
    expect(formatSignedWholeMoney(1_234, 'JPY')).toBe('+¥1,234');
  });
});
