/**
 * `buildSummaryModel` on a small workbook worked by hand: two complete offers
 * in dollars, one with no base salary yet and one in euros with no rate, a
 * matrix of pay and one hand-scored factor (and, in the second case, role fit
 * from an untouched worksheet). Amounts in cents; the working sits beside
 * each expectation.
 */
import { newOfferFromTemplate } from '@shared/domain/offers';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Assessment, Offer, Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { describe, expect, it } from 'vitest';
import amazon from '../../../../resources/templates/amazon-pmm-vs-pm.json';
import { buildSummaryModel } from './summaryModel';

const template = amazon as unknown as Template;

const offer = (id: string, position: number, fields: Partial<Offer>): Offer => ({
  ...newOfferFromTemplate(null, { id, workbookId: 'wb', position, name: id, roleId: 'pm' }),
  ...fields,
});

/** Base only, so the average year is the base: A $120,000, B $114,000 (5% less). */
const A = offer('a', 0, { name: 'PM offer', roleId: 'pm', baseSalary: 120_000_00 });
const B = offer('b', 1, { name: 'PMM offer', roleId: 'pmm', baseSalary: 114_000_00 });
/** No base salary yet. */
const D = offer('d', 2, { name: 'Draft', baseSalary: 0 });
/** In euros, and the workbook has no euro rate. */
const E = offer('e', 3, { name: 'Berlin', currency: 'EUR', baseSalary: 90_000_00 });

const PAY = { id: 'f-pay', label: 'Pay', kind: 'pay' as const, weight: 1 };
const TEAM = { id: 'f-team', label: 'Team', kind: 'manual' as const, weight: 1 };
const FIT = { id: 'f-fit', label: 'Role fit', kind: 'fit' as const, weight: 1 };

const workbook = (factors: Workbook['decision']['factors']): Workbook => {
  const made = createWorkbookData(template, {
    name: 'Hand-worked',
    now: new Date('2026-11-26T10:00:00Z'),
    newId: (() => {
      let n = 0;
      return () => `id-${++n}`;
    })(),
    timeZone: 'UTC',
  }).workbook;
  return {
    ...made,
    id: 'wb',
    baselineOfferId: null,
    fxRates: {},
    decision: {
      ...made.decision,
      notes: 'Leaning PMM.',
      chosenOfferId: 'b',
      factors,
      scores: { 'f-team': { a: 4, b: 8 } },
      payPointPct: 2,
    },
  };
};

const untouched: Assessment = {
  id: 'as-1',
  workbookId: 'wb',
  ratings: {},
  stories: {},
  backgroundIds: [],
  weeklyFilter: null,
  updatedAt: '2026-11-26T10:00:00.000Z',
};

const data = (assessment: Assessment | null = null) => ({
  offers: [A, B, D, E],
  assessment,
  prepItems: [],
  rounds: [],
});

describe('buildSummaryModel', () => {
  const model = buildSummaryModel(workbook([PAY, TEAM]), template, data());

  it('puts into the matrix only the offers whose pay it can compare', () => {
    // D has no base salary; E has no dollar rate. A and B enter with their average year.
    expect(model.incomplete).toEqual(['d']);
    expect(model.leftOut).toEqual(['e']);
    expect(model.matrixOffers).toEqual([
      { offerId: 'a', avgAnnualPay: 12_000_000, fitScore: null },
      { offerId: 'b', avgAnnualPay: 11_400_000, fitScore: null },
    ]);
    // No baseline chosen: the first offer, in dollars.
    expect(model.comparison?.baselineId).toBe('a');
    expect(model.comparison?.baselineCurrency).toBe('USD');
  });

  it('ranks by the weighted score of pay and the hand-scored factor', () => {
    // Pay at 2% a point: A is best paid → 10; B is 600,000 / 12,000,000 = 5% below → 10 − 5/2 = 7.5.
    // Weighted, both weights 1: A (10 + 4) / 2 = 7; B (7.5 + 8) / 2 = 7.75. B first.
    expect(model.ranking.maxPay).toBe(12_000_000);
    expect(model.ranking.offers.map((o) => [o.offerId, o.rank, o.weightedScore])).toEqual([
      ['b', 1, 7.75],
      ['a', 2, 7],
    ]);
  });

  it('says how much more the runner-up must pay, and how much the leader could lose', () => {
    // A already pays most, so more pay only lowers B's pay score. A stays at 7; B ties when
    // (pay + 8) / 2 = 7, i.e. a pay score of 6: 8% below the best. A must pay
    // 11,400,000 / 0.92 = 12,391,304.35, i.e. 391,304.35 more → rounded up to $3,914.
    expect(model.breakEven).toEqual({
      kind: 'amount',
      cents: 391_400,
      runnerUpId: 'a',
      leaderId: 'b',
    });
    // B ties A at a pay score of 6 too: 12,000,000 × 0.92 = 11,040,000, a cut of $3,600. A cut of
    // exactly $3,600 draws level, so the largest whole-dollar cut that still leads is $3,599.
    expect(model.cushion).toEqual({ kind: 'amount', cents: 359_900, leaderId: 'b' });
  });

  it('gives the four-year verdict over the complete offers it can compare', () => {
    // A 4 × 12,000,000 = 48,000,000; B 4 × 11,400,000 = 45,600,000: 2,400,000 more,
    // 600,000 a year, and B is 2,400,000 / 48,000,000 = 5% below.
    expect(model.verdict).toMatchObject({
      kind: 'two',
      currency: 'USD',
      differenceTotal: 2_400_000,
      differencePerYear: 600_000,
      pctBelow: 5,
    });
    expect(model.verdict.entries.map((e) => e.offerId)).toEqual(['a', 'b']);
    expect(model.verdict.leftOut.map((l) => [l.offerId, l.reason])).toEqual([
      ['d', 'incomplete'],
      ['e', 'no-exchange-rate'],
    ]);
  });

  it('tells the PDF what its one-page brief can say', () => {
    expect(model.briefFacts).toEqual({
      offers: 4,
      comparableOffers: 2,
      fitAnswered: false,
      decided: true,
      notes: 'Leaning PMM.',
    });
    expect(model.fit).toBeNull();
    expect(model.lean).toBeNull();
  });

  it('counts a decision for an offer that has since been deleted as no decision', () => {
    const wb = workbook([PAY, TEAM]);
    const gone = { ...wb, decision: { ...wb.decision, chosenOfferId: 'deleted' } };
    expect(buildSummaryModel(gone, template, data()).briefFacts.decided).toBe(false);
  });

  it('leaves role fit out of the matrix while the worksheet is untouched, rather than scoring 0', () => {
    const m = buildSummaryModel(workbook([PAY, TEAM, FIT]), template, data(untouched));
    expect(m.fit?.completeness.answered).toBe(0);
    expect(m.briefFacts.fitAnswered).toBe(false);
    expect(m.matrixOffers.map((o) => o.fitScore)).toEqual([null, null]);
    // Fit has no score, so each mean is over pay and Team only: still B 7.75, A 7. Scored as 0,
    // it would have been B (7.5 + 8 + 0) / 3 = 5.17 and A (10 + 4 + 0) / 3 = 4.67.
    expect(m.ranking.offers.map((o) => [o.offerId, o.weightedScore, o.missing])).toEqual([
      ['b', 7.75, ['f-fit']],
      ['a', 7, ['f-fit']],
    ]);
  });
});
