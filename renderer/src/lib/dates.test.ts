import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatClockTime,
  formatCountdown,
  formatDateTime,
  formatMoment,
  formatScheduled,
  localTimeZone,
  plural,
} from './dates';

// The runner's locale is en-US; the patterns below accept its separators (",", " ", narrow
// no-break spaces before AM/PM) rather than one exact spelling of them.

describe('formatDateTime (documents and paper)', () => {
  it('writes an absolute date with the year and a 24-hour time', () => {
    // 2026-12-03T18:00Z is 10:00 in Los Angeles (UTC−8 in December), a Thursday.
    const at = '2026-12-03T18:00:00.000Z';
    const text = formatDateTime(at, 'America/Los_Angeles');
    // en-US (the test runner's locale): "Thu, Dec 3, 2026, 10:00".
    expect(text).toMatch(/Thu/);
    expect(text).toMatch(/Dec/);
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/10:00/);
    expect(formatDateTime(at, 'America/Los_Angeles', true)).toMatch(/PST/);
  });
});

describe('formatScheduled (an interview round, in its own zone)', () => {
  it('gives weekday, month, day, 12-hour time and the zone, without the year', () => {
    // 2026-12-03T18:00Z: 10:00 AM in Los Angeles (PST, UTC−8); 13:00 = 1:00 PM in New York (EST, UTC−5).
    const at = '2026-12-03T18:00:00.000Z';
    const la = formatScheduled(at, 'America/Los_Angeles');
    expect(la).toMatch(/^Thu, Dec 3, 10:00\sAM PST$/);
    expect(formatScheduled(new Date(at), 'America/New_York')).toMatch(/^Thu, Dec 3, 1:00\sPM EST$/);
  });
});

describe('formatCalendarDate (a date with no time)', () => {
  it('shows the day typed, whatever the zone: read and written in UTC', () => {
    // 2026-12-24 at UTC midnight is still Dec 23 in Los Angeles; the day shown must be the 24th.
    expect(formatCalendarDate('2026-12-24')).toBe('Dec 24, 2026');
    expect(formatCalendarDate('2027-01-01')).toBe('Jan 1, 2027');
  });
});

describe('formatMoment and formatClockTime (in the runtime zone)', () => {
  it('gives the medium date and the short time of the instant in the runtime zone', () => {
    // Noon UTC is the same calendar day in every zone from UTC−11 to UTC+11, so the date part
    // is fixed; the time depends on the runner's zone, so only its shape is checked.
    const at = '2026-11-29T12:00:00.000Z';
    expect(formatMoment(at)).toMatch(/^Nov 29, 2026, \d{1,2}:\d{2}\s[AP]M$/);
    expect(formatClockTime(at)).toMatch(/^\d{2}:\d{2}\s[AP]M$/);
    expect(formatClockTime(new Date(at))).toBe(formatClockTime(at));
  });

  it('names a real IANA zone for the runtime', () => {
    const zone = localTimeZone();
    expect(zone.length).toBeGreaterThan(0);
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
  });
});

describe('formatCountdown', () => {
  it('uses days and hours from a day out, hours and minutes under it, minutes under an hour', () => {
    expect(formatCountdown({ days: 4, hours: 1, minutes: 30, past: false })).toBe(
      'in 4 days, 1 hour',
    );
    expect(formatCountdown({ days: 0, hours: 2, minutes: 1, past: false })).toBe(
      'in 2 hours, 1 minute',
    );
    expect(formatCountdown({ days: 0, hours: 0, minutes: 0, past: false })).toBe('in 0 minutes');
    expect(formatCountdown({ days: 0, hours: 0, minutes: 0, past: true })).toBe('now or past');
  });

  it('counts one without an s and everything else with one', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(3, 'piece')).toBe('3 pieces');
  });
});
