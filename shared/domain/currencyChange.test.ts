import { describe, expect, it } from 'vitest';
import type { Offer } from '../schemas/records';
import {
  changeOfferCurrency,
  convertMinor,
  hasAmounts,
  offerInCurrency,
  rescaleMinor,
} from './currencyChange';
import { newOfferFromTemplate } from './offers';

const usdOffer = (): Offer => ({
  ...newOfferFromTemplate(null, {
    id: 'o1',
    workbookId: 'w1',
    position: 0,
    name: 'PM',
    roleId: 'other',
  }),
  currency: 'USD',
  baseSalary: 14_200_050, // $142,000.50
  signOnYear1: 6_000_000, // $60,000
  signOnYear2: 0,
  rsuGrantValue: 16_000_000, // $160,000
});

describe('rescaleMinor', () => {
  it('keeps the figure as typed across digit counts', () => {
    // $142,000 = 14,200,000 cents → ¥142,000: 2 digits → 0, ÷100.
    expect(rescaleMinor(14_200_000, 'USD', 'JPY')).toBe(142_000);
    // $142,000.50 → ¥142,000.5 → rounded half away from zero: ¥142,001.
    expect(rescaleMinor(14_200_050, 'USD', 'JPY')).toBe(142_001);
    // ¥142,000 → KWD 142,000.000: 0 → 3 digits, ×1,000.
    expect(rescaleMinor(142_000, 'JPY', 'KWD')).toBe(142_000_000);
    // Same digits: USD → EUR unchanged.
    expect(rescaleMinor(14_200_050, 'USD', 'EUR')).toBe(14_200_050);
  });
});

describe('convertMinor', () => {
  it('converts at units of the new currency per one of the old', () => {
    // ¥12,000,000 at 0.0067 USD per JPY = $80,400 = 8,040,000 cents.
    expect(convertMinor(12_000_000, 'JPY', 'USD', 0.0067)).toBe(8_040_000);
    // $142,000 at 150 JPY per USD = ¥21,300,000.
    expect(convertMinor(14_200_000, 'USD', 'JPY', 150)).toBe(21_300_000);
    // $0.01 at 0.5 EUR per USD = €0.005 → 0.5 cent → rounds away from zero to 1 cent.
    expect(convertMinor(1, 'USD', 'EUR', 0.5)).toBe(1);
  });

  it('refuses a rate that is not above zero', () => {
    expect(() => convertMinor(1, 'USD', 'EUR', 0)).toThrow(RangeError);
    expect(() => convertMinor(1, 'USD', 'EUR', Number.NaN)).toThrow(RangeError);
  });
});

describe('changeOfferCurrency', () => {
  it('keeps the amounts as typed when asked to', () => {
    const result = changeOfferCurrency(usdOffer(), 'JPY', { kind: 'keep' });
    // 14,200,050 cents → ¥142,001; 6,000,000 → ¥60,000; 16,000,000 → ¥160,000.
    expect(result).toEqual({
      ok: true,
      patch: {
        currency: 'JPY',
        baseSalary: 142_001,
        signOnYear1: 60_000,
        signOnYear2: 0,
        rsuGrantValue: 160_000,
      },
    });
  });

  it('converts the amounts at the rate when asked to', () => {
    const result = changeOfferCurrency(usdOffer(), 'JPY', { kind: 'convert', rate: 150 });
    // $142,000.50 × 150 = ¥21,300,075; $60,000 × 150 = ¥9,000,000; $160,000 × 150 = ¥24,000,000.
    expect(result).toEqual({
      ok: true,
      patch: {
        currency: 'JPY',
        baseSalary: 21_300_075,
        signOnYear1: 9_000_000,
        signOnYear2: 0,
        rsuGrantValue: 24_000_000,
      },
    });
  });

  it('moves the refresher’s yearly value with the other amounts', () => {
    const refresher = {
      annualValue: 40_000_00,
      vesting: { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] },
      firstGrantYear: 2,
    };
    const offer = { ...usdOffer(), refresher };
    // Kept as typed: 4,000,000 cents → ¥40,000. Converted at 150: $40,000 × 150 = ¥6,000,000.
    const kept = changeOfferCurrency(offer, 'JPY', { kind: 'keep' });
    expect(kept.ok && kept.patch.refresher).toEqual({ ...refresher, annualValue: 40_000 });
    const converted = changeOfferCurrency(offer, 'JPY', { kind: 'convert', rate: 150 });
    expect(converted.ok && converted.patch.refresher).toEqual({
      ...refresher,
      annualValue: 6_000_000,
    });
    // A refresher alone is an amount worth asking about.
    expect(
      hasAmounts({ baseSalary: 0, signOnYear1: 0, signOnYear2: 0, rsuGrantValue: 0, refresher }),
    ).toBe(true);
  });

  it('refuses a bad rate and a result over the new currency’s limit', () => {
    expect(changeOfferCurrency(usdOffer(), 'JPY', { kind: 'convert', rate: 0 })).toEqual({
      ok: false,
      message: 'Enter an exchange rate above 0, such as 150.',
    });
    // $160,000 × 1,000,000 = ¥160 billion, over the ¥10 billion limit.
    const huge = changeOfferCurrency(usdOffer(), 'JPY', { kind: 'convert', rate: 1_000_000 });
    expect(huge.ok).toBe(false);
  });

  it('knows when there is nothing to ask about', () => {
    expect(hasAmounts(usdOffer())).toBe(true);
    expect(hasAmounts({ baseSalary: 0, signOnYear1: 0, signOnYear2: 0, rsuGrantValue: 0 })).toBe(
      false,
    );
  });
});

describe('offerInCurrency', () => {
  it('gives a converted copy for a shared axis and leaves the original alone', () => {
    const jpy: Offer = {
      ...usdOffer(),
      currency: 'JPY',
      baseSalary: 12_000_000,
      signOnYear1: 0,
      rsuGrantValue: 20_000_000,
    };
    const inUsd = offerInCurrency(jpy, 'USD', 0.0067);
    // ¥12,000,000 × 0.0067 = $80,400; ¥20,000,000 × 0.0067 = $134,000.
    expect(inUsd).toMatchObject({
      currency: 'USD',
      baseSalary: 8_040_000,
      rsuGrantValue: 13_400_000,
    });
    expect(jpy.currency).toBe('JPY');
    expect(offerInCurrency(jpy, 'JPY', 1)).toBe(jpy);
  });
});
