import { describe, expect, it } from 'vitest';
import { type Offer, OfferSchema } from './records';

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
