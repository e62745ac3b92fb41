/**
 * Hand-worked cases for "what could change the answer". Amounts are cents;
 * the working for every expected value is written beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  type ChangeOffer,
  commonGrowthFlip,
  crossoverMonth,
  frontLoadedPct,
  leaderGrowthToTie,
  payDropAfterSignOn,
  trailingGrowthToTie,
  whatCouldChange,
} from './whatCouldChange';

const K = 100_000; // $1,000 in cents

const offer = (over: Partial<ChangeOffer> & Pick<ChangeOffer, 'id'>): ChangeOffer => ({
  name: over.id,
  company: '',
  currency: 'USD',
  baseSalary: 0,
  rsuGrantValue: 0,
  vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] },
  signOnYear1: 0,
  signOnYear2: 0,
  signOnPaidMonthly: false,
  bonusTargetPct: 0,
  stockGrowthPct: 0,
  raisePct: 0,
  ...over,
});

// A: $150,000 base with a $100,000 sign-on paid in month 1; B: $180,000 base.
const lumpA = offer({ id: 'A', baseSalary: 150 * K, signOnYear1: 100 * K });
const plainB = offer({ id: 'B', baseSalary: 180 * K });

// The worked example, Amazon terms, sign-on paid monthly, 0% growth.
const amazon = { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] };
const pm = offer({
  id: 'pm',
  name: 'PM',
  company: 'Amazon',
  baseSalary: 142 * K,
  signOnYear1: 60 * K,
  signOnYear2: 45 * K,
  signOnPaidMonthly: true,
  rsuGrantValue: 160 * K,
  vesting: amazon,
});
const pmm = offer({
  id: 'pmm',
  name: 'PMM',
  company: 'Amazon',
  baseSalary: 136 * K,
  signOnYear1: 50 * K,
  signOnYear2: 40 * K,
  signOnPaidMonthly: true,
  rsuGrantValue: 140 * K,
  vesting: amazon,
});

// A: $200,000 base, no stock; B: $150,000 base + a $160,000 grant vesting 25% a year.
const cashA = offer({ id: 'A', company: 'Acme', baseSalary: 200 * K });
const stockB = offer({ id: 'B', company: 'Bolt', baseSalary: 150 * K, rsuGrantValue: 160 * K });

describe('crossoverMonth', () => {
  it('a lump sign-on leads until month 40; the higher base pulls ahead in month 41', () => {
    // A by month m: 12,500m + 100,000; B: 15,000m. Equal when 2,500m = 100,000,
    // m = 40 (600,000 each); from month 41 B is ahead and stays ahead.
    expect(crossoverMonth(plainB, lumpA)).toEqual({ kind: 'overtakes', month: 41 });
  });

  it('the worked example: PM is ahead in every month', () => {
    // Months 1–12: PM 11,833.33 + 5,000 a month vs PMM 11,333.33 + 4,166.67; month 12
    // vests 8,000 vs 7,000. Months 13–24: 11,833.33 + 3,750 vs 11,333.33 + 3,333.33; vests
    // 24,000 vs 21,000. Years 3–4: the higher base and 32,000 vs 28,000 per vest.
    expect(crossoverMonth(pm, pmm)).toEqual({ kind: 'always-ahead' });
  });
});

describe('crossover when the yearly and the monthly view disagree', () => {
  it('a lead that exists only at year-end prices is said so', () => {
    // A: no cash, a $100,000 grant vesting all in year 3 (Amazon: halves at months 30 and 36),
    // stock doubling every year (x = 2). Yearly view: 100,000 × 2³ = 800,000.
    // Monthly: 50,000 × 2^2.5 + 50,000 × 2³ = 282,842.71 + 400,000 = 682,842.71 by month 48.
    // B: $180,000 base → 720,000. A leads the totals by 80,000 but has been paid less cash.
    const a = offer({
      id: 'A',
      baseSalary: 1,
      rsuGrantValue: 100 * K,
      stockGrowthPct: 100,
      vesting: { preset: 'amazon', yearPct: [0, 0, 100, 0] },
    });
    expect(crossoverMonth(a, plainB)).toEqual({ kind: 'not-by-cash' });
    // The 4 cents of A's base (1 cent a year) round away: $80,000 ahead.
    const line = whatCouldChange([a, plainB], { locale: 'en-US' }).find(
      (l) => l.kind === 'crossover',
    );
    expect(line?.text).toBe(
      'A ends $80,000 ahead over 4 years in the yearly totals, which value its mid-year vests at year-end prices; in cash paid through month 48, B is not behind (stock at each offer’s own growth assumption).',
    );
  });
});

describe('growth that ties the 4-year totals', () => {
  it('B’s stock must grow 9.128% a year to catch A', () => {
    // A = 4 × 200,000 = 800,000. B = 4 × 150,000 + 40,000 × (x + x² + x³ + x⁴).
    // Tie: x + x² + x³ + x⁴ = 5 → x = 1.0912806 (1.09128 + 1.19089 + 1.29959 + 1.41822 = 4.99998).
    const g = trailingGrowthToTie(cashA, stockB);
    expect(g).not.toBeNull();
    expect(g ?? 0).toBeCloseTo(9.12806, 3);
  });

  it('no growth up to 100% closes a gap the stock is too small for', () => {
    // B with a $10,000 grant: at 100% a year 2,500 × (2 + 4 + 8 + 16) = 75,000 < 200,000.
    expect(trailingGrowthToTie(cashA, { ...stockB, rsuGrantValue: 10 * K })).toBeNull();
  });

  it('when only the leader has stock, its fall of 8.729% a year ties', () => {
    // A = 150,000 × 4 + 25,000 × S; B = 170,000 × 4 = 680,000. At 0%: 700,000 vs 680,000.
    // Tie: 25,000 × S = 80,000 → S = 3.2 → x = 0.9127067, a fall of 8.72933% a year.
    const a = offer({ id: 'A', company: 'Acme', baseSalary: 150 * K, rsuGrantValue: 100 * K });
    const b = offer({ id: 'B', company: 'Bolt', baseSalary: 170 * K });
    expect(leaderGrowthToTie(a, b) ?? 0).toBeCloseTo(-8.72933, 3);
  });

  it('same company: PM keeps more cash and more stock at every common growth', () => {
    // Gap(g) = cash gap 39,000 + (160,000 − 140,000) × (0.05x + 0.15x² + 0.4x³ + 0.4x⁴) > 0.
    expect(commonGrowthFlip(pm, pmm, 0)).toEqual({ up: null, down: null });
  });

  it('same company: more cash against more stock flips at a common growth', () => {
    // L: 200,000 base + 40,000 grant even (10,000 × S); O: 150,000 base + 200,000 grant (50,000 × S).
    // Tie: 800,000 + 10,000 S = 600,000 + 50,000 S → S = 5 → 9.12806% a year, as above.
    const l = offer({ id: 'L', company: 'Acme', baseSalary: 200 * K, rsuGrantValue: 40 * K });
    const o = offer({ id: 'O', company: 'Acme', baseSalary: 150 * K, rsuGrantValue: 200 * K });
    const flip = commonGrowthFlip(l, o, 0);
    expect(flip.down).toBeNull();
    expect(flip.up ?? 0).toBeCloseTo(9.12806, 3);
  });
});

describe('vesting timing', () => {
  it('Amazon 5/15/40/40 vests 20% in the first half; an even 25% a year vests 50%', () => {
    // Amazon: months 12 (5) and 24 (15) are within the first 24 months → 20.
    // Even with a cliff: 25 at month 12 + 6.25 at 15, 18, 21, 24 → 50.
    expect(frontLoadedPct({ vesting: amazon })).toBe(20);
    expect(frontLoadedPct({ vesting: { preset: 'even-cliff', yearPct: [25, 25, 25, 25] } })).toBe(
      50,
    );
  });

  it('the worked example’s PM falls from $211,000 in year 2 to $206,000 in year 3', () => {
    // Year 1: 142,000 + 60,000 + 5% × 160,000 = 210,000; year 2: 142,000 + 45,000 + 24,000 =
    // 211,000 (no drop); year 3: 142,000 + 40% × 160,000 = 206,000.
    expect(payDropAfterSignOn(pm)).toEqual({
      year: 2,
      from: 211 * K,
      to: 206 * K,
      signOnEnds: true,
    });
    expect(payDropAfterSignOn(plainB)).toBeNull();
  });
});

describe('whatCouldChange sentences', () => {
  const texts = (offers: ChangeOffer[]) => whatCouldChange(offers, { locale: 'en-US' });

  it('the lump sign-on case: B pulls ahead in month 41 and ends $20,000 ahead', () => {
    // Totals: A 4 × 150,000 + 100,000 = 700,000; B 4 × 180,000 = 720,000 → B by 20,000.
    const lines = texts([lumpA, plainB]);
    expect(lines.map((l) => l.kind)).toEqual(['crossover', 'stock', 'pay-drop']);
    expect(lines[0]?.text).toBe(
      'B pulls ahead of A for good in month 41 and ends $20,000 ahead over 4 years; until then A has been paid as much or more (cash as paid month by month, stock at each offer’s own growth assumption).',
    );
    expect(lines[1]?.text).toBe(
      'Stock cannot flip it — the gap between B and A is cash (neither has stock vesting in 4 years; pay as entered).',
    );
    // A: year 1 = 150,000 + 100,000 = 250,000; year 2 = 150,000.
    expect(lines[2]?.text).toBe(
      'A’s pay falls from $250,000 in year 1 to $150,000 in year 2, $100,000 less, once its sign-on ends (its stock at its own 0% a year).',
    );
  });

  it('the worked example: PM stays ahead every month, ends $59,000 ahead, no common growth flips it', () => {
    // PM 4 × 142,000 + 105,000 + 160,000 = 833,000; PMM 4 × 136,000 + 90,000 + 140,000 = 774,000.
    const lines = texts([pmm, pm]);
    const byKind = (k: string) => lines.filter((l) => l.kind === k).map((l) => l.text);
    expect(byKind('crossover')).toEqual([
      'PM stays ahead of PMM every month and ends $59,000 ahead over 4 years (cash as paid month by month, stock at each offer’s own growth assumption).',
    ]);
    expect(byKind('stock')).toEqual([
      'No common Amazon stock growth between a fall of 50% and a rise of 100% a year flips it: PM stays ahead of PMM (both grants in Amazon stock growing alike; cash pay as entered).',
    ]);
    // Both Amazon 5/15/40/40 with the first vest in month 12: no timing lines.
    expect(byKind('front-loaded')).toEqual([]);
    expect(byKind('cliff')).toEqual([]);
    // PMM: year 2 = 136,000 + 40,000 + 21,000 = 197,000; year 3 = 136,000 + 56,000 = 192,000.
    expect(byKind('pay-drop')).toEqual([
      'PMM’s pay falls from $197,000 in year 2 to $192,000 in year 3, $5,000 less, once its sign-on ends (its stock at its own 0% a year).',
      'PM’s pay falls from $211,000 in year 2 to $206,000 in year 3, $5,000 less, once its sign-on ends (its stock at its own 0% a year).',
    ]);
    for (const line of lines) expect(line.text).not.toMatch(/[−-]\$|[−+]\d/);
  });

  it('different companies: A leads unless B’s stock grows at least 9.1% a year', () => {
    const stock = texts([cashA, stockB]).find((l) => l.kind === 'stock');
    expect(stock?.text).toBe(
      'A leads unless B’s stock grows at least 9.1% a year (A’s stock held at its own 0% a year; cash pay as entered).',
    );
  });

  it('a tie is dead even over 4 years', () => {
    // A: 4 × 150,000 = 600,000; B: 4 × 125,000 + 100,000 = 600,000.
    const a = offer({ id: 'A', baseSalary: 150 * K });
    const b = offer({ id: 'B', baseSalary: 125 * K, signOnYear1: 100 * K });
    expect(texts([a, b])).toEqual([
      {
        key: 'tie:B',
        kind: 'tie',
        text: 'A and B are dead even over 4 years (stock at each offer’s own growth assumption).',
      },
      {
        // B: year 1 = 125,000 + 100,000 = 225,000; year 2 = 125,000.
        key: 'pay-drop:B',
        kind: 'pay-drop',
        text: 'B’s pay falls from $225,000 in year 1 to $125,000 in year 2, $100,000 less, once its sign-on ends (its stock at its own 0% a year).',
      },
    ]);
  });

  it('says which offer is front-loaded, with both shares, and a later first vest', () => {
    // X even 25% a year: 50% in the first half; Y Amazon: 20%. 30 points ≥ 10.
    const x = offer({ id: 'X', company: 'Acme', baseSalary: 150 * K, rsuGrantValue: 100 * K });
    const y = offer({
      id: 'Y',
      company: 'Acme',
      baseSalary: 150 * K,
      rsuGrantValue: 120 * K,
      vesting: amazon,
    });
    const front = texts([x, y]).find((l) => l.kind === 'front-loaded');
    expect(front?.text).toBe(
      'X’s stock is front-loaded: 50% of its grant vests in the first half of its schedule, against 20% for Y (vesting schedules as entered).',
    );
    // Z vests nothing in year 1 (custom 0/50/50): first vest month 24 against X’s 12.
    const z = offer({
      id: 'Z',
      company: 'Acme',
      baseSalary: 160 * K,
      rsuGrantValue: 100 * K,
      vesting: { preset: 'custom', yearPct: [0, 50, 50] },
    });
    const cliff = texts([x, z]).find((l) => l.kind === 'cliff');
    expect(cliff?.text).toBe(
      'Z vests no stock before month 24, while X’s first shares vest in month 12 (vesting schedules as entered).',
    );
  });

  it('with three offers compares each with the leader and leaves out incomplete and foreign ones', () => {
    const c = offer({ id: 'C', baseSalary: 170 * K });
    const draft = offer({ id: 'draft', baseSalary: 0 });
    const euro = offer({ id: 'E', baseSalary: 300 * K, currency: 'EUR' });
    const lines = texts([lumpA, plainB, c, draft, euro]);
    // Leader B (720,000) against A (700,000) and C (680,000).
    const crossovers = lines.filter((l) => l.kind === 'crossover');
    expect(crossovers.map((l) => l.key)).toEqual(['crossover:A', 'crossover:C']);
    expect(crossovers.map((l) => l.text.slice(0, 2))).toEqual(['B ', 'B ']);
    expect(lines.at(-1)?.text).toBe(
      'E is paid in another currency than USD, so it is left out of these lines.',
    );
    expect(lines.some((l) => l.text.includes('draft'))).toBe(false);
  });

  it('compares in the currency asked for, leaving the others out', () => {
    const e1 = offer({ id: 'E1', baseSalary: 100 * K, currency: 'EUR' });
    const e2 = offer({ id: 'E2', baseSalary: 90 * K, currency: 'EUR' });
    const lines = whatCouldChange([plainB, e1, e2], { locale: 'en-US', currency: 'EUR' });
    // E1 4 × 100,000 vs E2 4 × 90,000: €40,000, ahead from month 1.
    expect(lines[0]?.text).toMatch(/^E1 stays ahead of E2 every month and ends €40,000 ahead/);
    expect(lines.at(-1)?.text).toBe(
      'B is paid in another currency than EUR, so it is left out of these lines.',
    );
  });

  it('needs two complete offers', () => {
    expect(texts([plainB, offer({ id: 'empty' })])).toEqual([]);
  });
});
