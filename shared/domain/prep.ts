/**
 * Interview prep: checklist readiness and its history, a week-by-week plan for
 * the remaining work, upcoming rounds with countdowns, round sanity checks and
 * mock-answer coverage.
 *
 * Owns these rules and the wording of their messages. Must not read the clock
 * (every function that needs the time takes `now`), touch storage, or know
 * about the UI. Times are ISO strings or Dates; calendar dates are
 * `YYYY-MM-DD` in the given IANA time zone (UTC unless said otherwise).
 */
import {
  type InterviewRound,
  MOCK_PARTS,
  type MockAnswer,
  type MockPart,
  type PrepItem,
  type RoundStatus,
} from '../schemas/records';
import { roundHalfAwayFromZero } from './money';

/** An instant: a Date or an ISO date-time string. */
export type Instant = Date | string;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

const toMs = (t: Instant): number => {
  const ms = typeof t === 'string' ? Date.parse(t) : t.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid date and time: ${String(t)}`);
  return ms;
};

/** A function giving the `YYYY-MM-DD` of an instant in an IANA time zone (one formatter, reused). */
const dateIn = (timeZone: string): ((ms: number) => string) => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => {
    const parts = format.formatToParts(new Date(ms));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  };
};

// ---------------------------------------------------------------- readiness

/** The item fields readiness needs. */
export type ReadinessItem = Pick<PrepItem, 'roleId' | 'target' | 'done'>;

/** The `roleId` of checklist items that count for every role. */
export const BOTH_ROLES = 'both';

const forRole = <T extends Pick<PrepItem, 'roleId'>>(items: readonly T[], roleId?: string): T[] =>
  roleId === undefined
    ? [...items]
    : items.filter((i) => i.roleId === roleId || i.roleId === BOTH_ROLES);

/**
 * `done / total` as a percent rounded half away from zero to one decimal, with
 * two guarantees: 100 only when everything is done, 0 only when nothing is.
 */
const pctOf = (done: number, total: number): number => {
  const pct = roundHalfAwayFromZero((done / total) * 1000) / 10;
  if (pct >= 100 && done < total) return 99.9;
  if (pct <= 0 && done > 0) return 0.1;
  return pct;
};

/**
 * Prep readiness in percent: Σ min(done, target) / Σ target × 100, one decimal.
 * With `roleId`, only that role's items and the items for both roles count.
 * Work done beyond an item's target earns nothing extra; items with a target
 * of 0 contribute nothing. Returns null when there is nothing to prepare (no
 * items, or every target is 0). Never 100 unless every item is complete.
 */
export const prepReadiness = (items: readonly ReadinessItem[], roleId?: string): number | null => {
  const mine = forRole(items, roleId);
  const total = mine.reduce((s, i) => s + Math.max(0, i.target), 0);
  if (total <= 0) return null;
  const done = mine.reduce((s, i) => s + Math.min(Math.max(0, i.done), Math.max(0, i.target)), 0);
  return pctOf(done, total);
};

export type ReadinessPoint = { date: string; pct: number };

/**
 * Readiness over time, one point per calendar day on which some item's `done`
 * changed, oldest first; the point is the readiness at the end of that day.
 * Rebuilt from each item's `history`: before its first entry an item counts as
 * 0 done, and every item counts with its current target (history does not
 * record targets). Empty when there is nothing to prepare.
 */
export const readinessHistory = (
  items: readonly Pick<PrepItem, 'roleId' | 'target' | 'history'>[],
  roleId?: string,
  opts: { timeZone?: string } = {},
): ReadinessPoint[] => {
  const dateOf = dateIn(opts.timeZone ?? 'UTC');
  const mine = forRole(items, roleId);
  const targets = mine.map((i) => Math.max(0, i.target));
  const total = targets.reduce((s, t) => s + t, 0);
  if (total <= 0) return [];
  const events = mine
    .flatMap((item, index) => item.history.map((h) => ({ index, ms: toMs(h.at), done: h.done })))
    .sort((a, b) => a.ms - b.ms);
  const done = mine.map(() => 0);
  const points: ReadinessPoint[] = [];
  const progress = () => done.reduce((s, d, i) => s + Math.min(d, targets[i] ?? 0), 0);
  for (const [k, e] of events.entries()) {
    done[e.index] = e.done;
    const date = dateOf(e.ms);
    const next = events[k + 1];
    if (next === undefined || dateOf(next.ms) !== date) {
      points.push({ date, pct: pctOf(progress(), total) });
    }
  }
  return points;
};

// ---------------------------------------------------------------- plan

export type PlanEntry = { itemId: string; title: string; units: number };

export type PlanWeek = {
  /** 1-based. */
  index: number;
  /** Start of the week (ISO instant): `now` + (index − 1) weeks. */
  startsAt: string;
  /** End of the week; the last week runs up to the first round. */
  endsAt: string;
  /** `startsAt` as a calendar date. */
  startsOn: string;
  entries: PlanEntry[];
  /** Σ units this week. */
  units: number;
};

export type SpreadPlan = {
  /**
   * `planned`: weeks hold the work; `round-passed`: the first round is not in
   * the future, so there is nothing to plan; `nothing-left`: every item is done.
   */
  status: 'planned' | 'round-passed' | 'nothing-left';
  /** Whole weeks until the first round, at least 1 (0 when the round has passed). */
  weekCount: number;
  /** Σ (target − done) over items not yet complete. */
  totalUnits: number;
  weeks: PlanWeek[];
};

/**
 * Spread the remaining prep work (target − done per item, in checklist
 * `position` order) over the whole weeks between `now` and the first round —
 * at least one week; a spare part-week is folded into the last week.
 *
 * Rule: the weekly amounts are as even as possible (they differ by at most
 * one unit, larger ones in the earliest weeks); items are then poured in
 * order, so an item stays in one week unless the week's amount runs out, in
 * which case it carries on into the next week. With fewer weeks than items, a
 * week holds several items; with fewer units than weeks, the last weeks are
 * empty.
 */
export const spreadPlan = (
  items: readonly Pick<PrepItem, 'id' | 'roleId' | 'title' | 'position' | 'target' | 'done'>[],
  firstRoundAt: Instant,
  now: Instant,
  opts: { roleId?: string; timeZone?: string } = {},
): SpreadPlan => {
  const start = toMs(now);
  const end = toMs(firstRoundAt);
  const work = forRole(items, opts.roleId)
    .sort((a, b) => a.position - b.position)
    .map((i) => ({ item: i, left: Math.max(0, i.target - i.done) }))
    .filter((w) => w.left > 0);
  const totalUnits = work.reduce((s, w) => s + w.left, 0);
  if (end <= start) return { status: 'round-passed', weekCount: 0, totalUnits, weeks: [] };
  const weekCount = Math.max(1, Math.floor((end - start) / WEEK_MS));
  if (totalUnits === 0) return { status: 'nothing-left', weekCount, totalUnits, weeks: [] };

  const base = Math.floor(totalUnits / weekCount);
  const extra = totalUnits % weekCount;
  const dateOf = dateIn(opts.timeZone ?? 'UTC');
  const weeks: PlanWeek[] = [];
  let cursor = 0;
  for (let w = 0; w < weekCount; w++) {
    let room = base + (w < extra ? 1 : 0);
    const entries: PlanEntry[] = [];
    while (room > 0) {
      const next = work[cursor];
      if (!next) break;
      const take = Math.min(room, next.left);
      entries.push({ itemId: next.item.id, title: next.item.title, units: take });
      next.left -= take;
      room -= take;
      if (next.left === 0) cursor++;
    }
    const s = start + w * WEEK_MS;
    const e = w === weekCount - 1 ? end : s + WEEK_MS;
    weeks.push({
      index: w + 1,
      startsAt: new Date(s).toISOString(),
      endsAt: new Date(e).toISOString(),
      startsOn: dateOf(s),
      entries,
      units: entries.reduce((sum, x) => sum + x.units, 0),
    });
  }
  return { status: 'planned', weekCount, totalUnits, weeks };
};

// ---------------------------------------------------------------- rounds

export type Countdown = {
  /** Whole days left. */
  days: number;
  /** Whole hours left after the days. */
  hours: number;
  /** Whole minutes left after the hours. */
  minutes: number;
  /** True when `target` is not after `now`; the counts are then 0. */
  past: boolean;
};

/** Time from `now` to `target`, truncated to whole days, hours and minutes. */
export const countdown = (target: Instant, now: Instant): Countdown => {
  const left = toMs(target) - toMs(now);
  if (left <= 0) return { days: 0, hours: 0, minutes: 0, past: true };
  return {
    days: Math.floor(left / DAY_MS),
    hours: Math.floor((left % DAY_MS) / HOUR_MS),
    minutes: Math.floor((left % HOUR_MS) / 60_000),
    past: false,
  };
};

export type UpcomingRound<R> = { round: R; countdown: Countdown };

/**
 * Rounds with status `scheduled` and a date after `now`, soonest first (ties
 * by `position`), each with its countdown.
 */
export const upcomingRounds = <
  R extends Pick<InterviewRound, 'status' | 'scheduledAt' | 'position'>,
>(
  rounds: readonly R[],
  now: Instant,
): UpcomingRound<R>[] => {
  const t = toMs(now);
  return rounds
    .flatMap((round) => {
      if (round.status !== 'scheduled' || round.scheduledAt === null) return [];
      const at = toMs(round.scheduledAt);
      return at > t ? [{ round, at }] : [];
    })
    .sort((a, b) => a.at - b.at || a.round.position - b.round.position)
    .map(({ round, at }) => ({ round, countdown: countdown(new Date(at), new Date(t)) }));
};

export type RoundIssue = { field: 'status' | 'scheduledAt'; message: string };

const OUTCOME_LABEL: Partial<Record<RoundStatus, string>> = {
  done: 'done',
  passed: 'passed',
  'not-passed': 'not passed',
};

/**
 * Checks that a round's status agrees with its date, as seen at `now`.
 * Returns one message per problem, each tied to the field to fix; empty when
 * the round is consistent. A round exactly at `now` counts as past.
 */
export const validateRound = (
  round: Pick<InterviewRound, 'status' | 'scheduledAt'>,
  now: Instant,
): RoundIssue[] => {
  const issues: RoundIssue[] = [];
  const { status, scheduledAt } = round;
  if (scheduledAt === null) {
    if (status === 'scheduled') {
      issues.push({ field: 'scheduledAt', message: 'A scheduled round needs a date and time.' });
    }
    return issues;
  }
  const at = typeof scheduledAt === 'string' ? Date.parse(scheduledAt) : Number.NaN;
  if (Number.isNaN(at)) {
    issues.push({ field: 'scheduledAt', message: 'Use a full date and time.' });
    return issues;
  }
  const isPast = at <= toMs(now);
  if (status === 'not-scheduled') {
    issues.push({
      field: 'status',
      message: isPast
        ? "A round in the past can't be 'not scheduled'. Mark it done, passed or not passed, or clear the date."
        : "This round has a date, so it can't be 'not scheduled'. Mark it scheduled, or clear the date.",
    });
  } else if (status === 'scheduled' && isPast) {
    issues.push({
      field: 'status',
      message:
        "This round's time has passed. Mark it done, passed or not passed, or move the date.",
    });
  } else if (!isPast && OUTCOME_LABEL[status]) {
    issues.push({
      field: 'status',
      message: `A round that hasn't happened yet can't be marked '${OUTCOME_LABEL[status]}'. Mark it scheduled, or correct the date.`,
    });
  }
  return issues;
};

/**
 * The status that goes with a new date typed for a round, so that saving as
 * the user types does not trip over {@link validateRound}: a round that was
 * "not scheduled" and gets a future date becomes "scheduled"; a "scheduled"
 * round whose date is cleared goes back to "not scheduled". Every other
 * status is the user's own call and is kept (a past date on an unscheduled
 * round is left for `validateRound` to explain).
 */
export const statusForNewDate = (
  status: RoundStatus,
  scheduledAt: string | null,
  now: Instant,
): RoundStatus => {
  if (scheduledAt === null) return status === 'scheduled' ? 'not-scheduled' : status;
  if (status === 'not-scheduled' && toMs(scheduledAt) > toMs(now)) return 'scheduled';
  return status;
};

// ---------------------------------------------------------------- mock answers

/** Display labels of the six mock-answer parts, in answer order. */
export const MOCK_PART_LABELS: Record<MockPart, string> = {
  audience: 'Audience',
  problem: 'Problem',
  positioning: 'Positioning',
  launchPlan: 'Launch plan',
  enablement: 'Enablement',
  metrics: 'Metrics',
};

export type PartCoverage = 'empty' | 'thin' | 'ok';

export type MockCoverage = {
  parts: Record<MockPart, { status: PartCoverage; words: number }>;
  /** One sentence naming the empty and thin parts, or saying all are covered. */
  summary: string;
  /** True when every part is `ok`. */
  complete: boolean;
};

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

const listOf = (names: readonly string[]): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * How well a mock answer covers the six-part structure: a part with no words
 * is `empty`, one with fewer than `thinWords` words (default 12, at least 1)
 * is `thin`, anything longer is `ok`. Words are runs of non-whitespace.
 * The summary names empty parts first, then thin ones, in answer order:
 * "Metrics is empty; Enablement is thin."
 */
export const mockCoverage = (
  answer: Pick<MockAnswer, 'parts'>,
  opts: { thinWords?: number } = {},
): MockCoverage => {
  const thinWords = Math.max(1, opts.thinWords ?? 12);
  const parts = {} as MockCoverage['parts'];
  const empty: string[] = [];
  const thin: string[] = [];
  for (const part of MOCK_PARTS) {
    const words = wordCount(answer.parts[part]);
    const status: PartCoverage = words === 0 ? 'empty' : words < thinWords ? 'thin' : 'ok';
    parts[part] = { status, words };
    if (status === 'empty') empty.push(MOCK_PART_LABELS[part]);
    if (status === 'thin') thin.push(MOCK_PART_LABELS[part]);
  }
  const clause = (names: string[], state: string) =>
    `${listOf(names)} ${names.length === 1 ? 'is' : 'are'} ${state}`;
  let summary: string;
  if (empty.length === MOCK_PARTS.length) summary = 'All six parts are empty.';
  else if (empty.length === 0 && thin.length === 0)
    summary = `All six parts have at least ${thinWords} ${thinWords === 1 ? 'word' : 'words'}.`;
  else {
    const clauses = [];
    if (empty.length > 0) clauses.push(clause(empty, 'empty'));
    if (thin.length > 0) clauses.push(clause(thin, 'thin'));
    summary = `${clauses.join('; ')}.`;
  }
  return { parts, summary, complete: empty.length === 0 && thin.length === 0 };
};
