import { describe, expect, it } from 'vitest';
import type { BaselineComparison } from './comp';
import { matrixInputs, resolvePaper } from './summary';

describe('resolvePaper', () => {
  it('keeps an explicit choice whatever the locale', () => {
    expect(resolvePaper('a4', 'en-US')).toBe('a4');
    expect(resolvePaper('letter', 'de-DE')).toBe('letter');
  });

  it('maps auto to Letter in Letter regions and A4 elsewhere', () => {
    expect(resolvePaper('auto', 'en-US')).toBe('letter');
    expect(resolvePaper('auto', 'en-CA')).toBe('letter');
    expect(resolvePaper('auto', 'fr-CA')).toBe('letter');
    expect(resolvePaper('auto', 'es-MX')).toBe('letter');
    expect(resolvePaper('auto', 'en_PH')).toBe('letter');
    expect(resolvePaper('auto', 'en-GB')).toBe('a4');
    expect(resolvePaper('auto', 'de-DE')).toBe('a4');
    expect(resolvePaper('auto', 'es-ES')).toBe('a4');
  });

  it('reads the region after a script subtag, and falls back to A4 without one', () => {
    expect(resolvePaper('auto', 'zh-Hant-US')).toBe('letter');
    expect(resolvePaper('auto', 'zh-Hant-TW')).toBe('a4');
    // es-419 names a UN region (Latin America), not a country: no paper convention.
    expect(resolvePaper('auto', 'es-419')).toBe('a4');
    expect(resolvePaper('auto', 'en')).toBe('a4');
  });
});

const same = (offerId: string, avg: number): BaselineComparison => ({
  comparable: true,
  offerId,
  isBaseline: false,
  currency: 'USD',
  averageAnnual: avg,
  fxRate: 1,
  averageAnnualInBaseline: avg,
  diffCents: 0,
  gapPct: 0,
});

describe('matrixInputs', () => {
  it('takes pay in the baseline currency and the fit score of each offer’s role', () => {
    const rows: BaselineComparison[] = [
      same('a', 20_000_000),
      // A EUR offer averaging €100,000 at 1.1 USD per EUR → $110,000 = 11,000,000 cents.
      {
        comparable: true,
        offerId: 'b',
        isBaseline: false,
        currency: 'EUR',
        averageAnnual: 10_000_000,
        fxRate: 1.1,
        averageAnnualInBaseline: 11_000_000,
        diffCents: -9_000_000,
        gapPct: -45,
      },
    ];
    const result = matrixInputs(
      [
        { id: 'a', roleId: 'pm' },
        { id: 'b', roleId: 'pmm' },
      ],
      rows,
      { pm: 62.5, pmm: 71 },
    );
    expect(result).toEqual({
      offers: [
        { offerId: 'a', avgAnnualPay: 20_000_000, fitScore: 62.5 },
        { offerId: 'b', avgAnnualPay: 11_000_000, fitScore: 71 },
      ],
      leftOut: [],
      incomplete: [],
    });
  });

  it('gives a role outside the fit result no fit score, and no fit result none at all', () => {
    const rows = [same('a', 100), same('b', 200)];
    const offers = [
      { id: 'a', roleId: 'other' },
      { id: 'b', roleId: 'pm' },
    ];
    expect(matrixInputs(offers, rows, { pm: 40 }).offers.map((o) => o.fitScore)).toEqual([
      null,
      40,
    ]);
    expect(matrixInputs(offers, rows, null).offers.map((o) => o.fitScore)).toEqual([null, null]);
  });

  it('leaves out offers without an exchange rate instead of inventing their pay', () => {
    const rows: BaselineComparison[] = [
      same('a', 100),
      {
        comparable: false,
        offerId: 'b',
        isBaseline: false,
        currency: 'GBP',
        averageAnnual: 500,
        reason: 'no-exchange-rate',
        message: 'needs a rate',
      },
    ];
    const result = matrixInputs(
      [
        { id: 'a', roleId: 'pm' },
        { id: 'b', roleId: 'pm' },
        { id: 'c', roleId: 'pm' },
      ],
      rows,
      { pm: 50 },
    );
    // 'c' has no comparison row at all: also left out.
    expect(result.offers.map((o) => o.offerId)).toEqual(['a']);
    expect(result.leftOut).toEqual(['b', 'c']);
  });

  it('leaves out an offer with no base salary yet, as the verdict does', () => {
    // 'b' has a comparison row (its sign-on alone gives it pay) but base salary 0: incomplete.
    const rows: BaselineComparison[] = [same('a', 100), same('b', 40)];
    const result = matrixInputs(
      [
        { id: 'a', roleId: 'pm', baseSalary: 100_00 },
        { id: 'b', roleId: 'pm', baseSalary: 0 },
      ],
      rows,
      null,
    );
    expect(result.offers.map((o) => o.offerId)).toEqual(['a']);
    expect(result.incomplete).toEqual(['b']);
    expect(result.leftOut).toEqual([]);
  });
});
