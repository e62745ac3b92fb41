/**
 * Hand-worked cases for take-home per offer: the sample's two Amazon offers
 * (PM: base 142,000, sign-on 58,000 / 44,000, grant 180,000; PMM: base
 * 136,000, sign-on 52,000 / 40,000, grant 160,000; both 5/15/40/40, no bonus,
 * no raise, no growth), single filer, 2026 federal tables.
 */
import { describe, expect, it } from 'vitest';
import type { VestingPreset } from '../schemas/template';
import {
  buildTakeHomeComparison,
  costOfLivingReading,
  householdOf,
  offerTakeHome,
  offerTakeHomeRemembered,
  offerTaxBasis,
  offerTaxChoice,
  type TakeHomeOffer,
  takeHomeGaps,
} from './offerTakeHome';
import { BUNDLED_TAX_TABLES } from './tax';

const tables = BUNDLED_TAX_TABLES;
const $ = (dollars: number) => Math.round(dollars * 100);
const single = householdOf(undefined);
const amazon = { preset: 'amazon' as VestingPreset, yearPct: [5, 15, 40, 40] };

const pm = (patch: Partial<TakeHomeOffer> = {}): TakeHomeOffer => ({
  id: 'pm',
  currency: 'USD',
  location: 'Seattle, WA',
  baseSalary: $(142_000),
  signOnYear1: $(58_000),
  signOnYear2: $(44_000),
  rsuGrantValue: $(180_000),
  vesting: amazon,
  ...patch,
});
const pmm = (patch: Partial<TakeHomeOffer> = {}): TakeHomeOffer => ({
  id: 'pmm',
  currency: 'USD',
  location: 'Seattle, WA',
  baseSalary: $(136_000),
  signOnYear1: $(52_000),
  signOnYear2: $(40_000),
  rsuGrantValue: $(160_000),
  vesting: amazon,
  ...patch,
});

describe('offerTaxChoice and offerTaxBasis', () => {
  it('guesses the region from a US-dollar offer’s location and marks it as a guess', () => {
    expect(offerTaxChoice(pm())).toEqual({ choice: 'us-wa', guessed: true });
    expect(offerTaxChoice(pm({ location: 'New York, NY' }))).toEqual({
      choice: 'us-ny-nyc',
      guessed: true,
    });
    // The user's choice wins and is not a guess.
    expect(offerTaxChoice(pm({ taxRegion: 'us-tx' }))).toEqual({ choice: 'us-tx', guessed: false });
    // No guess for another currency (the US tables are in dollars) or an unknown place.
    expect(offerTaxChoice(pm({ currency: 'EUR' }))).toEqual({ choice: null, guessed: false });
    expect(offerTaxChoice(pm({ location: 'Remote' }))).toEqual({ choice: null, guessed: false });
  });

  it('uses the table where one exists and the user’s rate (state and city together) elsewhere', () => {
    expect(offerTaxBasis(pm({ userTaxRatePct: 5 }), tables)).toMatchObject({
      ok: true,
      basis: { kind: 'us', regionId: 'us-wa' },
      usesUserRate: false,
    });
    expect(offerTaxBasis(pm({ location: 'New York, NY' }), tables)).toMatchObject({
      ok: false,
      reason: 'needs-rate',
    });
    expect(offerTaxBasis(pm({ location: 'New York, NY', userTaxRatePct: 10 }), tables)).toEqual({
      ok: true,
      basis: { kind: 'us', regionId: 'us-ny-nyc', userStateRatePct: 10, userCityRatePct: 0 },
      choice: { choice: 'us-ny-nyc', guessed: true },
      usesUserRate: true,
    });
    expect(offerTaxBasis(pm({ taxRegion: 'us-ca', userTaxRatePct: 9.3 }), tables)).toMatchObject({
      basis: { kind: 'us', regionId: 'us-ca', userStateRatePct: 9.3 },
    });
    expect(
      offerTaxBasis(pm({ currency: 'EUR', taxRegion: 'user-rate', userTaxRatePct: 35 }), tables),
    ).toMatchObject({ ok: true, basis: { kind: 'user-rate', ratePct: 35 } });
    expect(offerTaxBasis(pm({ taxRegion: 'user-rate' }), tables)).toMatchObject({
      ok: false,
      reason: 'needs-rate',
    });
    expect(offerTaxBasis(pm({ taxRegion: 'gross-only' }), tables)).toMatchObject({
      ok: false,
      reason: 'gross-only',
    });
    expect(offerTaxBasis(pm({ currency: 'GBP', taxRegion: 'us-wa' }), tables)).toMatchObject({
      ok: false,
      reason: 'not-dollars',
    });
    expect(offerTaxBasis(pm({ location: '' }), tables)).toMatchObject({
      ok: false,
      reason: 'no-region',
    });
  });
});

describe('offerTakeHome: the sample’s offers, single, Seattle', () => {
  it('PM: 4-year take-home $632,533', () => {
    // Year wages: base + sign-on + grant × vest %
    //   y1 142,000 + 58,000 + 9,000 = 209,000; y2 142,000 + 44,000 + 27,000 = 213,000;
    //   y3 = y4 = 142,000 + 72,000 = 214,000.
    // Federal single 2026: 16,100 deduction; tax to 105,700 = 1,240 + 4,560 + 12,166 = 17,966; 24% above.
    // y1: taxable 192,900 → 17,966 + 87,200 × 24% (20,928) = 38,894; SS 184,500 × 6.2% = 11,439;
    //     Medicare 3,030.50; Additional (209,000 − 200,000) × 0.9% = 81 → tax 53,444.50, keeps 155,555.50
    // y2: taxable 196,900 → 17,966 + 21,888 = 39,854; SS 11,439; Medicare 3,088.50; Additional 117
    //     → tax 54,498.50, keeps 158,501.50
    // y3, y4: taxable 197,900 → 17,966 + 22,128 = 40,094; SS 11,439; Medicare 3,103; Additional 126
    //     → tax 54,762, keeps 159,238
    // 4 years: 155,555.50 + 158,501.50 + 159,238 × 2 = 632,533; average 158,133.25
    const result = offerTakeHome(pm(), single, tables);
    expect(result.reason).toBeNull();
    expect(result.choice).toEqual({ choice: 'us-wa', guessed: true });
    expect(result.byYear.map((y) => y.estimate.takeHome)).toEqual([
      $(155_555.5),
      $(158_501.5),
      $(159_238),
      $(159_238),
    ]);
    expect(result.summary).toEqual({ total: $(632_533), averageAnnual: $(158_133.25) });
  });

  it('PMM: 4-year take-home $592,726', () => {
    // y1 136,000 + 52,000 + 8,000 = 196,000: taxable 179,900 → 17,966 + 74,200 × 24% (17,808)
    //     = 35,774; SS 11,439; Medicare 2,842; Additional 0 → tax 50,055, keeps 145,945
    // y2..y4 136,000 + 40,000 + 24,000 = 136,000 + 64,000 = 200,000: taxable 183,900 →
    //     17,966 + 18,768 = 36,734; SS 11,439; Medicare 2,900 → tax 51,073, keeps 148,927
    // 4 years: 145,945 + 3 × 148,927 = 592,726; average 148,181.50
    const result = offerTakeHome(pmm(), single, tables);
    expect(result.summary).toEqual({ total: $(592_726), averageAnnual: $(148_181.5) });
  });

  it('the same offers in Texas keep exactly the same (neither state taxes wages)', () => {
    const sea = offerTakeHome(pm(), single, tables);
    const tex = offerTakeHome(pm({ location: 'Austin, TX' }), single, tables);
    expect(tex.choice.choice).toBe('us-tx');
    expect(tex.summary).toEqual(sea.summary);
    expect(tex.byYear).toEqual(sea.byYear);
  });

  it('stock growth of the comparison reaches the wages', () => {
    // +10% a year: the y1 vest is 9,000 × 1.1 = 9,900 — 900 more wages at 24% + 1.45% + 0.9%
    // = 26.35% → 237.15 more tax, 662.85 more kept: 155,555.50 + 662.85 = 156,218.35
    const grown = offerTakeHome(pm(), single, tables, { stockGrowthPct: 10 });
    expect(grown.byYear[0]?.estimate.takeHome).toBe($(156_218.35));
  });

  it('no take-home, and why, for gross only and a missing rate', () => {
    expect(offerTakeHome(pm({ taxRegion: 'gross-only' }), single, tables)).toMatchObject({
      reason: 'gross-only',
      byYear: [],
      summary: null,
    });
    expect(offerTakeHome(pmm({ taxRegion: 'us-ca' }), single, tables).reason).toBe('needs-rate');
  });
});

describe('takeHomeGaps', () => {
  const results = (a: TakeHomeOffer, b: TakeHomeOffer) =>
    new Map([a, b].map((o) => [o.id, offerTakeHome(o, single, tables)]));

  it('both in Seattle: PMM is −$9,951.75 a year, −6.29% after tax (−6.35% gross)', () => {
    // gross averages: PM 850,000 / 4 = 212,500; PMM 796,000 / 4 = 199,000 → −6.3529%
    // after tax: 148,181.50 − 158,133.25 = −9,951.75; ÷ 158,133.25 = −6.29327%
    const gaps = takeHomeGaps([pm(), pmm()], results(pm(), pmm()), 'pm');
    expect(gaps[0]).toMatchObject({ isBaseline: true, diff: 0, gapPct: 0, missing: null });
    expect(gaps[1]?.diff).toBe($(-9_951.75));
    expect(gaps[1]?.gapPct).toBeCloseTo(-6.29327, 4);
  });

  it('PMM in New York City on the user’s 10% rate: −$29,851.75, −18.88% after tax', () => {
    // PMM NYC: the Seattle tax plus 10% of wages for state and city together:
    //   y1 50,055 + 19,600 = 69,655, keeps 126,345; y2..y4 51,073 + 20,000 = 71,073, keeps 128,927
    //   4 years 126,345 + 3 × 128,927 = 513,126; average 128,281.50
    // gap 128,281.50 − 158,133.25 = −29,851.75; ÷ 158,133.25 = −18.87759%
    const nyc = pmm({ location: 'New York, NY', userTaxRatePct: 10 });
    const gaps = takeHomeGaps([pm(), nyc], results(pm(), nyc), 'pm');
    expect(gaps[1]?.averageInBaseline).toBe($(128_281.5));
    expect(gaps[1]?.diff).toBe($(-29_851.75));
    expect(gaps[1]?.gapPct).toBeCloseTo(-18.87759, 4);
  });

  it('PMM on a 10% effective user rate: +$20,966.75, +13.26% after tax', () => {
    // 90% of wages: y1 176,400; y2..y4 180,000 → 716,400; average 179,100
    // gap 179,100 − 158,133.25 = 20,966.75; ÷ 158,133.25 = +13.25891%
    const abroad = pmm({ taxRegion: 'user-rate', userTaxRatePct: 10 });
    const gaps = takeHomeGaps([pm(), abroad], results(pm(), abroad), 'pm');
    expect(gaps[1]?.diff).toBe($(20_966.75));
    expect(gaps[1]?.gapPct).toBeCloseTo(13.25891, 4);
  });

  it('says what is missing: the offer’s take-home, the baseline’s, or an exchange rate', () => {
    const noRate = pmm({ taxRegion: 'us-ca' });
    expect(takeHomeGaps([pm(), noRate], results(pm(), noRate), 'pm')[1]?.missing).toBe(
      'no-take-home',
    );
    expect(takeHomeGaps([noRate, pm()], results(noRate, pm()), 'pmm')[1]).toMatchObject({
      missing: 'baseline-no-take-home',
      averageInBaseline: $(158_133.25),
      diff: null,
    });
    // A euro offer on a 30% rate: €100,000 a year, €70,000 kept; at 1.10 $/€ → $77,000.
    const euro: TakeHomeOffer = {
      id: 'eu',
      currency: 'EUR',
      taxRegion: 'user-rate',
      userTaxRatePct: 30,
      baseSalary: 10_000_000,
      rsuGrantValue: 0,
      vesting: amazon,
    };
    const both = results(pm(), euro);
    expect(takeHomeGaps([pm(), euro], both, 'pm')[1]?.missing).toBe('no-exchange-rate');
    expect(takeHomeGaps([pm(), euro], both, 'pm', { EUR: 1.1 })[1]?.averageInBaseline).toBe(
      $(77_000),
    );
  });
});

describe('costOfLivingReading', () => {
  it('nothing to read when no offer has an index', () => {
    expect(costOfLivingReading([pm(), pmm()], new Map([['pm', 1]]), 'pm')).toBeNull();
  });

  it('PMM at index 80 after tax: $185,226.88 at the baseline’s prices, +17.13%', () => {
    // PMM keeps 148,181.50 a year; at index 80 it buys 148,181.50 × 100 / 80 = 185,226.875
    //   → 185,226.88 (half away from zero, in cents)
    // PM is the baseline (no index → 100): 158,133.25
    // adjusted gap 185,226.88 − 158,133.25 = 27,093.63; ÷ 158,133.25 = +17.13342%
    // The raw gap stays beside it: −6.29327%.
    const avgs = new Map([
      ['pm', $(158_133.25)],
      ['pmm', $(148_181.5)],
    ]);
    const rows = costOfLivingReading([pm(), { ...pmm(), colIndex: 80 }], avgs, 'pm');
    expect(rows?.[1]).toMatchObject({
      rawAverage: $(148_181.5),
      adjustedAverage: $(185_226.88),
      adjustedDiff: $(27_093.63),
    });
    expect(rows?.[1]?.adjustedGapPct).toBeCloseTo(17.13342, 4);
    expect(rows?.[1]?.rawGapPct).toBeCloseTo(-6.29327, 4);
  });

  it('leaves out offers without an average (no take-home) rather than guessing', () => {
    const rows = costOfLivingReading(
      [pm(), { ...pmm(), colIndex: 80 }],
      new Map([
        ['pm', $(100)],
        ['pmm', null],
      ]),
      'pm',
    );
    expect(rows?.map((r) => r.offerId)).toEqual(['pm']);
  });
});

describe('buildTakeHomeComparison', () => {
  it('reads cost of living on the workbook’s basis: gross averages, or take-home ones', () => {
    // Gross averages: PM 212,500, PMM 199,000; PMM at index 80 → 199,000 × 100 / 80 = 248,750.
    // Take-home averages: PM 158,133.25, PMM 148,181.50 → 185,226.88 (see above).
    const offers = [pm(), { ...pmm(), colIndex: 80 }];
    const gross = new Map([
      ['pm', $(212_500)],
      ['pmm', $(199_000)],
    ]);
    const onGross = buildTakeHomeComparison(offers, 'pm', undefined, {
      grossAveragesInBaseline: gross,
    });
    expect(onGross.colBasis).toBe('gross');
    expect(onGross.col?.[1]?.adjustedAverage).toBe($(248_750));
    expect(onGross.gaps.get('pmm')?.diff).toBe($(-9_951.75));
    const onNet = buildTakeHomeComparison(
      offers,
      'pm',
      { filingStatus: 'single', otherIncome: 0, basis: 'take-home' },
      { grossAveragesInBaseline: gross },
    );
    expect(onNet.col?.[1]?.adjustedAverage).toBe($(185_226.88));
    expect(onNet.results.get('pm')?.summary?.total).toBe($(632_533));
  });
});

describe('offerTakeHomeRemembered', () => {
  it('answers the same result for the same record and inputs, and works again when any differs', () => {
    const offer = pm();
    const first = offerTakeHomeRemembered(offer, single, tables);
    // PM, single, Seattle: 4-year take-home $632,533, worked out above.
    expect(first.summary?.total).toBe($(632_533));
    // Same record, same household, tables and growth: the very same result, no arithmetic.
    expect(offerTakeHomeRemembered(offer, householdOf(undefined), tables)).toBe(first);
    // Another growth, another household or another record: worked out again, as offerTakeHome.
    const grown = offerTakeHomeRemembered(offer, single, tables, { stockGrowthPct: 10 });
    expect(grown).not.toBe(first);
    expect(grown).toEqual(offerTakeHome(offer, single, tables, { stockGrowthPct: 10 }));
    const married = householdOf({ filingStatus: 'marriedJointly', otherIncome: 0 });
    expect(offerTakeHomeRemembered(offer, married, tables)).toEqual(
      offerTakeHome(offer, married, tables),
    );
    // An edit makes a new record: $10,000 less base a year is a new figure, not the old one.
    const edited = { ...offer, baseSalary: $(132_000) };
    expect(offerTakeHomeRemembered(edited, single, tables).summary?.total).toBeLessThan($(632_533));
  });
});
