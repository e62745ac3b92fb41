import { describe, expect, it } from 'vitest';
import type { InterviewRound, MockAnswer, PrepItem } from '../schemas/records';
import {
  countdown,
  MOCK_PART_LABELS,
  mockCoverage,
  prepReadiness,
  readinessHistory,
  spreadPlan,
  statusForNewDate,
  upcomingRounds,
  validateRound,
} from './prep';

let seq = 0;
const item = (p: Partial<PrepItem>): PrepItem => {
  seq += 1;
  return {
    id: p.id ?? `item-${seq}`,
    workbookId: 'w1',
    templateItemId: null,
    roleId: 'both',
    position: seq,
    title: p.title ?? `Item ${seq}`,
    target: 1,
    done: 0,
    notes: '',
    link: '',
    history: [],
    ...p,
  };
};

describe('prepReadiness', () => {
  it('is null for an empty checklist', () => {
    expect(prepReadiness([])).toBeNull();
  });

  it('is null when every target is zero', () => {
    expect(prepReadiness([item({ target: 0, done: 3 }), item({ target: 0 })])).toBeNull();
  });

  it('caps done at the target and ignores zero targets', () => {
    // min(1,3) + min(5,2) + min(4,0) = 1 + 2 + 0 = 3 of 3 + 2 + 0 = 5 → 60%.
    const items = [
      item({ target: 3, done: 1 }),
      item({ target: 2, done: 5 }),
      item({ target: 0, done: 4 }),
    ];
    expect(prepReadiness(items)).toBe(60);
  });

  it("counts a role's items plus the items for both roles", () => {
    const items = [
      item({ roleId: 'pmm', target: 4, done: 2 }),
      item({ roleId: 'pm', target: 4, done: 4 }),
      item({ roleId: 'both', target: 2, done: 1 }),
    ];
    // PMM: (2 + 1) / (4 + 2) = 50. PM: (4 + 1) / 6 = 83.33… → 83.3.
    // All: (2 + 4 + 1) / 10 = 70.
    expect(prepReadiness(items, 'pmm')).toBe(50);
    expect(prepReadiness(items, 'pm')).toBe(83.3);
    expect(prepReadiness(items)).toBe(70);
    // A role with no items of its own still sees the shared ones: 1 / 2 = 50.
    expect(prepReadiness(items, 'designer')).toBe(50);
  });

  it('says 100 only when everything is done, and 0 only when nothing is', () => {
    // 20 items × target 100 = 2000; 1999 done → 99.95 would round to 100.0 → 99.9.
    const nearly = Array.from({ length: 20 }, (_, i) =>
      item({ target: 100, done: i === 0 ? 99 : 100 }),
    );
    expect(prepReadiness(nearly)).toBe(99.9);
    // 30 × 100 = 3000; 1 done → 0.033 would round to 0.0 → 0.1.
    const barely = Array.from({ length: 30 }, (_, i) =>
      item({ target: 100, done: i === 0 ? 1 : 0 }),
    );
    expect(prepReadiness(barely)).toBe(0.1);
    expect(prepReadiness([item({ target: 2, done: 2 })])).toBe(100);
  });
});

describe('readinessHistory', () => {
  it('gives one end-of-day point per day with a change', () => {
    const items = [
      item({
        roleId: 'pmm',
        target: 4,
        done: 4,
        history: [
          { at: '2026-11-01T10:00:00.000Z', done: 1 },
          { at: '2026-11-01T18:00:00.000Z', done: 2 },
          { at: '2026-11-03T09:00:00.000Z', done: 4 },
        ],
      }),
      item({ target: 2, done: 1, history: [{ at: '2026-11-02T12:00:00.000Z', done: 1 }] }),
      item({
        roleId: 'pm',
        target: 3,
        done: 3,
        history: [{ at: '2026-11-02T08:00:00.000Z', done: 3 }],
      }),
    ];
    // PMM view: targets 4 + 2 = 6.
    //   Nov 1 end: A=2, B=0 → 2/6 = 33.33… → 33.3
    //   Nov 2:     A=2, B=1 → 3/6 = 50
    //   Nov 3:     A=4, B=1 → 5/6 = 83.33… → 83.3
    expect(readinessHistory(items, 'pmm')).toEqual([
      { date: '2026-11-01', pct: 33.3 },
      { date: '2026-11-02', pct: 50 },
      { date: '2026-11-03', pct: 83.3 },
    ]);
    // All items: targets 9. Nov 1: 2/9 = 22.2; Nov 2: (2+1+3)/9 = 66.7; Nov 3: (4+1+3)/9 = 88.9.
    expect(readinessHistory(items)).toEqual([
      { date: '2026-11-01', pct: 22.2 },
      { date: '2026-11-02', pct: 66.7 },
      { date: '2026-11-03', pct: 88.9 },
    ]);
  });

  it('dates points in the given time zone', () => {
    // 05:00 UTC on Nov 3 is 21:00 on Nov 2 in Los Angeles (PST, UTC−8).
    const items = [item({ target: 2, history: [{ at: '2026-11-03T05:00:00.000Z', done: 1 }] })];
    expect(readinessHistory(items)).toEqual([{ date: '2026-11-03', pct: 50 }]);
    expect(readinessHistory(items, undefined, { timeZone: 'America/Los_Angeles' })).toEqual([
      { date: '2026-11-02', pct: 50 },
    ]);
  });

  it('is empty when there is nothing to prepare', () => {
    expect(readinessHistory([])).toEqual([]);
    expect(
      readinessHistory([
        item({ target: 0, history: [{ at: '2026-11-03T05:00:00.000Z', done: 1 }] }),
      ]),
    ).toEqual([]);
  });
});

describe('spreadPlan', () => {
  const now = '2026-11-01T00:00:00.000Z';

  it('spreads the remaining units evenly over the weeks, earliest first', () => {
    const items = [
      item({ id: 'a', position: 0, target: 5, done: 1 }), // 4 left
      item({ id: 'b', position: 1, target: 2, done: 3 }), // done above target: 0 left
      item({ id: 'c', position: 2, target: 2, done: 0 }), // 2 left
      item({ id: 'd', position: 3, target: 3, done: 0 }), // 3 left
    ];
    // 21 days → 3 weeks; 9 units → 3 a week.
    // Week 1: a×3. Week 2: a×1 (its last unit), c×2. Week 3: d×3.
    const plan = spreadPlan(items, '2026-11-22T00:00:00.000Z', now);
    expect(plan.status).toBe('planned');
    expect(plan.weekCount).toBe(3);
    expect(plan.totalUnits).toBe(9);
    expect(plan.weeks.map((w) => w.entries.map((e) => [e.itemId, e.units]))).toEqual([
      [['a', 3]],
      [
        ['a', 1],
        ['c', 2],
      ],
      [['d', 3]],
    ]);
    expect(plan.weeks.map((w) => w.startsOn)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
    expect(plan.weeks[2]?.endsAt).toBe('2026-11-22T00:00:00.000Z');
  });

  it('puts several items in a week when there are fewer weeks than items', () => {
    const items = [
      item({ id: 'e', position: 0, target: 2 }),
      item({ id: 'f', position: 1, target: 1 }),
      item({ id: 'g', position: 2, target: 2 }),
    ];
    // 15 days → floor(15/7) = 2 weeks; 5 units → 3 then 2.
    // Week 1: e×2, f×1. Week 2: g×2. The second week stretches to the round (day 15).
    const plan = spreadPlan(items, '2026-11-16T00:00:00.000Z', now);
    expect(plan.weekCount).toBe(2);
    expect(plan.weeks.map((w) => w.entries.map((e) => [e.itemId, e.units]))).toEqual([
      [
        ['e', 2],
        ['f', 1],
      ],
      [['g', 2]],
    ]);
    expect(plan.weeks.map((w) => w.units)).toEqual([3, 2]);
    expect(plan.weeks[1]?.endsAt).toBe('2026-11-16T00:00:00.000Z');
  });

  it('uses one week when the round is less than a week away', () => {
    const plan = spreadPlan([item({ id: 'x', target: 4 })], '2026-11-04T00:00:00.000Z', now);
    expect(plan.weekCount).toBe(1);
    expect(plan.weeks[0]?.entries).toEqual([{ itemId: 'x', title: expect.any(String), units: 4 }]);
  });

  it('leaves the last weeks empty when there are fewer units than weeks', () => {
    // 3 weeks, 2 units → 1, 1, 0.
    const plan = spreadPlan([item({ id: 'x', target: 2 })], '2026-11-22T00:00:00.000Z', now);
    expect(plan.weeks.map((w) => w.units)).toEqual([1, 1, 0]);
  });

  it('returns an empty plan with a flag when the first round is in the past', () => {
    const plan = spreadPlan([item({ target: 3 })], '2026-10-31T23:00:00.000Z', now);
    expect(plan).toEqual({ status: 'round-passed', weekCount: 0, totalUnits: 3, weeks: [] });
  });

  it('says when nothing is left to do', () => {
    const plan = spreadPlan([item({ target: 2, done: 2 })], '2026-11-22T00:00:00.000Z', now);
    expect(plan.status).toBe('nothing-left');
    expect(plan.weeks).toEqual([]);
  });

  it("plans only a role's items and the shared ones", () => {
    const items = [
      item({ id: 'p', roleId: 'pm', target: 2 }),
      item({ id: 'm', roleId: 'pmm', target: 1 }),
      item({ id: 's', roleId: 'both', target: 1 }),
    ];
    const plan = spreadPlan(items, '2026-11-04T00:00:00.000Z', now, { roleId: 'pmm' });
    expect(plan.totalUnits).toBe(2);
    expect(plan.weeks[0]?.entries.map((e) => e.itemId)).toEqual(['m', 's']);
  });
});

describe('countdown', () => {
  it('truncates to whole days, hours and minutes', () => {
    // 1 day + 5 h + 59 min + 59 s ahead.
    expect(countdown('2026-11-02T05:59:59.000Z', new Date('2026-11-01T00:00:00.000Z'))).toEqual({
      days: 1,
      hours: 5,
      minutes: 59,
      past: false,
    });
  });

  it('is zero and past for a time not after now', () => {
    const now = '2026-11-01T00:00:00.000Z';
    expect(countdown(now, now)).toEqual({ days: 0, hours: 0, minutes: 0, past: true });
    expect(countdown('2026-10-01T00:00:00.000Z', now).past).toBe(true);
  });

  it('rejects an invalid time', () => {
    expect(() => countdown('not a date', '2026-11-01T00:00:00.000Z')).toThrow(RangeError);
  });
});

const round = (p: Partial<InterviewRound>): InterviewRound => ({
  id: p.id ?? 'r',
  workbookId: 'w1',
  templateRoundId: null,
  roleId: 'pmm',
  position: 0,
  name: 'Round',
  scheduledAt: null,
  timeZone: 'UTC',
  status: 'not-scheduled',
  interviewer: '',
  notes: '',
  confidence: null,
  ...p,
});

describe('upcomingRounds', () => {
  it('lists scheduled future rounds, soonest first, with countdowns', () => {
    const now = '2026-11-01T00:00:00.000Z';
    const rounds = [
      round({ id: 'later', status: 'scheduled', scheduledAt: '2026-11-03T03:30:00.000Z' }),
      round({ id: 'gone', status: 'scheduled', scheduledAt: '2026-10-30T00:00:00.000Z' }),
      round({
        id: 'unscheduled',
        status: 'not-scheduled',
        scheduledAt: '2026-11-05T00:00:00.000Z',
      }),
      round({ id: 'soon', status: 'scheduled', scheduledAt: '2026-11-01T01:00:00.000Z' }),
      round({ id: 'done', status: 'done', scheduledAt: '2026-11-06T00:00:00.000Z' }),
      round({ id: 'undated', status: 'scheduled' }),
    ];
    const up = upcomingRounds(rounds, now);
    expect(up.map((u) => u.round.id)).toEqual(['soon', 'later']);
    // soon: 1 h ahead. later: 2 days 3 h 30 min ahead.
    expect(up.map((u) => u.countdown)).toEqual([
      { days: 0, hours: 1, minutes: 0, past: false },
      { days: 2, hours: 3, minutes: 30, past: false },
    ]);
  });

  it('orders rounds at the same time by position', () => {
    const at = '2026-11-02T00:00:00.000Z';
    const up = upcomingRounds(
      [
        round({ id: 'second', position: 2, status: 'scheduled', scheduledAt: at }),
        round({ id: 'first', position: 1, status: 'scheduled', scheduledAt: at }),
      ],
      '2026-11-01T00:00:00.000Z',
    );
    expect(up.map((u) => u.round.id)).toEqual(['first', 'second']);
  });
});

describe('validateRound', () => {
  const now = '2026-11-10T12:00:00.000Z';
  const past = '2026-11-01T12:00:00.000Z';
  const future = '2026-11-20T12:00:00.000Z';

  it("flags a dated past round still 'not scheduled'", () => {
    expect(validateRound({ status: 'not-scheduled', scheduledAt: past }, now)).toEqual([
      {
        field: 'status',
        message:
          "A round in the past can't be 'not scheduled'. Mark it done, passed or not passed, or clear the date.",
      },
    ]);
  });

  it("flags a dated future round still 'not scheduled'", () => {
    const issues = validateRound({ status: 'not-scheduled', scheduledAt: future }, now);
    expect(issues.map((i) => i.field)).toEqual(['status']);
    expect(issues[0]?.message).toContain('Mark it scheduled');
  });

  it('flags a scheduled round without a date', () => {
    expect(validateRound({ status: 'scheduled', scheduledAt: null }, now)).toEqual([
      { field: 'scheduledAt', message: 'A scheduled round needs a date and time.' },
    ]);
  });

  it('flags a scheduled round whose time has passed', () => {
    const issues = validateRound({ status: 'scheduled', scheduledAt: past }, now);
    expect(issues[0]?.message).toBe(
      "This round's time has passed. Mark it done, passed or not passed, or move the date.",
    );
  });

  it('flags an outcome recorded for a round still to come', () => {
    expect(validateRound({ status: 'not-passed', scheduledAt: future }, now)[0]?.message).toBe(
      "A round that hasn't happened yet can't be marked 'not passed'. Mark it scheduled, or correct the date.",
    );
  });

  it('accepts consistent rounds', () => {
    expect(validateRound({ status: 'scheduled', scheduledAt: future }, now)).toEqual([]);
    expect(validateRound({ status: 'passed', scheduledAt: past }, now)).toEqual([]);
    expect(validateRound({ status: 'done', scheduledAt: null }, now)).toEqual([]);
    expect(validateRound({ status: 'not-scheduled', scheduledAt: null }, now)).toEqual([]);
  });
});

const answer = (parts: Partial<MockAnswer['parts']>): Pick<MockAnswer, 'parts'> => ({
  parts: {
    audience: '',
    problem: '',
    positioning: '',
    launchPlan: '',
    enablement: '',
    metrics: '',
    ...parts,
  },
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('statusForNewDate', () => {
  const now = '2026-11-26T17:00:00.000Z';
  const later = '2026-12-01T18:00:00.000Z'; // five days after now
  const earlier = '2026-11-20T18:00:00.000Z'; // six days before now

  it('marks an unscheduled round scheduled when it gets a future date', () => {
    expect(statusForNewDate('not-scheduled', later, now)).toBe('scheduled');
  });

  it('leaves an unscheduled round alone for a past date (validateRound explains why)', () => {
    expect(statusForNewDate('not-scheduled', earlier, now)).toBe('not-scheduled');
    expect(validateRound({ status: 'not-scheduled', scheduledAt: earlier }, now)).toHaveLength(1);
  });

  it('takes a scheduled round back to not scheduled when its date is cleared', () => {
    expect(statusForNewDate('scheduled', null, now)).toBe('not-scheduled');
    expect(validateRound({ status: 'not-scheduled', scheduledAt: null }, now)).toEqual([]);
  });

  it("keeps the user's own outcome whatever the date", () => {
    expect(statusForNewDate('done', null, now)).toBe('done');
    expect(statusForNewDate('passed', earlier, now)).toBe('passed');
    expect(statusForNewDate('scheduled', later, now)).toBe('scheduled');
  });

  it('treats a date exactly at now as not in the future', () => {
    expect(statusForNewDate('not-scheduled', now, now)).toBe('not-scheduled');
  });
});

describe('mockCoverage', () => {
  it('names the empty and thin parts with their display labels', () => {
    const c = mockCoverage(
      answer({
        audience: words(12),
        problem: words(12),
        positioning: words(12),
        launchPlan: words(30),
        enablement: 'Enable the field team',
        metrics: '',
      }),
    );
    // Enablement has 4 words < 12 → thin; Metrics has 0 → empty.
    expect(c.summary).toBe('Metrics is empty; Enablement is thin.');
    expect(c.parts.enablement).toEqual({ status: 'thin', words: 4 });
    expect(c.parts.metrics).toEqual({ status: 'empty', words: 0 });
    expect(c.parts.audience).toEqual({ status: 'ok', words: 12 });
    expect(c.complete).toBe(false);
  });

  it('groups several parts in answer order', () => {
    const c = mockCoverage(
      answer({
        audience: words(12),
        problem: words(11),
        positioning: '   \n\t ',
        launchPlan: words(20),
        enablement: words(3),
      }),
    );
    expect(c.summary).toBe('Positioning and Metrics are empty; Problem and Enablement are thin.');
  });

  it('honours a custom thin threshold and says when every part is covered', () => {
    const c = mockCoverage(
      answer({
        audience: words(3),
        problem: words(3),
        positioning: words(3),
        launchPlan: words(3),
        enablement: words(3),
        metrics: words(3),
      }),
      { thinWords: 3 },
    );
    expect(c.complete).toBe(true);
    expect(c.summary).toBe('All six parts have at least 3 words.');
  });

  it('says so when everything is empty', () => {
    expect(mockCoverage(answer({})).summary).toBe('All six parts are empty.');
  });

  it('uses the six display labels', () => {
    expect(Object.values(MOCK_PART_LABELS)).toEqual([
      'Audience',
      'Problem',
      'Positioning',
      'Launch plan',
      'Enablement',
      'Metrics',
    ]);
  });
});
