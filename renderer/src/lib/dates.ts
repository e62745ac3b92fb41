/**
 * The app's one absolute date-and-time style, for the screen and for paper:
 * "Thu, Dec 3, 2026, 10:00" (weekday, month, day, year, 24-hour time), in the
 * app's locale and an optional IANA zone. Absolute on purpose: a printed page
 * must not say "in 3 days". Formatting only; no clock.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `when` as "Thu, Dec 3, 2026, 10:00" in `timeZone` (the runtime's zone when
 * absent); with `zoneName`, the zone's short name follows ("10:00 PST").
 */
export const formatDateTime = (
  when: Date | string,
  timeZone?: string,
  zoneName = false,
): string => {
  const key = `${timeZone ?? ''}|${zoneName}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(zoneName ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, f);
  }
  return f.format(typeof when === 'string' ? new Date(when) : when);
};
