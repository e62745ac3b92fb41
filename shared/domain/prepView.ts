/**
 * View helpers for the Prep page that need more than the core prep rules:
 * converting between an instant and the wall-clock text of a
 * `datetime-local` input in a given IANA time zone, and the readiness chart
 * rows (one row per date, one value per role).
 *
 * Owns these conversions only. Must not read the clock, touch storage or know
 * about React; readiness itself comes from `prep.ts`.
 */
import type { PrepItem } from '../schemas/records';
import { readinessHistory } from './prep';

const wallParts = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
};

/** Milliseconds the zone's wall clock is ahead of UTC at instant `ms`. */
const offsetAt = (ms: number, timeZone: string): number => {
  const p = wallParts(ms, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(ms / 1000) * 1000;
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The `YYYY-MM-DDTHH:mm` wall-clock text of instant `iso` in `timeZone`, as a
 * `datetime-local` input shows it. Seconds are dropped (truncated).
 */
export const toZonedInput = (iso: string, timeZone: string): string => {
  const p = wallParts(Date.parse(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
};

/**
 * The ISO instant (UTC, `…Z`) at which the wall clock in `timeZone` reads
 * `local` (`YYYY-MM-DDTHH:mm`). Returns null for text that is not a valid
 * date and time. A wall time skipped by a daylight-saving jump resolves to the
 * instant one offset later; a repeated one to the earlier of the two.
 */
export const fromZonedInput = (local: string, timeZone: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(guess);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Try the offsets on both sides of the guess; keep the earliest that reads back right.
  const offsets = [offsetAt(guess - 86_400_000, timeZone), offsetAt(guess + 86_400_000, timeZone)];
  const fits = offsets
    .map((o) => guess - o)
    .filter((ms) => toZonedInput(new Date(ms).toISOString(), timeZone) === local)
    .sort((a, b) => a - b);
  const ms = fits[0] ?? guess - offsetAt(guess, timeZone);
  return new Date(ms).toISOString();
};

/** One chart row: a calendar date and the readiness % of each role on it. */
export type ReadinessRow = { date: string } & Record<string, number | string>;

/**
 * Rows for the readiness-over-time chart: one per date on which any item's
 * `done` changed (oldest first), with each role's readiness at the end of that
 * day, carried forward from that role's last change (0 before its first). A
 * role with no recorded change (or nothing to prepare) is left out of the rows.
 */
export const readinessRows = (
  items: readonly Pick<PrepItem, 'roleId' | 'target' | 'history'>[],
  roleIds: readonly string[],
  timeZone = 'UTC',
): ReadinessRow[] => {
  const series = roleIds.map((roleId) => ({
    roleId,
    points: readinessHistory(items, roleId, { timeZone }),
  }));
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return dates.map((date) => {
    const row: ReadinessRow = { date };
    for (const s of series) {
      if (s.points.length === 0) continue;
      let pct = 0;
      for (const p of s.points) if (p.date <= date) pct = p.pct;
      row[s.roleId] = pct;
    }
    return row;
  });
};
