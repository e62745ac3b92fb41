/**
 * A simulated month of edits through the real store with an injected clock:
 * which backup files remain at the end is worked out by hand below.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcDayKey } from '../../../electron/main/services/backups';
import { decodeWorkbook } from '../../../electron/main/services/envelope';
import { createWorkbookStore } from '../../../electron/main/services/workbookStore';
import { makeWorkbook, manualClock, removeDir, tempDir } from './fixtures';

let dataDir: string;
beforeAll(async () => {
  dataDir = await tempDir('crossroads-month-');
});
afterAll(() => removeDir(dataDir));

const pad = (n: number) => String(n).padStart(2, '0');
const nameIn = async (path: string) => {
  const decoded = decodeWorkbook(await readFile(path));
  return decoded.ok ? decoded.data.workbook.name : null;
};

describe('a month of edits', () => {
  it('leaves exactly the backups the policy promises', async () => {
    const clock = manualClock('2026-11-01T09:00:00.000Z');
    const store = createWorkbookStore({
      dataDir,
      appVersion: '0.1.0',
      now: clock.now,
      dayKey: utcDayKey,
    });
    expect(await store.load()).toEqual({ kind: 'missing' });
    let saves = 0;
    for (let day = 1; day <= 30; day++) {
      // No edits on days 7, 14, 21 and 28.
      if (day % 7 === 0) continue;
      // Edits every 10 minutes from 09:00 to 10:50 (12 saves). A rolling backup needs
      // 15 minutes since the last one, so they land at 09:00, 09:20, 09:40, 10:00, 10:20, 10:40.
      for (let minute = 0; minute < 120; minute += 10) {
        const time = `${pad(9 + Math.floor(minute / 60))}:${pad(minute % 60)}`;
        clock.set(`2026-11-${pad(day)}T${time}:00.000Z`);
        const result = await store.save(makeWorkbook({ offers: 2 }, `Day ${day} ${time}`));
        expect(result.kind).toBe('saved');
        saves++;
      }
      if (day === 3) {
        clock.set('2026-11-03T12:00:00.000Z');
        await store.pinBackup('manual');
      }
      if (day === 10) {
        clock.set('2026-11-10T12:00:00.000Z');
        const yesterday = (await store.listBackups()).find((b) => b.workbookName === 'Day 9 10:40');
        expect(yesterday).toBeDefined();
        expect((await store.restoreBackup(yesterday?.id ?? '')).kind).toBe('restored');
      }
    }
    // 30 days − 4 days off = 26 days × 12 saves = 312.
    expect(saves).toBe(312);

    const backups = (await readdir(join(dataDir, 'backups'))).sort();
    const rolling = (day: number, time: string) =>
      `backup-2026-11-${pad(day)}T${time.replace(':', '-')}-00.000Z-rolling.json`;
    // Last save: Nov 30 10:50 UTC.
    // Today (Nov 30): six rolling backups, the 3 newest kept: 10:00, 10:20, 10:40.
    // Earlier days: Nov 16 … Nov 29 (30 − 14 = 16), newest of each = 10:40, except the
    // days without edits (21, 28): 16, 17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 29 = 12 files.
    // Nov 10 also had a 12:00 rolling backup (the restore's write), but Nov 10 is 20 days back.
    // Pinned: the manual pin of Nov 3 and the pin taken before the restore on Nov 10.
    expect(backups).toEqual(
      [
        'backup-2026-11-03T12-00-00.000Z-pinned-manual.json',
        'backup-2026-11-10T12-00-00.000Z-pinned-before-restore.json',
        ...[16, 17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 29].map((d) => rolling(d, '10:40')),
        rolling(30, '10:00'),
        rolling(30, '10:20'),
        rolling(30, '10:40'),
      ].sort(),
    );
    expect((await readdir(dataDir)).sort()).toEqual([
      'backups',
      'workbook.json',
      'workbook.prev.json',
    ]);

    // What the files hold.
    expect(await nameIn(join(dataDir, 'workbook.json'))).toBe('Day 30 10:50');
    expect(await nameIn(join(dataDir, 'workbook.prev.json'))).toBe('Day 30 10:40');
    const dir = join(dataDir, 'backups');
    expect(await nameIn(join(dir, 'backup-2026-11-03T12-00-00.000Z-pinned-manual.json'))).toBe(
      'Day 3 10:50',
    );
    expect(
      await nameIn(join(dir, 'backup-2026-11-10T12-00-00.000Z-pinned-before-restore.json')),
    ).toBe('Day 10 10:50');
    expect(await nameIn(join(dir, rolling(29, '10:40')))).toBe('Day 29 10:40');
    expect((await store.listBackups()).length).toBe(17);
  });
});
