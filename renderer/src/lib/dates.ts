/**
 * Every date and time the app shows, one style per purpose, in the app's
 * locale (the examples are en-US). Features format dates only through here;
 * money display stays in `@shared/domain/money` (`formatMoney`,
 * `formatWholeMoney`), which is pure and tested on its own.
 *
 * | Purpose                                         | Function            | Example                      |
 * |-------------------------------------------------|---------------------|------------------------------|
 * | Documents and paper (absolute, with the year)   | `formatDateTime`    | Thu, Dec 3, 2026, 10:00      |
 * | When something happened here (saves, backups)   | `formatMoment`      | Dec 3, 2026, 10:00 AM        |
 * | The time of day of the last save                | `formatClockTime`   | 10:00 AM                     |
 * | A calendar date with no time (a deadline)       | `formatCalendarDate`| Dec 24, 2026                 |
 * | An interview round, in its own time zone        | `formatScheduled`   | Thu, Dec 3, 10:00 AM PST     |
 * | How long until a round                          | `formatCountdown`   | in 4 days, 1 hour            |
 *
 * Absolute where it lasts: a printed page must not say "in 3 days". Also owns
 * the one lookup of the runtime's time zone ({@link localTimeZone}).
 * Formatting only; no clock.
 */
import type { Countdown } from '@shared/domain/prep';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per style and zone (building an Intl formatter is slow). */
const formatter = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, options);
    formatters.set(key, f);
  }
  return f;
};

const instant = (when: Date | string): Date => (typeof when === 'string' ? new Date(when) : when);

/** The runtime's IANA time zone (e.g. "America/Los_Angeles"), or "UTC" when it reports none. */
export const localTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * `when` as "Thu, Dec 3, 2026, 10:00" in `timeZone` (the runtime's zone when
 * absent); with `zoneName`, the zone's short name follows ("10:00 PST").
 */
export const formatDateTime = (when: Date | string, timeZone?: string, zoneName = false): string =>
  formatter(`datetime|${timeZone ?? ''}|${zoneName}`, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(zoneName ? { timeZoneName: 'short' } : {}),
  }).format(instant(when));

/** An instant (ISO string or Date) as "Dec 3, 2026, 10:00 AM" in the runtime's zone. */
export const formatMoment = (when: Date | string): string =>
  formatter('moment', { dateStyle: 'medium', timeStyle: 'short' }).format(instant(when));

/** An instant's time of day as "10:00 AM" in the runtime's zone. */
export const formatClockTime = (when: Date | string): string =>
  formatter('clock', { hour: '2-digit', minute: '2-digit' }).format(instant(when));

/**
 * A calendar date `YYYY-MM-DD` as "Dec 24, 2026". Read and written in UTC,
 * so the day shown is the day typed in every time zone.
 */
export const formatCalendarDate = (ymd: string): string =>
  formatter('calendar', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00.000Z`),
  );

/** An instant as "Thu, Dec 3, 10:00 AM PST", in the IANA zone `timeZone` (where it happens). */
export const formatScheduled = (when: Date | string, timeZone: string): string =>
  formatter(`scheduled|${timeZone}`, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant(when));

/** `n` and `word`, with an "s" unless `n` is 1: "1 day", "3 pieces" (regular English plurals only). */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "in 4 days, 1 hour", or hours and minutes when under a day; "now or past" once it is due. */
export const formatCountdown = (c: Countdown): string => {
  if (c.past) return 'now or past';
  if (c.days > 0) return `in ${plural(c.days, 'day')}, ${plural(c.hours, 'hour')}`;
  if (c.hours > 0) return `in ${plural(c.hours, 'hour')}, ${plural(c.minutes, 'minute')}`;
  return `in ${plural(c.minutes, 'minute')}`;
};
