import { describe, expect, it } from 'vitest';
import { WorkbookDataSchema } from '../schemas/records';
import { daysBetween, shiftWorkbookDates } from './sampleDates';

const base = WorkbookDataSchema.parse({
  workbook: {
    id: 'w',
    name: 'W',
    templateId: 't',
    templateVersion: 1,
    createdAt: '2026-11-26T17:00:00.000Z',
    updatedAt: '2026-11-26T17:00:00.000Z',
    baselineOfferId: null,
    fxRates: {},
    decision: { notes: '', chosenOfferId: null, factors: [], scores: {}, payPointPct: 2 },
    paperSize: 'auto',
  },
  offers: [],
  assessments: [],
  prepItems: [
    {
      id: 'p',
      workbookId: 'w',
      templateItemId: null,
      roleId: 'both',
      position: 0,
      title: 'T',
      target: 2,
      done: 1,
      notes: '',
      link: '',
      history: [{ at: '2026-11-20T09:30:00.000Z', done: 1 }],
    },
  ],
  rounds: [
    {
      id: 'r',
      workbookId: 'w',
      templateRoundId: null,
      roleId: 'pmm',
      position: 0,
      name: 'R',
      scheduledAt: '2026-12-03T18:00:00.000Z',
      timeZone: 'UTC',
      status: 'scheduled',
      interviewer: '',
      notes: '',
      confidence: null,
    },
  ],
  questions: [],
  mockAnswers: [],
});

describe('daysBetween', () => {
  it('counts whole UTC days', () => {
    // 26 Nov 23:59 → 27 Nov 00:01 crosses one UTC midnight.
    expect(daysBetween(new Date('2026-11-26T23:59:00Z'), new Date('2026-11-27T00:01:00Z'))).toBe(1);
    expect(daysBetween(new Date('2026-11-26T00:00:00Z'), new Date('2026-11-26T23:59:00Z'))).toBe(0);
    // 26 Nov → 1 Jan: 4 days left in November + 31 in December + 1 = 36.
    expect(daysBetween(new Date('2026-11-26T12:00:00Z'), new Date('2027-01-01T12:00:00Z'))).toBe(
      36,
    );
  });
});

describe('shiftWorkbookDates', () => {
  it('moves instants and dates by the same number of days, keeping the time of day', () => {
    const shifted = shiftWorkbookDates(base, 10);
    // 3 Dec + 10 days = 13 Dec, still 18:00 UTC.
    expect(shifted.rounds[0]?.scheduledAt).toBe('2026-12-13T18:00:00.000Z');
    // 20 Nov + 10 days = 30 Nov.
    expect(shifted.prepItems[0]?.history[0]?.at).toBe('2026-11-30T09:30:00.000Z');
    expect(shifted.workbook.createdAt).toBe('2026-12-06T17:00:00.000Z');
    expect(WorkbookDataSchema.safeParse(shifted).success).toBe(true);
  });

  it('shifts calendar dates across a month end', () => {
    const withDeadline = {
      ...base,
      offers: [{ deadline: '2026-11-28' } as (typeof base.offers)[number]],
    };
    // 28 Nov + 5 days = 3 Dec.
    expect(shiftWorkbookDates(withDeadline, 5).offers[0]?.deadline).toBe('2026-12-03');
  });

  it('returns the same object for a zero shift', () => {
    expect(shiftWorkbookDates(base, 0)).toBe(base);
  });
});
