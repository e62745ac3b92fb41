/**
 * Hand-worked tests for the cost-of-living reading: the adjustment itself,
 * its rounding, the adjusted averages and gaps beside the raw ones, offers
 * without an index, and reading a typed index. Working in the comments.
 */
import { describe, expect, it } from 'vitest';
import { adjustForCostOfLiving, parseColIndex, readAdjustedForCostOfLiving } from './costOfLiving';

const $ = (dollars: number) => Math.round(dollars * 100);

describe('adjustForCostOfLiving', () => {
  it('divides by index / 100', () => {
    // 200,000 × 100 / 125 = 160,000
    expect(adjustForCostOfLiving($(200_000), 125)).toBe($(160_000));
    // the baseline's own index leaves an amount alone
    expect(adjustForCostOfLiving($(123_456.78), 100)).toBe($(123_456.78));
    // a cheaper place: 90,000 × 100 / 90 = 100,000
    expect(adjustForCostOfLiving($(90_000), 90)).toBe($(100_000));
  });
  it('rounds to whole cents, half away from zero, for differences too', () => {
    // 100 cents × 100 / 300 = 33.33… → 33; 1 cent / 2 = 0.5 → 1; −1 / 2 → −1
    expect(adjustForCostOfLiving(100, 300)).toBe(33);
    expect(adjustForCostOfLiving(1, 200)).toBe(1);
    expect(adjustForCostOfLiving(-1, 200)).toBe(-1);
  });
  it('refuses an index outside 10–1000 or not a number', () => {
    const message = 'A cost-of-living index must be from 10 to 1000 (100 is the baseline).';
    expect(() => adjustForCostOfLiving(100, 0)).toThrow(message);
    expect(() => adjustForCostOfLiving(100, 9.99)).toThrow(message);
    expect(() => adjustForCostOfLiving(100, 1001)).toThrow(message);
    expect(() => adjustForCostOfLiving(100, Number.NaN)).toThrow(message);
  });
});

describe('readAdjustedForCostOfLiving keeps the raw figures beside the adjusted', () => {
  // Seattle baseline averaging 200,000 (no index typed: it is the reference,
  // 100); New York averaging 230,000 at index 125; a third offer with no index.
  const rows = readAdjustedForCostOfLiving(
    [
      { offerId: 'sea', averageAnnual: $(200_000), colIndex: null },
      { offerId: 'nyc', averageAnnual: $(230_000), colIndex: 125 },
      { offerId: 'aus', averageAnnual: $(190_000), colIndex: null },
    ],
    'sea',
  );

  it('the baseline: raw = adjusted, gaps 0', () => {
    expect(rows?.[0]).toEqual({
      offerId: 'sea',
      isBaseline: true,
      rawAverage: $(200_000),
      adjustedAverage: $(200_000),
      rawGapPct: 0,
      adjustedGapPct: 0,
      adjustedDiff: 0,
    });
  });
  it('New York: +15% raw, −8% adjusted', () => {
    // raw gap (230,000 − 200,000) / 200,000 = +15%
    // adjusted 230,000 × 100 / 125 = 184,000; (184,000 − 200,000) / 200,000 = −8%; diff −16,000
    expect(rows?.[1]).toEqual({
      offerId: 'nyc',
      isBaseline: false,
      rawAverage: $(230_000),
      adjustedAverage: $(184_000),
      rawGapPct: 15,
      adjustedGapPct: -8,
      adjustedDiff: $(-16_000),
    });
  });
  it('an offer without an index keeps its raw gap and has no adjusted figures', () => {
    // raw gap (190,000 − 200,000) / 200,000 = −5%
    expect(rows?.[2]).toMatchObject({
      rawGapPct: -5,
      adjustedAverage: null,
      adjustedGapPct: null,
      adjustedDiff: null,
    });
  });
  it('a baseline with its own index: both at the prices of index 100', () => {
    // 220,000 / 1.10 = 200,000 and 264,000 / 1.32 = 200,000 → adjusted gap 0,
    // while the raw gap is (264,000 − 220,000) / 220,000 = +20%
    const r = readAdjustedForCostOfLiving(
      [
        { offerId: 'a', averageAnnual: $(220_000), colIndex: 110 },
        { offerId: 'b', averageAnnual: $(264_000), colIndex: 132 },
      ],
      'a',
    );
    expect(r?.[1]?.rawGapPct).toBeCloseTo(20, 10);
    expect([r?.[0]?.adjustedAverage, r?.[1]?.adjustedAverage, r?.[1]?.adjustedGapPct]).toEqual([
      $(200_000),
      $(200_000),
      0,
    ]);
  });
  it('an unknown baseline gives null', () => {
    expect(readAdjustedForCostOfLiving([], 'x')).toBeNull();
  });
});

describe('parseColIndex', () => {
  it('reads a number, or empty as no index', () => {
    expect(parseColIndex(' 112.5 ')).toEqual({ ok: true, value: 112.5 });
    expect(parseColIndex('')).toEqual({ ok: true, value: null });
  });
  it('says what to fix', () => {
    expect(parseColIndex('dear')).toEqual({
      ok: false,
      message: 'Enter the index as a number, such as 115 for a place 15% dearer than the baseline.',
    });
    expect(parseColIndex('5')).toEqual({
      ok: false,
      message: "Enter an index from 10 to 1000; 100 is the baseline's location.",
    });
  });
});
