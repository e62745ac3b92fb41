import { describe, expect, it } from 'vitest';
import { linearScale, linePath, nearestIndex, niceTicks } from './svgChart';

describe('niceTicks', () => {
  it('covers the sample difference (0 to −$54,000 in cents) in steps of $20,000', () => {
    // Range 5,400,000 cents / 5 = 1,080,000 raw step; power 10^6, fraction 1.08 → 2 × 10^6,
    // i.e. $20,000 steps. floor(−5,400,000 / 2,000,000) = floor(−2.7) = −3 and
    // ceil(0 / 2,000,000) = 0 → −6,000,000, −4,000,000, −2,000,000, 0.
    expect(niceTicks(-5_400_000, 0, 5)).toEqual([-6_000_000, -4_000_000, -2_000_000, 0]);
  });

  it('picks 1, 2 or 5 times a power of ten', () => {
    // 0…100 / 5 = 20 raw; power 10, fraction 2 → step 20 → 0, 20, 40, 60, 80, 100.
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    // 0…100 / 4 = 25 raw; power 10, fraction 2.5 → 5 × 10 = 50 → 0, 50, 100.
    expect(niceTicks(0, 100, 4)).toEqual([0, 50, 100]);
    // 0…100 / 10 = 10 raw; power 10, fraction 1 → step 10 → eleven ticks 0…100.
    expect(niceTicks(0, 100, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    // 0…70 / 10 = 7 raw; power 1, fraction 7 → 10 × 1 = 10 → 0…70 by 10.
    expect(niceTicks(0, 70, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('extends past the data to the next round value on both sides, crossing zero', () => {
    // −13…47 → 60 / 5 = 12 raw; power 10, fraction 1.2 → 20. floor(−13/20) = −1 → −20;
    // ceil(47/20) = 3 → 60. Ticks −20, 0, 20, 40, 60.
    expect(niceTicks(-13, 47, 5)).toEqual([-20, 0, 20, 40, 60]);
  });

  it('gives clean fractional ticks, without float noise', () => {
    // 0…0.3 / 3 = 0.1 raw; power 0.1, fraction 1 → step 0.1; 3 × 0.1 is 0.30000000000000004 in
    // floating point, shown as 0.3.
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('reads swapped bounds as the pair, and handles the degenerate cases', () => {
    expect(niceTicks(100, 0, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(7, 7, 5)).toEqual([7]);
    expect(niceTicks(0, Number.NaN, 5)).toEqual([]);
    expect(niceTicks(0, Number.POSITIVE_INFINITY, 5)).toEqual([]);
    expect(niceTicks(0, 10, 0)).toEqual([]);
  });
});

describe('linearScale', () => {
  it('maps the data interval onto the pixel interval, inverted for a y axis', () => {
    // Months 0…48 onto x 88…1088: 1000 px / 48 months; month 12 → 88 + 12 × 1000/48 = 338.
    const x = linearScale(0, 48, 88, 1088);
    expect(x(0)).toBe(88);
    expect(x(12)).toBe(338);
    expect(x(48)).toBe(1088);
    // −60…0 onto y 226 (bottom)…8 (top): −30 is halfway → (226 + 8) / 2 = 117.
    const y = linearScale(-60, 0, 226, 8);
    expect(y(-60)).toBe(226);
    expect(y(-30)).toBe(117);
    expect(y(0)).toBe(8);
  });

  it('maps an empty data interval to the middle of the pixels', () => {
    expect(linearScale(5, 5, 0, 100)(5)).toBe(50);
  });
});

describe('linePath', () => {
  it('moves to the first point and draws lines to the rest, in tenths of a pixel', () => {
    expect(
      linePath([
        [0, 10],
        [1.04, 5.25],
        [2.16, -3.333],
      ]),
    ).toBe('M0,10L1,5.3L2.2,-3.3');
  });

  it('is empty without points', () => {
    expect(linePath([])).toBe('');
  });
});

describe('nearestIndex', () => {
  const months = [1, 2, 3, 4, 5];
  it('finds the nearest value, a tie going to the earlier one', () => {
    expect(nearestIndex(months, 3.2)).toBe(2); // 3 is 0.2 away, 4 is 0.8
    expect(nearestIndex(months, 3.7)).toBe(3); // 4 is 0.3 away
    expect(nearestIndex(months, 3.5)).toBe(2); // a tie: 3
  });

  it('clamps to the ends and gives −1 for no values', () => {
    expect(nearestIndex(months, -10)).toBe(0);
    expect(nearestIndex(months, 99)).toBe(4);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
