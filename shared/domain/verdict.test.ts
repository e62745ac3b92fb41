import { describe, expect, it } from 'vitest';
import { BALANCED } from './fit';
import { formatWholeMoney } from './money';
import {
  buildVerdict,
  fitLean,
  formatVerdictPct,
  isIncompleteOffer,
  type VerdictOffer,
  verdictBasisSentence,
  verdictSentences,
} from './verdict';

const AMAZON = { preset: 'amazon', yearPct: [5, 15, 40, 40] } as const;

/**
 * The worked example's PM side (Amazon PM vs PMM, the seed case). By hand, 0% growth, no bonus, no raise:
 * base 4 × 142,000 = 568,000; sign-on 60,000 + 45,000 = 105,000;
 * equity 5+15+40+40 = 100% of 160,000 = 160,000 → 833,000 over 4 years.
 */
const pm: VerdictOffer = {
  id: 'pm',
  name: 'Amazon PM, L5',
  currency: 'USD',
  roleId: 'pm',
  baseSalary: 142_000_00,
  signOnYear1: 60_000_00,
  signOnYear2: 45_000_00,
  rsuGrantValue: 160_000_00,
  vesting: AMAZON,
  stockGrowthPct: 0,
};

/** PMM side: 4 × 136,000 = 544,000 + 50,000 + 40,000 + 140,000 = 774,000. */
const pmm: VerdictOffer = {
  ...pm,
  id: 'pmm',
  name: 'Amazon PMM, L5',
  roleId: 'pmm',
  baseSalary: 136_000_00,
  signOnYear1: 50_000_00,
  signOnYear2: 40_000_00,
  rsuGrantValue: 140_000_00,
};

/** A third offer: 4 × 150,000 = 600,000 + grant 100,000 = 700,000, no sign-on. */
const other: VerdictOffer = {
  ...pm,
  id: 'x',
  name: 'Startup PM',
  roleId: 'other',
  baseSalary: 150_000_00,
  signOnYear1: 0,
  signOnYear2: 0,
  rsuGrantValue: 100_000_00,
};

/** A blank offer: no base salary. */
const blank: VerdictOffer = { ...pm, id: 'blank', name: 'Blank', baseSalary: 0 };

describe('isIncompleteOffer', () => {
  it('is true without a positive base salary and false with one', () => {
    expect(isIncompleteOffer({ baseSalary: 0 })).toBe(true);
    expect(isIncompleteOffer({})).toBe(true);
    expect(isIncompleteOffer({ baseSalary: null })).toBe(true);
    expect(isIncompleteOffer({ baseSalary: Number.NaN })).toBe(true);
    expect(isIncompleteOffer({ baseSalary: 1 })).toBe(false);
    expect(isIncompleteOffer(pm)).toBe(false);
  });
});

describe('buildVerdict — two offers', () => {
  it('gives the worked example: $59,000 more, $14,750 a year, 7.08% below', () => {
    const v = buildVerdict([pmm, pm], 'pmm');
    expect(v.kind).toBe('two');
    if (v.kind !== 'two') return;
    // 833,000 − 774,000 = 59,000; ÷ 4 = 14,750; 59,000 / 833,000 = 0.070828… → 7.0828%.
    expect(v.entries.map((e) => e.offerId)).toEqual(['pm', 'pmm']);
    expect(v.entries[0].fourYearTotal).toBe(833_000_00);
    expect(v.entries[1].fourYearTotal).toBe(774_000_00);
    expect(v.entries[0].averageAnnual).toBe(208_250_00);
    expect(v.entries[1].averageAnnual).toBe(193_500_00);
    expect(v.differenceTotal).toBe(59_000_00);
    expect(v.differencePerYear).toBe(14_750_00);
    expect(v.pctBelow).toBeCloseTo((59_000 / 833_000) * 100, 10);
    expect(v.entries[0].vsBaseline).toBe(59_000_00);
    expect(v.entries[1].vsBaseline).toBe(0);
    expect(v.entries[1].isBaseline).toBe(true);
    expect(verdictSentences(v, 'en-US')).toEqual([
      'Amazon PM, L5 pays $59,000 more over 4 years than Amazon PMM, L5 — $14,750 a year; Amazon PMM, L5 is 7.08% below.',
    ]);
  });

  it('says the same figures whichever offer is the baseline', () => {
    const a = buildVerdict([pm, pmm], 'pm');
    const b = buildVerdict([pm, pmm], 'pmm');
    expect(verdictSentences(a, 'en-US')).toEqual(verdictSentences(b, 'en-US'));
    if (a.kind !== 'two') throw new Error('expected two');
    // Against PM as baseline the PMM offer is 774,000 − 833,000 = −59,000.
    expect(a.entries[1].vsBaseline).toBe(-59_000_00);
  });

  it('leaves an offer without a base salary out and says so', () => {
    const v = buildVerdict([pm, blank, pmm], 'pm');
    expect(v.kind).toBe('two');
    expect(v.leftOut).toEqual([{ offerId: 'blank', name: 'Blank', reason: 'incomplete' }]);
    expect(verdictSentences(v, 'en-US')[1]).toBe('Not compared until it has a base salary: Blank.');
  });

  it('rounds the per-year difference and the money to whole dollars', () => {
    // Base 142,000.04 → total 833,000.16; difference 59,000.16 → per year 14,750.04.
    const v = buildVerdict([{ ...pm, baseSalary: 142_000_04 }, pmm], 'pm');
    if (v.kind !== 'two') throw new Error('expected two');
    expect(v.differenceTotal).toBe(59_000_16);
    expect(v.differencePerYear).toBe(14_750_04);
    expect(verdictSentences(v, 'en-US')[0]).toContain('$59,000 more');
    expect(verdictSentences(v, 'en-US')[0]).toContain('$14,750 a year');
  });

  it('says two equal offers pay the same', () => {
    const twin = { ...pm, id: 'twin', name: 'Twin' };
    const v = buildVerdict([pm, twin], 'pm');
    if (v.kind !== 'two') throw new Error('expected two');
    expect(v.differenceTotal).toBe(0);
    expect(v.pctBelow).toBe(0);
    expect(v.entries.map((e) => e.rank)).toEqual([1, 1]);
    expect(verdictSentences(v, 'en-US')[0]).toBe(
      'Amazon PM, L5 and Twin pay the same over 4 years: $833,000 each.',
    );
  });
});

describe('buildVerdict — three or more offers', () => {
  it('ranks by four-year total with each one’s difference from the top and the baseline', () => {
    const v = buildVerdict([other, pmm, blank, pm], 'pmm');
    expect(v.kind).toBe('ranking');
    if (v.kind !== 'ranking') return;
    // Totals 833,000 / 774,000 / 700,000; top − each: 0, 59,000, 133,000;
    // each − baseline (PMM 774,000): +59,000, 0, −74,000.
    expect(
      v.entries.map((e) => [e.offerId, e.rank, e.fourYearTotal, e.belowTop, e.vsBaseline]),
    ).toEqual([
      ['pm', 1, 833_000_00, 0, 59_000_00],
      ['pmm', 2, 774_000_00, 59_000_00, 0],
      ['x', 3, 700_000_00, 133_000_00, -74_000_00],
    ]);
    expect(v.baselineId).toBe('pmm');
    expect(v.entries.some((e) => e.offerId === 'blank')).toBe(false);
    expect(verdictSentences(v, 'en-US')).toEqual([
      'Amazon PM, L5 pays the most over 4 years: $833,000.',
      '2. Amazon PMM, L5: $774,000, $59,000 less than Amazon PM, L5 — the baseline.',
      '3. Startup PM: $700,000, $133,000 less than Amazon PM, L5, $74,000 less than the baseline.',
      'Not compared until it has a base salary: Blank.',
    ]);
  });

  it('says offers tied at the top are level, never that one of them pays the most', () => {
    // Twin is PM to the cent: 833,000 each (see `pm`). PMM 774,000 (see `pmm`), the baseline.
    // Below the top: 833,000 − 774,000 = 59,000. Against the baseline: Twin 833,000 − 774,000 = +59,000.
    const twin: VerdictOffer = { ...pm, id: 'twin', name: 'Twin' };
    const v = buildVerdict([pm, twin, pmm], 'pmm');
    if (v.kind !== 'ranking') throw new Error('expected ranking');
    expect(v.entries.map((e) => [e.offerId, e.rank, e.belowTop])).toEqual([
      ['pm', 1, 0],
      ['twin', 1, 0],
      ['pmm', 3, 59_000_00],
    ]);
    const sentences = verdictSentences(v, 'en-US');
    expect(sentences).toEqual([
      'Amazon PM, L5 and Twin are level at the top over 4 years: $833,000 each.',
      '1. Twin: $833,000, level with Amazon PM, L5, $59,000 more than the baseline.',
      '3. Amazon PMM, L5: $774,000, $59,000 less than Amazon PM, L5 and Twin — the baseline.',
    ]);
    expect(sentences.join(' ')).not.toContain('pays the most');
  });

  it('names the baseline when it is one of three offers level at the top', () => {
    // Three offers at 833,000 each and PMM at 774,000, 59,000 below them.
    const twin: VerdictOffer = { ...pm, id: 'twin', name: 'Twin' };
    const triplet: VerdictOffer = { ...pm, id: 'triplet', name: 'Triplet' };
    const v = buildVerdict([pm, twin, triplet, pmm], 'twin');
    const sentences = verdictSentences(v, 'en-US');
    expect(sentences[0]).toBe(
      'Amazon PM, L5, Twin and Triplet are level at the top over 4 years: $833,000 each (Twin is the baseline).',
    );
    expect(sentences[1]).toBe(
      '1. Twin: $833,000, level with Amazon PM, L5 and Triplet — the baseline.',
    );
    expect(sentences[3]).toBe(
      '4. Amazon PMM, L5: $774,000, $59,000 less than Amazon PM, L5, Twin and Triplet, $59,000 less than the baseline.',
    );
  });

  it('has no baseline differences when the baseline is incomplete', () => {
    const v = buildVerdict([pm, pmm, other, blank], 'blank');
    if (v.kind !== 'ranking') throw new Error('expected ranking');
    expect(v.baselineId).toBeNull();
    expect(v.entries.every((e) => e.vsBaseline === null)).toBe(true);
  });

  it('converts another currency through the rate and leaves it out without one', () => {
    // €100,000 a year, nothing else: 400,000 EUR; at 1.1 USD per EUR = 440,000 USD.
    const eur: VerdictOffer = {
      ...other,
      id: 'eur',
      name: 'Berlin PM',
      currency: 'EUR',
      baseSalary: 100_000_00,
      rsuGrantValue: 0,
    };
    const withRate = buildVerdict([pm, pmm, eur], 'pm', { fxRates: { EUR: 1.1 } });
    if (withRate.kind !== 'ranking') throw new Error('expected ranking');
    expect(withRate.entries[2]).toMatchObject({ offerId: 'eur', fourYearTotal: 440_000_00 });
    const noRate = buildVerdict([pm, pmm, eur], 'pm');
    expect(noRate.kind).toBe('two');
    expect(noRate.leftOut).toEqual([
      { offerId: 'eur', name: 'Berlin PM', reason: 'no-exchange-rate' },
    ]);
  });

  it('applies a growth override to every offer', () => {
    // PM at +10%/yr: equity 8,000×1.1 + 24,000×1.21 + 64,000×1.331 + 64,000×1.4641
    //  = 8,800 + 29,040 + 85,184 + 93,702.40 = 216,726.40 → total 568,000 + 105,000 + 216,726.40 = 889,726.40.
    const v = buildVerdict([pm, pmm], 'pm', { stockGrowthPct: 10 });
    if (v.kind !== 'two') throw new Error('expected two');
    expect(v.entries[0].fourYearTotal).toBe(889_726_40);
  });
});

describe('buildVerdict — too few offers', () => {
  it('asks for what is missing', () => {
    expect(verdictSentences(buildVerdict([], null))).toEqual([
      'Enter a base salary in two offers to see which one pays more.',
    ]);
    expect(verdictSentences(buildVerdict([pm, blank], 'pm'), 'en-US')).toEqual([
      'Add a second offer with a base salary to see which one pays more.',
      'Not compared until it has a base salary: Blank.',
    ]);
  });
});

describe('formatting', () => {
  it('shows whole dollars and two-decimal percents, halves away from zero', () => {
    expect(formatWholeMoney(14_750_50, 'USD', 'en-US')).toBe('$14,751');
    expect(formatWholeMoney(14_750_49, 'USD', 'en-US')).toBe('$14,750');
    expect(formatWholeMoney(1_000, 'JPY', 'en-US')).toBe('¥1,000');
    expect(formatVerdictPct((59_000 / 833_000) * 100)).toBe('7.08%');
    expect(formatVerdictPct(6.345)).toBe('6.35%');
  });
});

describe('fitLean', () => {
  const roles = [
    { id: 'pmm', name: 'Product Marketing Manager' },
    { id: 'pm', name: 'Product Manager' },
  ];
  const answered = { answered: 5, total: 10, pct: 50 };
  const twoOffers = buildVerdict([pm, pmm], 'pm');

  it('names the lean and margin, and the tension when the best-paid offer is the other role', () => {
    const line = fitLean(twoOffers, { lean: 'pmm', margin: 31.5, completeness: answered }, roles);
    expect(line).toEqual({
      lean: 'Your role fit leans Product Marketing Manager by 31.5 points.',
      leanRoleId: 'pmm',
      tension:
        'The best-paid offer, Amazon PM, L5, is for the Product Manager role — not the role your fit leans to.',
    });
  });

  it('has no tension when the best-paid offer is the lean role', () => {
    const line = fitLean(twoOffers, { lean: 'pm', margin: 12, completeness: answered }, roles);
    expect(line?.lean).toBe('Your role fit leans Product Manager by 12.0 points.');
    expect(line?.tension).toBeNull();
  });

  it('says when the fit is balanced, and nothing before any answer', () => {
    expect(
      fitLean(twoOffers, { lean: BALANCED, margin: 2.5, completeness: answered }, roles)?.lean,
    ).toBe('Your role fit leans to neither role (2.5 points apart), so pay and the rest decide.');
    expect(
      fitLean(
        twoOffers,
        { lean: 'pm', margin: 0, completeness: { answered: 0, total: 10, pct: 0 } },
        roles,
      ),
    ).toBeNull();
    expect(fitLean(twoOffers, null, roles)).toBeNull();
  });

  it('has no tension when two offers tie at the top', () => {
    const tie = buildVerdict([pm, { ...pm, id: 'pm2', name: 'PMM twin', roleId: 'pmm' }], 'pm');
    expect(
      fitLean(tie, { lean: 'pmm', margin: 20, completeness: answered }, roles)?.tension,
    ).toBeNull();
  });
});

describe('buildVerdict on the take-home basis (issue 19)', () => {
  // The sample workbook's offers (not the ones above): PM base 142,000, sign-on 58,000 / 44,000,
  // grant 180,000; PMM base 136,000, sign-on 52,000 / 40,000, grant 160,000; 5/15/40/40, 0% growth.
  const samplePm: VerdictOffer = {
    ...pm,
    name: 'PM',
    location: 'Seattle, WA',
    signOnYear1: 58_000_00,
    signOnYear2: 44_000_00,
    rsuGrantValue: 180_000_00,
  };
  const samplePmm: VerdictOffer = {
    ...pmm,
    name: 'PMM',
    location: 'New York, NY',
    userTaxRatePct: 10,
    signOnYear1: 52_000_00,
    signOnYear2: 40_000_00,
    rsuGrantValue: 160_000_00,
  };

  it('ranks 4-year take-home: PM keeps $119,407 more than PMM in New York City on a 10% rate', () => {
    // Gross: PM 209,000 + 213,000 + 214,000 + 214,000 = 850,000; PMM 196,000 + 3 × 200,000 = 796,000.
    // Take-home (worked year by year in offerTakeHome.test.ts), single, 2026 tables:
    //   PM in Seattle keeps 155,555.50 + 158,501.50 + 159,238 + 159,238 = 632,533
    //   PMM in New York City, federal and payroll as in Seattle plus 10% of wages:
    //   126,345 + 3 × 128,927 = 513,126
    // difference 632,533 − 513,126 = 119,407; a year 29,851.75 → "$29,852";
    // below 119,407 / 632,533 = 18.8776% → "18.88%"
    const gross = buildVerdict([samplePm, samplePmm], 'pm');
    const net = buildVerdict([samplePm, samplePmm], 'pm', { basis: 'take-home' });
    expect(gross.kind === 'two' && gross.differenceTotal).toBe(54_000_00);
    expect(net.basis).toBe('take-home');
    expect(net.kind).toBe('two');
    if (net.kind !== 'two') return;
    expect(net.entries.map((e) => e.fourYearTotal)).toEqual([632_533_00, 513_126_00]);
    expect(net.differenceTotal).toBe(119_407_00);
    expect(net.differencePerYear).toBe(29_851_75);
    expect(net.pctBelow).toBeCloseTo(18.8776, 3);
    expect(verdictSentences(net)[0]).toBe(
      'PM pays $119,407 more over 4 years after tax than PMM — $29,852 a year; PMM is 18.88% below.',
    );
    expect(verdictSentences(gross)[0]).toBe(
      'PM pays $54,000 more over 4 years than PMM — $13,500 a year; PMM is 6.35% below.',
    );
  });

  it('leaves out an offer with no estimate rather than ranking it on gross pay', () => {
    const noRate = { ...samplePmm, userTaxRatePct: null };
    const net = buildVerdict([samplePm, noRate], 'pm', { basis: 'take-home' });
    expect(net.kind).toBe('none');
    expect(net.leftOut).toEqual([{ offerId: 'pmm', name: 'PMM', reason: 'no-take-home' }]);
    expect(verdictSentences(net)).toEqual([
      'Give the offers a tax region or your tax rate to compare take-home pay.',
      'Not compared after tax until it has a tax region or your tax rate: PMM.',
    ]);
  });

  it('says which basis it reads', () => {
    expect(verdictBasisSentence('gross')).toBe(
      'Read on gross pay: base, bonus, sign-on and RSUs at vest value, before tax.',
    );
    expect(verdictBasisSentence('take-home', 2026)).toContain(
      'with the 2026 tables applied to every year',
    );
  });
});
