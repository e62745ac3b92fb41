/**
 * `buildComparison` on three small offers whose figures are worked by hand
 * (amounts in cents; the working sits beside each expectation): which offer
 * is the baseline, which growth is used, and how an offer in another currency
 * is left out of the charts or converted for them.
 */
import { newOfferFromTemplate } from '@shared/domain/offers';
import type { Offer } from '@shared/schemas/records';
import type { ReferenceFigure } from '@shared/schemas/template';
import { describe, expect, it } from 'vitest';
import { buildComparison } from './comparison';

const offer = (id: string, position: number, fields: Partial<Offer>): Offer => ({
  ...newOfferFromTemplate(null, { id, workbookId: 'wb', position, name: id, roleId: 'pm' }),
  ...fields,
});

/** $120,000 a year, nothing else. */
const A = offer('a', 0, { name: 'Base only', baseSalary: 120_000_00 });
/**
 * $100,000 a year, a $20,000 sign-on in year 1, a $80,000 grant vesting 25% a
 * year, and its own stock growth of 10% a year.
 */
const B = offer('b', 1, {
  name: 'Grant',
  baseSalary: 100_000_00,
  signOnYear1: 20_000_00,
  rsuGrantValue: 80_000_00,
  vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] },
  stockGrowthPct: 10,
});
/** €90,000 a year, nothing else. */
const C = offer('c', 2, { name: 'Euro', currency: 'EUR', baseSalary: 90_000_00 });

const built = (
  offers: Offer[],
  opts: { baseline?: string | null; fx?: Record<string, number>; growth?: number } = {},
  references: ReferenceFigure[] = [],
) => {
  const c = buildComparison(offers, opts.baseline ?? null, opts.fx ?? {}, references, opts.growth);
  if (!c) throw new Error('expected a comparison');
  return c;
};

describe('buildComparison', () => {
  it('is null with no offers', () => {
    expect(buildComparison([], null, {}, [], undefined)).toBeNull();
    expect(buildComparison([], 'gone', {}, [], undefined)).toBeNull();
  });

  it('uses each offer’s own growth when none is given', () => {
    const c = built([A, B]);
    // No baseline chosen: the first offer is it.
    expect(c.baselineId).toBe('a');
    expect(c.baselineCurrency).toBe('USD');
    expect(c.stockGrowthPct).toBeUndefined();
    // A: 4 × 12,000,000 = 48,000,000; average 12,000,000.
    expect(c.summaries.get('a')).toMatchObject({
      fourYearTotal: 48_000_000,
      averageAnnual: 12_000_000,
    });
    // B's equity, year y: 8,000,000 × 25% × 1.1^y = 2,000,000 × 1.1^y
    //   = 2,200,000 + 2,420,000 + 2,662,000 + 2,928,200 = 10,210,200.
    // Total: 4 × 10,000,000 + 2,000,000 sign-on + 10,210,200 = 52,210,200; average 13,052,550.
    expect(c.summaries.get('b')?.rows.map((r) => r.equity)).toEqual([
      2_200_000, 2_420_000, 2_662_000, 2_928_200,
    ]);
    expect(c.summaries.get('b')).toMatchObject({
      fourYearTotal: 52_210_200,
      averageAnnual: 13_052_550,
    });
    // Against A: 13,052,550 − 12,000,000 = 1,052,550 a year; 1,052,550 / 12,000,000 = 8.77125%.
    const b = c.vsBaseline.rows.find((r) => r.offerId === 'b');
    expect(b).toMatchObject({ comparable: true, diffCents: 1_052_550, isBaseline: false });
    expect(b?.comparable ? b.gapPct : null).toBeCloseTo(8.77125, 10);
  });

  it('uses the growth given for every offer, in the summaries and the comparison alike', () => {
    const c = built([A, B], { growth: 0 });
    expect(c.stockGrowthPct).toBe(0);
    // At 0%: equity 2,000,000 a year → total 40,000,000 + 2,000,000 + 8,000,000 = 50,000,000;
    // average 12,500,000, so 500,000 a year above A.
    expect(c.summaries.get('b')).toMatchObject({
      fourYearTotal: 50_000_000,
      averageAnnual: 12_500_000,
    });
    expect(c.vsBaseline.rows.find((r) => r.offerId === 'b')).toMatchObject({ diffCents: 500_000 });
    // The charts use it too: B's year-1 bar is 10,000,000 + 2,000,000 + 2,000,000 = 14,000,000.
    expect(c.stacked.data.find((d) => d.year === 1)?.byOffer.b?.total).toBe(14_000_000);
  });

  it('takes the chosen baseline, and falls back to the first offer when it is gone', () => {
    expect(built([A, B], { baseline: 'b' }).baselineId).toBe('b');
    expect(built([A, B], { baseline: 'deleted' }).baselineId).toBe('a');
  });

  it('leaves an offer in another currency out of the charts until it has a rate', () => {
    const c = built([A, B, C]);
    expect(c.foreign).toEqual(['EUR']);
    expect(c.leftOut).toEqual([{ offerId: 'c', name: 'Euro', currency: 'EUR' }]);
    expect(c.converted).toEqual([]);
    expect(c.charted.map((o) => o.id)).toEqual(['a', 'b']);
    expect(c.vsBaseline.rows.find((r) => r.offerId === 'c')).toMatchObject({ comparable: false });
    // Its own summary stays in euros: 4 × 9,000,000 = 36,000,000 euro cents.
    expect(c.summaries.get('c')?.fourYearTotal).toBe(36_000_000);
    expect(c.cumulative.series.map((s) => s.offerId)).toEqual(['a', 'b']);
  });

  it('converts it for the charts and the comparison at the workbook’s rate', () => {
    // 1.1 dollars per euro: €90,000 → $99,000 a year (9,900,000 cents).
    const c = built([A, C], { fx: { EUR: 1.1 } });
    expect(c.foreign).toEqual(['EUR']); // still a foreign currency, now with a rate
    expect(c.leftOut).toEqual([]);
    expect(c.converted).toEqual([{ offerId: 'c', name: 'Euro', currency: 'EUR', rate: 1.1 }]);
    expect(c.charted.map((o) => [o.id, o.currency, o.baseSalary, o.name])).toEqual([
      ['a', 'USD', 12_000_000, 'Base only'],
      ['c', 'USD', 9_900_000, 'Euro (converted to USD at 1.1 per EUR)'],
    ]);
    // 9,900,000 − 12,000,000 = −2,100,000 a year; −2,100,000 / 12,000,000 = −17.5%.
    const row = c.vsBaseline.rows.find((r) => r.offerId === 'c');
    expect(row).toMatchObject({ comparable: true, averageAnnualInBaseline: 9_900_000 });
    expect(row?.comparable ? row.diffCents : null).toBe(-2_100_000);
    expect(row?.comparable ? row.gapPct : null).toBeCloseTo(-17.5, 10);
    // Base paid in twelve equal months: after 12 months A has 12,000,000 and C 9,900,000, so
    // C is 2,100,000 behind; after 48, 4 × 2,100,000 = 8,400,000 behind. The baseline is no line.
    expect(c.difference.baseline?.offerId).toBe('a');
    expect(c.difference.series.map((s) => s.offerId)).toEqual(['c']);
    expect(c.difference.data[11]).toEqual({ month: 12, byOffer: { c: -2_100_000 } });
    expect(c.difference.data[47]).toEqual({ month: 48, byOffer: { c: -8_400_000 } });
    expect(c.cumulative.data[47]?.byOffer).toEqual({ a: 48_000_000, c: 39_600_000 });
    expect(c.cashFlow.data).toHaveLength(48);
  });

  it('sets each charted offer against the template’s figures for its role', () => {
    const figure: ReferenceFigure = {
      id: 'pm-base',
      roleId: 'pm',
      label: 'PM base, any level',
      level: null,
      location: null,
      metric: 'base',
      low: 110_000_00,
      high: 130_000_00,
      currency: 'USD',
      sourceName: 'Hand-made',
      sourceUrl: 'https://example.com/',
      readOn: '2026-11-01',
    };
    const c = built([A], {}, [figure]);
    // $120,000 against $110,000–$130,000: the midpoint is $120,000, so within and 0% off it.
    expect(c.market).toHaveLength(1);
    expect(c.market[0]?.offerId).toBe('a');
    expect(c.market[0]).toMatchObject({
      references: [
        expect.objectContaining({
          offerValue: 12_000_000,
          midpoint: 12_000_000,
          position: 'within',
          gapPctToMidpoint: 0,
        }),
      ],
    });
  });
});

/** The worked PM offer: base 142,000; sign-on 60,000 / 45,000; grant 160,000 at 5/15/40/40. */
const pm: Offer = {
  ...newOfferFromTemplate(null, {
    id: 'pm',
    workbookId: 'wb',
    position: 0,
    name: 'PM',
    roleId: 'pm',
  }),
  baseSalary: 142_000_00,
  signOnYear1: 60_000_00,
  signOnYear2: 45_000_00,
  rsuGrantValue: 160_000_00,
  vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
  bonusTargetPct: 0,
  stockGrowthPct: 0,
  raisePct: 0,
};

describe('buildComparison and the horizon', () => {
  it('shows 4 years by default and up to 6 when asked, the summary staying 4-year', () => {
    const four = buildComparison([pm], null, {}, [], undefined);
    expect(four?.projectionYears).toBe(4);
    expect(four?.byYear.get('pm')).toHaveLength(4);
    expect(four?.stacked.data).toHaveLength(4);

    const six = buildComparison([pm], null, {}, [], undefined, 6);
    // Years 5–6: base only, 142,000 (sign-on paid out, the grant fully vested by year 4).
    expect(six?.byYear.get('pm')?.map((r) => r.total)).toEqual([
      210_000_00, 211_000_00, 206_000_00, 206_000_00, 142_000_00, 142_000_00,
    ]);
    expect(six?.stacked.data.map((d) => d.year)).toEqual([1, 2, 3, 4, 5, 6]);
    // 210,000 + 211,000 + 206,000 + 206,000 = 833,000, whatever the horizon.
    expect(six?.summaries.get('pm')?.fourYearTotal).toBe(833_000_00);
    expect(six?.anyRefresher).toBe(false);
  });

  it('notices a refresher only when it has a value', () => {
    const refresher = { annualValue: 0, vesting: pm.vesting, firstGrantYear: 2 };
    expect(buildComparison([{ ...pm, refresher }], null, {}, [], undefined)?.anyRefresher).toBe(
      false,
    );
    const withValue = { ...pm, refresher: { ...refresher, annualValue: 40_000_00 } };
    expect(buildComparison([withValue], null, {}, [], undefined)?.anyRefresher).toBe(true);
  });

  it('works out each chart series once, on its first read', () => {
    const c = built([A, B]);
    // The same object on every read, so memoised charts see no change between reads.
    expect(c.difference).toBe(c.difference);
    expect(c.cumulative).toBe(c.cumulative);
    expect(c.cashFlow).toBe(c.cashFlow);
    expect(c.stacked).toBe(c.stacked);
    expect(c.market).toBe(c.market);
  });
});
