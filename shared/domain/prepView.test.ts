import { describe, expect, it } from 'vitest';
import { fromZonedInput, readinessRows, toZonedInput } from './prepView';

describe('toZonedInput / fromZonedInput', () => {
  it('shows an instant as wall-clock text in the zone', () => {
    // 18:00Z in late November: Los Angeles is on PST (UTC−8) → 10:00.
    expect(toZonedInput('2026-11-30T18:00:00.000Z', 'America/Los_Angeles')).toBe(
      '2026-11-30T10:00',
    );
    // 23:30Z on 30 Nov is already 1 Dec 08:30 in Tokyo (UTC+9).
    expect(toZonedInput('2026-11-30T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-12-01T08:30');
  });

  it('turns wall-clock text back into the instant', () => {
    // 10:00 PST + 8 h = 18:00Z.
    expect(fromZonedInput('2026-11-30T10:00', 'America/Los_Angeles')).toBe(
      '2026-11-30T18:00:00.000Z',
    );
    // July is PDT (UTC−7): 10:00 + 7 h = 17:00Z.
    expect(fromZonedInput('2026-07-01T10:00', 'America/Los_Angeles')).toBe(
      '2026-07-01T17:00:00.000Z',
    );
    expect(fromZonedInput('2026-01-05T09:15', 'UTC')).toBe('2026-01-05T09:15:00.000Z');
  });

  it('resolves daylight-saving gaps and repeats predictably', () => {
    // 8 Mar 2026 LA skips 02:00–03:00; 02:30 read with PST (−8) is 10:30Z (= 03:30 PDT).
    expect(fromZonedInput('2026-03-08T02:30', 'America/Los_Angeles')).toBe(
      '2026-03-08T10:30:00.000Z',
    );
    // 1 Nov 2026 01:30 happens twice: PDT (−7) → 08:30Z and PST (−8) → 09:30Z; the earlier wins.
    expect(fromZonedInput('2026-11-01T01:30', 'America/Los_Angeles')).toBe(
      '2026-11-01T08:30:00.000Z',
    );
  });

  it('rejects text that is not a date and time', () => {
    expect(fromZonedInput('', 'UTC')).toBeNull();
    expect(fromZonedInput('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromZonedInput('2026-11-30T24:00', 'UTC')).toBeNull();
    expect(fromZonedInput('soon', 'UTC')).toBeNull();
  });
});

describe('readinessRows', () => {
  it('merges the roles by date and carries values forward', () => {
    const items = [
      {
        roleId: 'pmm',
        target: 2,
        history: [
          { at: '2026-11-10T12:00:00.000Z', done: 1 },
          { at: '2026-11-12T12:00:00.000Z', done: 2 },
        ],
      },
      { roleId: 'pm', target: 2, history: [{ at: '2026-11-11T12:00:00.000Z', done: 1 }] },
      { roleId: 'both', target: 2, history: [] },
    ];
    // pmm counts its item + the shared one: total 4 → 1/4 = 25 on 11-10, 2/4 = 50 on 11-12.
    // pm: total 4 → 1/4 = 25 on 11-11; 0 before it.
    expect(readinessRows(items, ['pmm', 'pm'])).toEqual([
      { date: '2026-11-10', pmm: 25, pm: 0 },
      { date: '2026-11-11', pmm: 25, pm: 25 },
      { date: '2026-11-12', pmm: 50, pm: 25 },
    ]);
  });

  it('leaves out a role with no recorded change, and is empty with no history', () => {
    const items = [
      { roleId: 'pmm', target: 4, history: [{ at: '2026-11-10T12:00:00.000Z', done: 1 }] },
      { roleId: 'pm', target: 4, history: [] },
    ];
    // pmm: 1/4 = 25.
    expect(readinessRows(items, ['pmm', 'pm'])).toEqual([{ date: '2026-11-10', pmm: 25 }]);
    expect(readinessRows([{ roleId: 'pm', target: 3, history: [] }], ['pmm', 'pm'])).toEqual([]);
  });
});
