import { describe, expect, it } from 'vitest';
import sample from '../../resources/sample/sample-workbook.crossroads.json';
import { COL_INDEX_MAX, COL_INDEX_MIN } from '../domain/costOfLiving';
import { US_TAX_REGIONS } from '../domain/tax';
import {
  COL_INDEX_HIGH,
  COL_INDEX_LOW,
  DEFAULT_TAKE_HOME,
  type Offer,
  OfferSchema,
  WorkbookDataSchema,
  WorkbookSchema,
} from './records';
import { US_TAX_REGION_IDS } from './tax';
import { payloadV1toV2 } from './upgrades';

const offer = (patch: Partial<Offer>): Offer => ({
  id: 'o1',
  workbookId: 'w1',
  position: 0,
  name: 'Offer',
  company: '',
  roleId: 'other',
  level: '',
  location: '',
  currency: 'USD',
  baseSalary: 0,
  signOnYear1: 0,
  signOnYear2: 0,
  signOnPaidMonthly: false,
  bonusTargetPct: 0,
  rsuGrantValue: 0,
  vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
  stockGrowthPct: 0,
  raisePct: 0,
  clawback: 'none',
  equityIlliquid: false,
  deadline: null,
  scopeNotes: '',
  sources: {},
  isExample: false,
  ...patch,
});

describe('OfferSchema amounts', () => {
  it('holds each amount to the limit of the offer’s own currency', () => {
    // ₩150,000,000 is 150,000,000 minor units; the KRW limit is 10^11.
    expect(OfferSchema.safeParse(offer({ currency: 'KRW', baseSalary: 150_000_000 })).success).toBe(
      true,
    );
    // The same number of minor units in USD is $1.5M: still under $100M = 10^10 cents.
    expect(OfferSchema.safeParse(offer({ currency: 'USD', baseSalary: 150_000_000 })).success).toBe(
      true,
    );
    // 10^10 + 1 cents is one cent over $100M; the same number of won is well under ₩100 billion.
    expect(OfferSchema.safeParse(offer({ baseSalary: 10_000_000_001 })).success).toBe(false);
    expect(
      OfferSchema.safeParse(offer({ currency: 'KRW', baseSalary: 10_000_000_001 })).success,
    ).toBe(true);
  });

  it('names the currency when an amount is over its limit', () => {
    const result = OfferSchema.safeParse(offer({ currency: 'JPY', rsuGrantValue: 10_000_000_001 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'That is over the limit for JPY amounts — check for extra digits.',
    );
    expect(result.error?.issues[0]?.path).toEqual(['rsuGrantValue']);
  });
});

describe('OfferSchema take-home and cost-of-living fields (issue 19, optional)', () => {
  it('loads an offer saved before the fields existed, unchanged', () => {
    const parsed = OfferSchema.parse(offer({}));
    expect(parsed.taxRegion).toBeUndefined();
    expect(parsed.userTaxRatePct).toBeUndefined();
    expect(parsed.colIndex).toBeUndefined();
    expect(parsed.colNote).toBeUndefined();
  });

  it('keeps a region, a rate, an index and its note', () => {
    const parsed = OfferSchema.parse(
      offer({ taxRegion: 'us-ny-nyc', userTaxRatePct: 9.5, colIndex: 128, colNote: 'Numbeo' }),
    );
    expect(parsed).toMatchObject({
      taxRegion: 'us-ny-nyc',
      userTaxRatePct: 9.5,
      colIndex: 128,
      colNote: 'Numbeo',
    });
    expect(OfferSchema.parse(offer({ taxRegion: null, userTaxRatePct: null })).taxRegion).toBe(
      null,
    );
  });

  it('refuses out-of-bounds values with sentences, not schema text', () => {
    const message = (patch: Partial<Offer>) =>
      OfferSchema.safeParse(offer(patch)).error?.issues[0]?.message;
    expect(message({ taxRegion: 'us-zz' as Offer['taxRegion'] })).toBe(
      'Choose a tax region from the list.',
    );
    expect(message({ userTaxRatePct: 60.5 })).toBe(
      'Enter a tax rate from 0 to 60%; no income tax on wages goes higher.',
    );
    expect(message({ userTaxRatePct: -1 })).toBe('Enter a tax rate from 0 to 60%.');
    expect(message({ colIndex: 9.99 })).toBe(
      "Enter an index from 10 to 1000; 100 is the baseline's location.",
    );
    expect(message({ colIndex: 1000.01 })).toBe(
      "Enter an index from 10 to 1000; 100 is the baseline's location.",
    );
    expect(message({ colNote: 'x'.repeat(201) })).toBe('Keep it under 200 characters.');
    // The edges themselves are allowed.
    expect(OfferSchema.safeParse(offer({ userTaxRatePct: 60, colIndex: 10 })).success).toBe(true);
    expect(OfferSchema.safeParse(offer({ userTaxRatePct: 0, colIndex: 1000 })).success).toBe(true);
  });
});

describe('WorkbookSchema take-home settings (issue 19, optional)', () => {
  const workbook = {
    id: 'w1',
    name: 'Choice',
    templateId: 't1',
    templateVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    baselineOfferId: null,
    fxRates: {},
    decision: { notes: '', chosenOfferId: null, factors: [], scores: {}, payPointPct: 2 },
    paperSize: 'auto',
  };

  it('loads a workbook saved before take-home, with no settings (read as the defaults)', () => {
    const parsed = WorkbookSchema.parse(workbook);
    expect(parsed.takeHome).toBeUndefined();
    expect(DEFAULT_TAKE_HOME).toEqual({ filingStatus: 'single', otherIncome: 0, basis: 'gross' });
  });

  it('keeps the settings and refuses a negative other income', () => {
    const takeHome = { filingStatus: 'marriedJointly', otherIncome: 8_000_000, basis: 'take-home' };
    expect(WorkbookSchema.parse({ ...workbook, takeHome }).takeHome).toEqual(takeHome);
    expect(
      WorkbookSchema.safeParse({ ...workbook, takeHome: { ...takeHome, otherIncome: -1 } }).success,
    ).toBe(false);
    expect(
      WorkbookSchema.safeParse({ ...workbook, takeHome: { ...takeHome, basis: 'net' } }).success,
    ).toBe(false);
  });
});

describe('schema bounds match the domain', () => {
  it('has the same region ids as US_TAX_REGIONS and the same index bounds', () => {
    expect([...US_TAX_REGION_IDS]).toEqual(US_TAX_REGIONS.map((r) => r.id));
    expect([COL_INDEX_LOW, COL_INDEX_HIGH]).toEqual([COL_INDEX_MIN, COL_INDEX_MAX]);
  });
});

describe('the optional horizon and refresher fields (issue #19, no schema version bump)', () => {
  const refresher = {
    annualValue: 40_000_00,
    vesting: { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] },
    firstGrantYear: 2,
  };

  it('loads the shipped sample, written before the fields existed, with them absent', () => {
    const data = WorkbookDataSchema.parse(payloadV1toV2(sample.payload));
    expect(data.workbook.projectionYears).toBeUndefined();
    expect(data.offers.length).toBeGreaterThan(0);
    for (const o of data.offers) expect(o.refresher).toBeUndefined();
  });

  it('accepts a horizon of 4, 5 or 6 years and nothing else', () => {
    const workbook = payloadV1toV2(sample.payload) as { workbook: Record<string, unknown> };
    const withYears = (projectionYears: unknown) =>
      WorkbookSchema.safeParse({ ...workbook.workbook, projectionYears }).success;
    expect([4, 5, 6].map(withYears)).toEqual([true, true, true]);
    expect([3, 7, 4.5, '5'].map(withYears)).toEqual([false, false, false, false]);
  });

  it('accepts a refresher or null, and keeps the first grant year within 2–6', () => {
    expect(OfferSchema.safeParse(offer({ refresher })).success).toBe(true);
    expect(OfferSchema.safeParse(offer({ refresher: null })).success).toBe(true);
    const bad = OfferSchema.safeParse(offer({ refresher: { ...refresher, firstGrantYear: 1 } }));
    expect(bad.error?.issues[0]?.message).toBe(
      'The first refresher comes in year 2 at the earliest.',
    );
    expect(
      OfferSchema.safeParse(offer({ refresher: { ...refresher, firstGrantYear: 7 } })).success,
    ).toBe(false);
  });

  it('holds the refresher value to the currency’s limit and checks its vesting adds up', () => {
    const over = OfferSchema.safeParse(
      offer({ refresher: { ...refresher, annualValue: 10_000_000_001 } }),
    );
    expect(over.error?.issues[0]).toMatchObject({
      path: ['refresher', 'annualValue'],
      message: 'That is over the limit for USD amounts — check for extra digits.',
    });
    const uneven = OfferSchema.safeParse(
      offer({ refresher: { ...refresher, vesting: { preset: 'custom', yearPct: [50, 40] } } }),
    );
    expect(uneven.error?.issues[0]?.message).toBe('The yearly percents must add up to 100.');
  });
});
