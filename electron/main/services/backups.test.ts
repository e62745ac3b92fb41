import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkbook, removeDir, tempDir } from '../../../tests/unit/storage/fixtures';
import {
  backupFileName,
  isRollingBackupDue,
  listBackups,
  parseBackupFileName,
  parseFileStamp,
  type RotationEntry,
  rotateBackups,
  selectBackupsToKeep,
  utcDayKey,
  writeBackup,
} from './backups';
import { encodeWorkbook } from './envelope';

const rolling = (iso: string): RotationEntry => ({ id: iso, kind: 'rolling', takenAt: iso });
const pinned = (iso: string): RotationEntry => ({ id: `pin ${iso}`, kind: 'pinned', takenAt: iso });
const kept = (entries: RotationEntry[], now: string) =>
  [...selectBackupsToKeep(entries, new Date(now), utcDayKey)].sort();

describe('selectBackupsToKeep', () => {
  it('keeps the 3 newest from today', () => {
    // Five backups today (Nov 26): the three latest are 11:00, 12:00, 13:00.
    const today = ['09:00', '10:00', '11:00', '12:00', '13:00'].map((t) =>
      rolling(`2026-11-26T${t}:00.000Z`),
    );
    expect(kept(today, '2026-11-26T14:00:00.000Z')).toEqual([
      '2026-11-26T11:00:00.000Z',
      '2026-11-26T12:00:00.000Z',
      '2026-11-26T13:00:00.000Z',
    ]);
  });

  it('keeps the newest per earlier day for 14 days, and nothing older', () => {
    const entries = [
      rolling('2026-11-25T08:00:00.000Z'), // yesterday, older of two → dropped
      rolling('2026-11-25T17:30:00.000Z'), // yesterday's newest → kept
      rolling('2026-11-12T23:59:00.000Z'), // 26 − 12 = 14 days back → kept (the last kept day)
      rolling('2026-11-11T23:59:00.000Z'), // 15 days back → dropped
      rolling('2026-10-01T12:00:00.000Z'), // 56 days back → dropped
    ];
    expect(kept(entries, '2026-11-26T00:05:00.000Z')).toEqual([
      '2026-11-12T23:59:00.000Z',
      '2026-11-25T17:30:00.000Z',
    ]);
  });

  it('counts days across a month end by the calendar', () => {
    // Dec 3 − 14 days = Nov 19 (Nov has 30 days: 3 + 30 − 14 = 19).
    const entries = [rolling('2026-11-19T10:00:00.000Z'), rolling('2026-11-18T10:00:00.000Z')];
    expect(kept(entries, '2026-12-03T10:00:00.000Z')).toEqual(['2026-11-19T10:00:00.000Z']);
  });

  it('never drops pinned backups, however old, and they do not use up today’s 3', () => {
    const entries = [
      pinned('2020-01-01T00:00:00.000Z'),
      pinned('2026-11-26T09:30:00.000Z'),
      rolling('2026-11-26T09:00:00.000Z'),
      rolling('2026-11-26T10:00:00.000Z'),
      rolling('2026-11-26T11:00:00.000Z'),
    ];
    expect(kept(entries, '2026-11-26T12:00:00.000Z')).toEqual([
      '2026-11-26T09:00:00.000Z',
      '2026-11-26T10:00:00.000Z',
      '2026-11-26T11:00:00.000Z',
      'pin 2020-01-01T00:00:00.000Z',
      'pin 2026-11-26T09:30:00.000Z',
    ]);
  });

  it('keeps backups dated after today (the clock moved back)', () => {
    expect(kept([rolling('2026-12-01T10:00:00.000Z')], '2026-11-26T10:00:00.000Z')).toEqual([
      '2026-12-01T10:00:00.000Z',
    ]);
  });

  it('uses the given calendar: 23:30 UTC is already tomorrow at UTC+1', () => {
    const entries = [rolling('2026-11-25T23:30:00.000Z'), rolling('2026-11-25T22:00:00.000Z')];
    const plusOne = (d: Date) => utcDayKey(new Date(d.getTime() + 3_600_000));
    // At UTC+1 the 23:30Z backup is on Nov 26 (today, kept) and the 22:00Z one on Nov 25
    // (yesterday's newest, kept); in UTC both are Nov 25 and only the newer survives.
    const now = new Date('2026-11-26T08:00:00.000Z');
    expect([...selectBackupsToKeep(entries, now, plusOne)].sort()).toEqual([
      '2026-11-25T22:00:00.000Z',
      '2026-11-25T23:30:00.000Z',
    ]);
    expect([...selectBackupsToKeep(entries, now, utcDayKey)]).toEqual(['2026-11-25T23:30:00.000Z']);
  });
});

describe('isRollingBackupDue', () => {
  const at = (iso: string) => new Date(iso);
  it('is due with no backups, and 15 minutes after the latest', () => {
    expect(isRollingBackupDue([], at('2026-11-26T10:00:00.000Z'))).toBe(true);
    const latest = [at('2026-11-26T09:00:00.000Z'), at('2026-11-26T10:00:00.000Z')];
    // 10:14:59.999 is 1 ms short of 15 minutes after 10:00.
    expect(isRollingBackupDue(latest, at('2026-11-26T10:14:59.999Z'))).toBe(false);
    expect(isRollingBackupDue(latest, at('2026-11-26T10:15:00.000Z'))).toBe(true);
  });
  it('ignores backups dated in the future', () => {
    expect(
      isRollingBackupDue([at('2026-12-01T00:00:00.000Z')], at('2026-11-26T10:00:00.000Z')),
    ).toBe(true);
  });
});

describe('backup file names', () => {
  it('round-trips rolling and pinned names without colons', () => {
    const takenAt = new Date('2026-11-26T10:05:07.123Z');
    expect(backupFileName(takenAt, null)).toBe('backup-2026-11-26T10-05-07.123Z-rolling.json');
    expect(backupFileName(takenAt, 'before-open', 2)).toBe(
      'backup-2026-11-26T10-05-07.123Z-pinned-before-open-2.json',
    );
    expect(
      parseBackupFileName('backup-2026-11-26T10-05-07.123Z-pinned-before-open-2.json'),
    ).toEqual({
      takenAt,
      kind: 'pinned',
      reason: 'before-open',
    });
    expect(parseBackupFileName('backup-2026-11-26T10-05-07.123Z-rolling.json')?.kind).toBe(
      'rolling',
    );
  });
  it('rejects other names', () => {
    expect(parseBackupFileName('workbook.json')).toBeNull();
    expect(parseBackupFileName('backup-2026-11-26T10-05-07.123Z-pinned-whenever.json')).toBeNull();
    expect(parseBackupFileName('../backup-2026-11-26T10-05-07.123Z-rolling.json')).toBeNull();
    expect(parseFileStamp('2026-13-40T10-05-07.123Z')).toBeNull();
  });
});

describe('listBackups, writeBackup, rotateBackups', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => removeDir(dir));

  const bytes = (name: string, at: string) =>
    Buffer.from(
      encodeWorkbook(makeWorkbook({ offers: 1 }, name), { appVersion: '0.1.0', now: new Date(at) }),
    );

  it('lists backups newest first, with what they hold; one that does not decode is marked unreadable', async () => {
    await writeBackup(
      dir,
      bytes('Monday', '2026-11-23T09:00:00.000Z'),
      new Date('2026-11-23T09:00:00.000Z'),
      null,
    );
    await writeBackup(
      dir,
      bytes('Tuesday', '2026-11-24T09:00:00.000Z'),
      new Date('2026-11-24T09:00:00.000Z'),
      'manual',
    );
    await writeFile(join(dir, 'backup-2026-11-25T09-00-00.000Z-rolling.json'), '{"broken": ');
    await writeFile(join(dir, 'notes.txt'), 'not a backup');
    const list = await listBackups(dir);
    expect(list.map((b) => [b.workbookName, b.kind, b.reason, b.offers, b.unreadable])).toEqual([
      ['', 'rolling', null, 0, expect.stringMatching(/\S/)],
      ['Tuesday', 'pinned', 'manual', 1, null],
      ['Monday', 'rolling', null, 1, null],
    ]);
    // The broken one is dated by its file name; it holds nothing to offer.
    expect(list[0]?.takenAt).toBe('2026-11-25T09:00:00.000Z');
    expect(list[1]?.takenAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('never replaces an existing backup taken at the same instant', async () => {
    const at = new Date('2026-11-26T10:00:00.000Z');
    const first = await writeBackup(dir, bytes('A', at.toISOString()), at, 'manual');
    const second = await writeBackup(dir, bytes('B', at.toISOString()), at, 'manual');
    expect(first).toBe('backup-2026-11-26T10-00-00.000Z-pinned-manual.json');
    expect(second).toBe('backup-2026-11-26T10-00-00.000Z-pinned-manual-2.json');
  });

  it('deletes only the rolling backups the policy drops', async () => {
    const b = bytes('X', '2026-11-01T00:00:00.000Z');
    for (const iso of [
      '2026-11-01T10:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]) {
      await writeBackup(dir, b, new Date(iso), null);
    }
    await writeBackup(dir, b, new Date('2026-11-01T10:00:00.000Z'), 'before-upgrade');
    const dropped = await rotateBackups(dir, new Date('2026-11-26T10:00:00.000Z'), utcDayKey);
    // Nov 1 is 25 days back (dropped); Nov 25 keeps its newest (11:00).
    expect(dropped.sort()).toEqual([
      'backup-2026-11-01T10-00-00.000Z-rolling.json',
      'backup-2026-11-25T10-00-00.000Z-rolling.json',
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      'backup-2026-11-01T10-00-00.000Z-pinned-before-upgrade.json',
      'backup-2026-11-25T11-00-00.000Z-rolling.json',
    ]);
  });
});
