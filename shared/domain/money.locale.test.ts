/**
 * The money boundary in every currency and locale: property tests that what
 * is shown is read back to the same minor units, and a hand-worked table of
 * awkward inputs per locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyMinorDigits,
  describeReading,
  formatMoney,
  formatMoneyDraft,
  MONEY_MESSAGES,
  maxMinorUnits,
  parseMoneyInput,
  roundToWholeUnits,
  tooLargeMessage,
} from './money';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'hi-IN', 'ja-JP', 'ko-KR', 'ar-EG'];
// 0 minor digits (JPY, KRW), 2 (USD, EUR, INR, CHF), 3 (BHD, KWD, JOD, OMR, TND).
const CURRENCIES = ['JPY', 'KRW', 'USD', 'EUR', 'INR', 'CHF', 'BHD', 'KWD', 'JOD', 'OMR', 'TND'];

describe('currencyMinorDigits', () => {
  it('takes each currency’s digits from Intl', () => {
    expect(['JPY', 'KRW'].map(currencyMinorDigits)).toEqual([0, 0]);
    expect(['USD', 'EUR'].map(currencyMinorDigits)).toEqual([2, 2]);
    expect(['BHD', 'KWD', 'JOD', 'OMR', 'TND'].map(currencyMinorDigits)).toEqual([3, 3, 3, 3, 3]);
  });
});

describe('maxMinorUnits', () => {
  it('puts the limit near $100 million in every currency, in its own minor units', () => {
    // USD: 100,000,000 dollars × 100 cents = 10^10, the old MAX_CENTS.
    expect(maxMinorUnits('USD')).toBe(10_000_000_000);
    // JPY: about 150 yen to the dollar → 10^2 more units, no minor digits: 10^(8+2) yen.
    expect(maxMinorUnits('JPY')).toBe(10_000_000_000);
    // KRW: about 1,400 won to the dollar → 10^3 more units, no minor digits: 10^(8+3) won.
    expect(maxMinorUnits('KRW')).toBe(100_000_000_000);
    // KWD: about a dollar's order, 3 minor digits: 10^(8+3) fils = KWD 100 million.
    expect(maxMinorUnits('KWD')).toBe(100_000_000_000);
  });

  it('names the currency when an amount is over it', () => {
    expect(tooLargeMessage({ currency: 'KRW' })).toBe(
      'That is over ₩100 billion — check for extra digits.',
    );
    expect(tooLargeMessage({ currency: 'JPY' })).toBe(
      'That is over ¥10 billion — check for extra digits.',
    );
    expect(tooLargeMessage({ currency: 'USD' })).toBe(MONEY_MESSAGES.tooLarge);
  });
});

describe('parse(format(x)) === x', () => {
  const amounts = (currency: string) => fc.integer({ min: 0, max: maxMinorUnits(currency) });
  for (const locale of LOCALES) {
    it(`reads back every shown and drafted amount in ${locale} (property)`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...CURRENCIES), fc.nat(), (currency, seed) => {
          const minor = seed % (maxMinorUnits(currency) + 1);
          const ctx = { currency, locale };
          expect(parseMoneyInput(formatMoney(minor, currency, locale), ctx)).toEqual({
            ok: true,
            cents: minor,
          });
          expect(parseMoneyInput(formatMoneyDraft(minor, ctx), ctx)).toEqual({
            ok: true,
            cents: minor,
          });
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reads back amounts near each currency’s limit (property)', () => {
    for (const currency of CURRENCIES) {
      fc.assert(
        fc.property(amounts(currency), fc.constantFrom(...LOCALES), (minor, locale) => {
          const ctx = { currency, locale };
          expect(parseMoneyInput(formatMoney(minor, currency, locale), ctx)).toEqual({
            ok: true,
            cents: minor,
          });
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('awkward inputs, per locale (hand-worked)', () => {
  // [locale, currency, typed, expected minor units, working]
  const table: [string, string, string, number, string][] = [
    ['en-US', 'JPY', '10,000,000', 10_000_000, 'yen have no minor unit: 10,000,000 yen'],
    ['en-US', 'JPY', '¥12,000,000', 12_000_000, 'symbol before'],
    ['en-US', 'KRW', '₩150,000,000', 150_000_000, 'a Korean salary'],
    ['en-US', 'KRW', '150m', 150_000_000, '150 × 10^6 won'],
    ['en-US', 'KWD', '1.25', 1_250, '1.25 dinar × 1,000 fils'],
    ['en-US', 'BHD', 'BHD 12,000.5', 12_000_500, 'code before; 12,000.500 × 1,000'],
    ['en-US', 'USD', '142 000', 14_200_000, 'plain digits with a space'],
    ['en-US', 'USD', '142,000 USD', 14_200_000, 'code after'],
    ['en-US', 'USD', '1.234,50', 123_450, 'both signs: the last one is the decimal'],
    ['en-GB', 'GBP', '£142,000.50', 14_200_050, '142,000.50 × 100'],
    ['de-DE', 'EUR', '142.000,50', 14_200_050, 'German: point groups, comma decimal'],
    ['de-DE', 'EUR', '142.000,50 €', 14_200_050, 'as de-DE prints it'],
    ['de-DE', 'EUR', '1,500', 150, 'read the German way: 1,50 euros'],
    ['de-DE', 'EUR', '1.500', 150_000, '1,500 euros'],
    ['de-DE', 'EUR', '142,5k', 14_250_000, '142.5 × 1,000 = 142,500 euros'],
    [
      'de-DE',
      'USD',
      '142,000.50',
      14_200_050,
      'US-style typing in Germany: both signs, last is decimal',
    ],
    ['de-CH', 'CHF', "CHF 142'000.50", 14_200_050, 'Swiss apostrophes'],
    ['de-CH', 'CHF', '142’000', 14_200_000, 'a typographic apostrophe'],
    ['fr-FR', 'EUR', '142\u202f000,50\u00a0€', 14_200_050, 'narrow no-break space groups'],
    ['fr-FR', 'EUR', '142 000', 14_200_000, 'ordinary space'],
    ['fr-FR', 'EUR', '142\u00a0000', 14_200_000, 'no-break space'],
    ['hi-IN', 'INR', '14,20,000', 142_000_000, 'lakh grouping: 14 lakh 20 thousand × 100 paise'],
    ['hi-IN', 'INR', '₹1,00,00,000', 1_000_000_000, 'one crore rupees × 100'],
    ['hi-IN', 'INR', '1,420,000', 142_000_000, 'groups of three still read'],
    ['ja-JP', 'JPY', '￥12,000,000', 12_000_000, 'full-width yen sign'],
    ['ja-JP', 'JPY', '１２０００', 12_000, 'full-width digits'],
    ['ko-KR', 'KRW', '150,000,000원', 150_000_000, 'the won written as a word after'],
    ['ja-JP', 'JPY', '12,000,000円', 12_000_000, 'the yen written as a word after'],
    ['ko-KR', 'KRW', '₩150,000,000', 150_000_000, 'won sign'],
    ['ar-EG', 'EGP', '١٤٢٬٠٠٠٫٥٠', 14_200_050, 'Arabic-Indic digits and signs'],
    ['ar-EG', 'USD', '\u200f١٢٬٥٠٠ US$', 1_250_000, 'as ar-EG prints dollars, with its mark'],
    ['ar-EG', 'USD', '142,000.50', 14_200_050, 'Latin digits'],
  ];
  it.each(table)('%s %s reads %j as %d (%s)', (locale, currency, typed, minor) => {
    expect(parseMoneyInput(typed, { currency, locale })).toEqual({ ok: true, cents: minor });
  });

  it.each([
    ['en-US', 'JPY', '12.5', 'Use whole amounts — JPY has no smaller unit.'],
    ['en-US', 'KWD', '1.2345', 'Use at most 3 decimal places — KWD amounts are kept to 3 places.'],
    ['en-US', 'KRW', '1,500,000,000,000', 'That is over ₩100 billion — check for extra digits.'],
    ['en-US', 'JPY', '150,000,000,000', 'That is over ¥10 billion — check for extra digits.'],
    [
      'en-US',
      'JPY',
      '12,000 EUR',
      'This offer is in JPY; leave out “EUR”, or change the offer’s currency first.',
    ],
    ['de-DE', 'EUR', '142.5', 'Put points only between groups of three digits, as in 142.000.'],
    ['de-DE', 'EUR', '1,2,3', MONEY_MESSAGES.notANumber],
    ['en-US', 'USD', '14,20,000', MONEY_MESSAGES.commas],
    [
      'hi-IN',
      'INR',
      '1,4,20,000',
      'Put commas only between groups of digits, as in 14,20,000 or 1,42,000.',
    ],
    ['fr-FR', 'EUR', '-5', MONEY_MESSAGES.negative],
  ])('%s %s refuses %j', (locale, currency, typed, message) => {
    expect(parseMoneyInput(typed, { currency, locale })).toEqual({ ok: false, message });
  });

  it('accepts the salaries the old cents-only limit refused', () => {
    // ₩150,000,000 is 150,000,000 minor units (no minor digits): under 10^11.
    expect(parseMoneyInput('150,000,000', { currency: 'KRW', locale: 'ko-KR' })).toEqual({
      ok: true,
      cents: 150_000_000,
    });
    expect(parseMoneyInput('15,000,000', { currency: 'JPY', locale: 'ja-JP' })).toEqual({
      ok: true,
      cents: 15_000_000,
    });
  });
});

describe('formatMoneyDraft and describeReading', () => {
  it('drafts in the locale’s own separators with the currency’s digits', () => {
    expect(formatMoneyDraft(14_200_050, { currency: 'EUR', locale: 'de-DE' })).toBe('142.000,50');
    expect(formatMoneyDraft(14_200_000, { currency: 'USD', locale: 'en-US' })).toBe('142,000');
    expect(formatMoneyDraft(12_000_000, { currency: 'JPY', locale: 'ja-JP' })).toBe('12,000,000');
    expect(formatMoneyDraft(1_250, { currency: 'KWD', locale: 'en-US' })).toBe('1.250');
    expect(formatMoneyDraft(142_000_000, { currency: 'INR', locale: 'hi-IN' })).toBe('14,20,000');
  });

  it('shows how an ambiguous amount was read', () => {
    // "1,500" in de-DE is 1,50 euros = 150 cents.
    const read = parseMoneyInput('1,500', { currency: 'EUR', locale: 'de-DE' });
    expect(read).toEqual({ ok: true, cents: 150 });
    expect(describeReading(150, { currency: 'EUR', locale: 'en-US' })).toBe('= €1.50');
    expect(describeReading(150, { currency: 'EUR', locale: 'de-DE' })).toBe('= 1,50\u00a0€');
  });
});

describe('roundToWholeUnits', () => {
  it('rounds minor units to whole units, halves away from zero', () => {
    // $445,666.68 = 44,566,668 cents → $445,667 = 44,566,700 cents.
    expect(roundToWholeUnits(44_566_668, 'USD')).toBe(44_566_700);
    // $0.50 → $1.
    expect(roundToWholeUnits(50, 'USD')).toBe(100);
    // Yen are already whole.
    expect(roundToWholeUnits(12_345, 'JPY')).toBe(12_345);
    // KWD 1.499 → KWD 1 = 1,000 fils.
    expect(roundToWholeUnits(1_499, 'KWD')).toBe(1_000);
  });
});
