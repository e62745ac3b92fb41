/**
 * fast-check arbitraries for valid workbook snapshots. Every value generated
 * is a fixed point of `WorkbookDataSchema.parse` (strings already trimmed
 * where the schema trims, no -0), so a round trip can be compared with
 * `toEqual`. Test-only; imports nothing from electron.
 */

import { maxMinorUnits } from '@shared/schemas/primitives';
import type {
  Assessment,
  InterviewRound,
  MockAnswer,
  Offer,
  PrepItem,
  Question,
  Workbook,
  WorkbookData,
} from '@shared/schemas/records';
import fc from 'fast-check';

/** Any code points, including astral ones and lone surrogates, up to `max` UTF-16 units. */
const anyText = (max: number) =>
  fc.string({ unit: 'binary', maxLength: max }).map((s) => s.slice(0, max));

/** Text the schema trims: trimmed, at most `max` units, at least `min` after trimming. */
const trimmedText = (max: number, min = 0) =>
  fc
    .oneof(fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: max }))
    .map((s) => s.slice(0, max).trim())
    .filter((s) => s.length >= min);

const id = fc.uuid();
/** +0 instead of -0: JSON cannot tell them apart. */
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
/** An amount within `currency`'s own limit (the offer schema checks it per currency). */
const amountIn = (currency: string) => fc.integer({ min: 0, max: maxMinorUnits(currency) });
const instant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const day = instant.map((s) => s.slice(0, 10));
const rating = fc.integer({ min: 1, max: 5 });
const currency = fc.stringMatching(/^[A-Z]{3}$/);

/** 1–10 yearly percents in halves, adding up to exactly 100. */
const yearPct = fc
  .array(fc.integer({ min: 0, max: 200 }), { minLength: 0, maxLength: 9 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 200];
    return points.slice(1).map((p, i) => (p - (points[i] ?? 0)) / 2);
  });

const workbookArb = (workbookId: string): fc.Arbitrary<Workbook> =>
  fc.record({
    id: fc.constant(workbookId),
    name: trimmedText(80, 1),
    templateId: id,
    templateVersion: fc.integer({ min: 1, max: 1000 }),
    createdAt: instant,
    updatedAt: instant,
    baselineOfferId: fc.option(id, { nil: null }),
    fxRates: fc.dictionary(
      currency,
      num(1e-6, 1e6).filter((x) => x > 0),
      { maxKeys: 3 },
    ),
    decision: fc.record({
      notes: anyText(200),
      chosenOfferId: fc.option(id, { nil: null }),
      factors: fc.array(
        fc.record({
          id,
          label: trimmedText(60, 1),
          kind: fc.constantFrom('pay' as const, 'fit' as const, 'manual' as const),
          weight: num(0, 10),
        }),
        { maxLength: 3 },
      ),
      scores: fc.dictionary(id, fc.dictionary(id, num(0, 10), { maxKeys: 2 }), { maxKeys: 2 }),
      payPointPct: num(0.5, 10),
    }),
    paperSize: fc.constantFrom('auto' as const, 'letter' as const, 'a4' as const),
  });

const offerArb = (workbookId: string): fc.Arbitrary<Offer> =>
  currency.chain((code) => offerInArb(workbookId, code));

const offerInArb = (workbookId: string, code: string): fc.Arbitrary<Offer> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    position: fc.nat(50),
    name: trimmedText(80, 1),
    company: trimmedText(80),
    roleId: fc.constantFrom('pmm', 'pm', 'other'),
    level: trimmedText(40),
    location: trimmedText(80),
    currency: fc.constant(code),
    baseSalary: amountIn(code),
    signOnYear1: amountIn(code),
    signOnYear2: amountIn(code),
    signOnPaidMonthly: fc.boolean(),
    bonusTargetPct: num(0, 200),
    rsuGrantValue: amountIn(code),
    vesting: fc.record({
      preset: fc.constantFrom('amazon' as const, 'even-cliff' as const, 'custom' as const),
      yearPct,
    }),
    stockGrowthPct: num(-100, 100),
    raisePct: num(-50, 100),
    clawback: fc.constantFrom('none' as const, 'prorated' as const, 'full' as const),
    equityIlliquid: fc.boolean(),
    deadline: fc.option(day, { nil: null }),
    scopeNotes: anyText(300),
    sources: fc.record(
      {
        baseSalary: fc.constantFrom('offer-letter' as const, 'estimate' as const),
        rsuGrantValue: fc.constantFrom('recruiter-verbal' as const, 'public-data' as const),
      },
      { requiredKeys: [] },
    ),
    isExample: fc.boolean(),
  });

const assessmentArb = (workbookId: string): fc.Arbitrary<Assessment> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    ratings: fc.dictionary(id, fc.option(rating, { nil: null }), { maxKeys: 5 }),
    stories: fc.dictionary(id, fc.boolean(), { maxKeys: 5 }),
    backgroundIds: fc.array(id, { maxLength: 3 }),
    weeklyFilter: fc.option(fc.constantFrom('pmm', 'pm', 'unsure'), { nil: null }),
    updatedAt: instant,
  });

const prepItemArb = (workbookId: string): fc.Arbitrary<PrepItem> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    templateItemId: fc.option(id, { nil: null }),
    roleId: fc.constantFrom('pmm', 'pm', 'both'),
    position: fc.nat(500),
    title: trimmedText(160, 1),
    target: fc.integer({ min: 0, max: 100 }),
    done: fc.integer({ min: 0, max: 100 }),
    notes: anyText(200),
    link: trimmedText(200),
    history: fc.array(fc.record({ at: instant, done: fc.integer({ min: 0, max: 100 }) }), {
      maxLength: 3,
    }),
  });

const roundArb = (workbookId: string): fc.Arbitrary<InterviewRound> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    templateRoundId: fc.option(id, { nil: null }),
    roleId: fc.constantFrom('pmm', 'pm'),
    position: fc.nat(200),
    name: trimmedText(80, 1),
    scheduledAt: fc.option(instant, { nil: null }),
    timeZone: fc.constantFrom('America/Los_Angeles', 'Europe/Berlin', 'UTC'),
    status: fc.constantFrom(
      'not-scheduled' as const,
      'scheduled' as const,
      'done' as const,
      'passed' as const,
      'not-passed' as const,
    ),
    interviewer: trimmedText(120),
    notes: anyText(200),
    confidence: fc.option(rating, { nil: null }),
  });

const questionArb = (workbookId: string): fc.Arbitrary<Question> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    roleId: fc.constantFrom('pmm', 'pm'),
    templateQuestionId: fc.option(id, { nil: null }),
    text: trimmedText(400, 1),
    createdAt: instant,
  });

const mockAnswerArb = (workbookId: string): fc.Arbitrary<MockAnswer> =>
  fc.record({
    id,
    workbookId: fc.constant(workbookId),
    questionId: id,
    createdAt: instant,
    parts: fc.record({
      audience: anyText(100),
      problem: anyText(100),
      positioning: anyText(100),
      launchPlan: anyText(100),
      enablement: anyText(100),
      metrics: anyText(100),
    }),
    durationSec: fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: null }),
    selfScore: fc.option(rating, { nil: null }),
  });

/** A valid workbook snapshot with up to a few records of every kind. */
export const workbookDataArb: fc.Arbitrary<WorkbookData> = id.chain((workbookId) =>
  fc.record({
    workbook: workbookArb(workbookId),
    offers: fc.array(offerArb(workbookId), { maxLength: 4 }),
    assessments: fc.array(assessmentArb(workbookId), { maxLength: 2 }),
    prepItems: fc.array(prepItemArb(workbookId), { maxLength: 4 }),
    rounds: fc.array(roundArb(workbookId), { maxLength: 3 }),
    questions: fc.array(questionArb(workbookId), { maxLength: 3 }),
    mockAnswers: fc.array(mockAnswerArb(workbookId), { maxLength: 3 }),
  }),
);
