import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dates';

describe('formatDateTime', () => {
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
