import { describe, expect, it } from 'vitest';
import { unvestedPctAfter, vestEvents, vestingYearPct, vestingYears } from './vesting';

describe('vestingYearPct', () => {
  it('gives the Amazon and even-cliff splits, and no split for custom', () => {
    expect(vestingYearPct('amazon')).toEqual([5, 15, 40, 40]);
    expect(vestingYearPct('even-cliff')).toEqual([25, 25, 25, 25]);
    expect(vestingYearPct('custom')).toBeNull();
  });

  it('returns a fresh array each time, so callers cannot change the preset', () => {
    const first = vestingYearPct('amazon');
    first[0] = 99;
    expect(vestingYearPct('amazon')).toEqual([5, 15, 40, 40]);
  });
});

describe('vestEvents', () => {
  it('Amazon: 5% at 12, 15% at 24, then 20% every six months', () => {
    // Years 3 and 4 are 40% each, split in halves at 12y−6 and 12y: 30/36, 42/48.
    expect(vestEvents({ preset: 'amazon', yearPct: [5, 15, 40, 40] })).toEqual([
      { month: 12, pct: 5 },
      { month: 24, pct: 15 },
      { month: 30, pct: 20 },
      { month: 36, pct: 20 },
      { month: 42, pct: 20 },
      { month: 48, pct: 20 },
    ]);
  });

  it('even-cliff: 25% at the one-year cliff, then 6.25% every quarter to month 48', () => {
    const events = vestEvents({ preset: 'even-cliff', yearPct: [25, 25, 25, 25] });
    // Quarterly months after the cliff: 15, 18, …, 48 → (48 − 15)/3 + 1 = 12 events of 25/4.
    const quarterly = [15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48].map((month) => ({
      month,
      pct: 6.25,
    }));
    expect(events).toEqual([{ month: 12, pct: 25 }, ...quarterly]);
    // 25 + 12 × 6.25 = 25 + 75 = 100
    expect(events.reduce((sum, e) => sum + e.pct, 0)).toBe(100);
  });

  it('custom: each year vests at once at month 12·y, skipping 0% years', () => {
    expect(vestEvents({ preset: 'custom', yearPct: [10, 0, 30, 60] })).toEqual([
      { month: 12, pct: 10 },
      { month: 36, pct: 30 },
      { month: 48, pct: 60 },
    ]);
  });

  it('a preset follows the entered yearly amounts, so a year’s events add up to its percent', () => {
    // Amazon timing with a 3-year 20/30/50 split: year 3 halves are 25 at 30 and 25 at 36.
    expect(vestEvents({ preset: 'amazon', yearPct: [20, 30, 50] })).toEqual([
      { month: 12, pct: 20 },
      { month: 24, pct: 30 },
      { month: 30, pct: 25 },
      { month: 36, pct: 25 },
    ]);
  });
});

describe('unvestedPctAfter', () => {
  const amazon = { preset: 'amazon', yearPct: [5, 15, 40, 40] } as const;
  const cliff = { preset: 'even-cliff', yearPct: [25, 25, 25, 25] } as const;

  it('counts an event as vested once its month has been worked', () => {
    expect(unvestedPctAfter(amazon, 0)).toBe(100);
    expect(unvestedPctAfter(amazon, 11)).toBe(100);
    expect(unvestedPctAfter(amazon, 12)).toBe(95); // 100 − 5
    expect(unvestedPctAfter(amazon, 24)).toBe(80); // 100 − 5 − 15
    expect(unvestedPctAfter(amazon, 29)).toBe(80);
    expect(unvestedPctAfter(amazon, 30)).toBe(60); // 80 − 20
    expect(unvestedPctAfter(amazon, 48)).toBe(0);
    expect(unvestedPctAfter(amazon, 60)).toBe(0);
  });

  it('nothing vests before the cliff, then a quarter at once', () => {
    expect(unvestedPctAfter(cliff, 11)).toBe(100);
    expect(unvestedPctAfter(cliff, 12)).toBe(75);
    expect(unvestedPctAfter(cliff, 14)).toBe(75);
    expect(unvestedPctAfter(cliff, 15)).toBe(68.75); // 75 − 6.25
  });
});

describe('vestingYears', () => {
  it('is the last year with a non-zero percent', () => {
    expect(vestingYears({ yearPct: [5, 15, 40, 40] })).toBe(4);
    expect(vestingYears({ yearPct: [50, 50, 0] })).toBe(2);
    expect(vestingYears({ yearPct: [0] })).toBe(0);
  });
});
