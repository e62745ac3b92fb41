/**
 * What an adversarial test of the storage services found (issue #18), one
 * block per finding, each over the real store in a temp folder: pipes and
 * devices where a workbook file should be, damaged backups, files that pass
 * the schema but would silently lose records, disk errors, two instances on
 * one folder. Every answer must come quickly, say what happened in words, and
 * lose nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareToBaseline } from '@shared/domain/comp';
import { FxRateSchema, MAX_CENTS, MAX_FX_RATE, TimeZoneSchema } from '@shared/schemas/primitives';
import { type Offer, WorkbookSchema } from '@shared/schemas/records';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../electron/main/services/atomicWrite';
import { listBackups, utcDayKey } from '../../../electron/main/services/backups';
import {
  decodeWorkbook,
  encodeWorkbook,
  payloadChecksum,
} from '../../../electron/main/services/envelope';
import {
  BACKUPS_DIR,
  CURRENT_FILE,
  createWorkbookStore,
  PREVIOUS_FILE,
} from '../../../electron/main/services/workbookStore';
import { makeWorkbook, manualClock, removeDir, tempDir } from './fixtures';

const isWindows = process.platform === 'win32';

let dataDir: string;
let clock: ReturnType<typeof manualClock>;
const store = () =>
  createWorkbookStore({ dataDir, appVersion: '0.1.0', now: clock.now, dayKey: utcDayKey });

beforeEach(async () => {
  dataDir = await tempDir('crossroads-adversarial-');
  clock = manualClock('2026-11-26T10:00:00.000Z');
});
afterEach(() => removeDir(dataDir));

/** Fails with "hung" when `work` has not answered within `ms` — the store must never block. */
const within = <T>(work: Promise<T>, ms = 3000): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms)),
  ]);

const mkfifo = (path: string) => {
  execFileSync('mkfifo', [path]);
};

/** A saved workbook with a previous copy and one good pinned backup. */
async function seedFolder() {
  const s = store();
  await s.save(makeWorkbook({ offers: 2 }, 'First'));
  clock.advance(60_000);
  await s.save(makeWorkbook({ offers: 2, prepItems: 1 }, 'Second'));
  const pinned = await s.pinBackup('manual');
  clock.advance(60_000);
  return pinned;
}

/** A workbook file whose payload is `[` nested `depth` deep. */
const deepFile = (depth: number) =>
  `{"format":"crossroads-workbook","schemaVersion":1,"appVersion":"0.1.0","writtenAt":"2026-11-26T09:00:00.000Z","sha256":"${'0'.repeat(64)}","payload":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe.skipIf(isWindows)('1. a workbook file that is not an ordinary file', () => {
  const targets: [string, (path: string) => Promise<void> | void][] = [
    ['a FIFO', (path) => mkfifo(path)],
    [
      'a symlink to a FIFO',
      async (path) => {
        mkfifo(`${path}.fifo`);
        await symlink(`${path}.fifo`, path);
      },
    ],
    ['a symlink to /dev/zero', (path) => symlink('/dev/zero', path)],
  ];

  it.each(targets)(
    'start-up answers when workbook.json is %s, and saves still work',
    async (_, make) => {
      await seedFolder();
      const current = join(dataDir, CURRENT_FILE);
      await removeDir(current);
      await make(current);
      const s = store();
      const loaded = await within(s.load());
      expect(loaded.kind).toBe('corrupt');
      if (loaded.kind !== 'corrupt') return;
      expect(loaded.message).toMatch(/^The workbook file is a (pipe|device), not an ordinary file/);
      expect(loaded.quarantinedAs).toMatch(/^workbook\.corrupt-/);
      // The good copies are still offered.
      expect(loaded.backups.map((b) => b.kind)).toContain('previous');
      expect(loaded.backups.map((b) => b.kind)).toContain('pinned');
      // The queue is not stuck behind the load: a save answers and lands.
      const saved = await within(s.save(makeWorkbook({ offers: 1 }, 'After')));
      expect(saved.kind).toBe('saved');
      const back = decodeWorkbook(await readFile(current));
      expect(back.ok && back.data.workbook.name).toBe('After');
    },
  );

  it('a FIFO as the previous copy or a backup is passed over, not waited on', async () => {
    await seedFolder();
    await removeDir(join(dataDir, PREVIOUS_FILE));
    mkfifo(join(dataDir, PREVIOUS_FILE));
    mkfifo(join(dataDir, BACKUPS_DIR, 'backup-2026-11-26T09-59-00.000Z-pinned-manual.json'));
    await writeFile(join(dataDir, CURRENT_FILE), 'damaged');
    const s = store();
    const loaded = await within(s.load());
    // seedFolder left one rolling and one pinned backup; the FIFO is neither.
    expect(loaded.kind === 'corrupt' && loaded.backups.map((b) => b.kind).sort()).toEqual([
      'pinned',
      'rolling',
    ]);
    // The FIFO backup is listed as unreadable with its reason, never offered.
    const listed = await within(s.listBackups());
    expect(listed.filter((b) => b.unreadable === null).length).toBe(2);
    expect(
      listed.find((b) => b.id === 'backup-2026-11-26T09-59-00.000Z-pinned-manual.json')?.unreadable,
    ).toBe('It is a pipe, not a file.');
    const restored = await within(
      s.restoreBackup('backup-2026-11-26T09-59-00.000Z-pinned-manual.json'),
    );
    expect(restored).toMatchObject({ kind: 'rejected', code: 'unreadable' });
  });

  it('opening a FIFO picked in the Open dialog answers at once', async () => {
    const fifo = join(dataDir, 'picked.crossroads.json');
    mkfifo(fifo);
    const result = await within(store().readFile(fifo));
    expect(result).toEqual({
      ok: false,
      code: 'unreadable',
      message: 'That is a pipe, not a workbook file. Choose a file saved from Crossroads.',
    });
  });
});

describe('2. one bad backup does not disable recovery', () => {
  it('decodeWorkbook answers a 100,000-deep payload instead of throwing', () => {
    const result = decodeWorkbook(deepFile(100_000));
    expect(result).toMatchObject({ ok: false, code: 'too-deep' });
    expect(!result.ok && result.message).toMatch(/^This file’s contents are nested far deeper/);
  });

  it('a deep backup, a deep previous copy and a symlink loop are skipped; the good backup is offered', async () => {
    const good = await seedFolder();
    const backups = join(dataDir, BACKUPS_DIR);
    await writeFile(
      join(backups, 'backup-2026-11-26T09-00-00.000Z-rolling.json'),
      deepFile(100_000),
    );
    // A backup that cannot be read at all (the test runs as root, so mode 000
    // would not stop it): a symlink to itself fails with ELOOP.
    const loop = join(backups, 'backup-2026-11-26T08-00-00.000Z-pinned-manual.json');
    await symlink(loop, loop);
    await writeFile(join(dataDir, PREVIOUS_FILE), deepFile(100_000));
    await writeFile(join(dataDir, CURRENT_FILE), deepFile(100_000));
    const s = store();
    const loaded = await within(s.load());
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.code).toBe('too-deep');
    expect(loaded.backups.map((b) => b.id)).toContain(good);
    expect(loaded.backups.map((b) => b.kind)).not.toContain('previous');
    const listed = await within(s.listBackups());
    expect(listed.find((b) => b.id === good)?.unreadable).toBeNull();
    // Each bad one is listed with its own reason, not dropped and not offered.
    const deep = listed.find((b) => b.id === 'backup-2026-11-26T09-00-00.000Z-rolling.json');
    expect(deep?.unreadable).toMatch(/^This file’s contents are nested far deeper/);
    const looped = listed.find(
      (b) => b.id === 'backup-2026-11-26T08-00-00.000Z-pinned-manual.json',
    );
    expect(looped?.unreadable).toBe('It cannot be read because it is a link that leads nowhere.');
    expect(looped?.reason).toBe('manual');
    expect(await within(s.restoreBackup(looped?.id ?? ''))).toMatchObject({ kind: 'rejected' });
    // And restoring the good one still works.
    expect(await within(s.restoreBackup(good ?? ''))).toMatchObject({ kind: 'restored' });
  });

  it('listBackups over a folder of only bad files lists each as unreadable', async () => {
    const dir = join(dataDir, BACKUPS_DIR);
    await mkdir(dir);
    await writeFile(join(dir, 'backup-2026-11-26T09-00-00.000Z-rolling.json'), deepFile(50_000));
    const loop = join(dir, 'backup-2026-11-26T08-00-00.000Z-rolling.json');
    await symlink(loop, loop);
    const listed = await listBackups(dir);
    expect(listed.map((b) => [b.id, b.unreadable !== null])).toEqual([
      ['backup-2026-11-26T09-00-00.000Z-rolling.json', true],
      ['backup-2026-11-26T08-00-00.000Z-rolling.json', true],
    ]);
  });
});

describe('3. files that pass each record’s schema but would lose records', () => {
  /** A sealed file of `data`, as another program could write it. */
  const sealed = (data: unknown) =>
    encodeWorkbook(data as ReturnType<typeof makeWorkbook>, {
      appVersion: '0.1.0',
      now: new Date('2026-11-26T09:00:00.000Z'),
    });

  it.each([
    [
      'two offers with one id',
      (d: ReturnType<typeof makeWorkbook>) => {
        (d.offers[2] as { id: string }).id = 'offer-1';
      },
      'This workbook has a bad value. Offer 3 (“Amazon PMM L5 #3”), id: is the same as another offer’s id, so one of them would be lost.',
    ],
    [
      'two prep items with one id',
      (d: ReturnType<typeof makeWorkbook>) => {
        (d.prepItems[1] as { id: string }).id = 'prep-1';
      },
      'This workbook has a bad value. Prep item 2 (“Prep item 2”), id: is the same as another prep item’s id, so one of them would be lost.',
    ],
    [
      'an offer of another workbook',
      (d: ReturnType<typeof makeWorkbook>) => {
        (d.offers[0] as { workbookId: string }).workbookId = 'wb-other';
      },
      'This workbook has a bad value. Offer 1 (“Amazon PMM L5 #1”), workbook id: names a different workbook, so this offer would not be shown.',
    ],
    [
      'two decision factors with one id',
      (d: ReturnType<typeof makeWorkbook>) => {
        d.workbook.decision.factors = [
          { id: 'f1', label: 'Pay', kind: 'pay', weight: 5 },
          { id: 'f1', label: 'Fit', kind: 'fit', weight: 5 },
        ];
      },
      'This workbook has a bad value. The workbook, decision › factors › id: is the same as another decision factor’s id, so one of them would be lost.',
    ],
  ])('%s is refused on open, save and start-up, naming the record', async (_, edit, message) => {
    const data = makeWorkbook({ offers: 3, prepItems: 2 });
    edit(data);
    const path = join(dataDir, 'incoming.crossroads.json');
    await writeFile(path, sealed(data));
    const s = store();
    expect(await s.readFile(path)).toEqual({ ok: false, code: 'invalid', message });
    expect(await s.importFile(path)).toEqual({ kind: 'rejected', code: 'invalid', message });
    expect(await s.save(data)).toEqual({ kind: 'rejected', code: 'invalid', message });
    await writeFile(join(dataDir, CURRENT_FILE), sealed(data));
    expect(await s.load()).toMatchObject({ kind: 'corrupt', code: 'invalid', message });
  });
});

describe('4. values a section cannot compute with are refused where they are typed or opened', () => {
  it('an exchange rate of 1e308 is refused by the schema the rate field and the file share', () => {
    const workbook = makeWorkbook().workbook;
    const typed = WorkbookSchema.safeParse({ ...workbook, fxRates: { EUR: 1e308 } });
    expect(typed.success).toBe(false);
    expect(FxRateSchema.safeParse(1e308).error?.issues[0]?.message).toBe(
      'Enter a rate of at most 1,000,000 — check for extra digits.',
    );
    expect(FxRateSchema.safeParse(1_000_000).success).toBe(true);
  });

  it('the largest rate times the largest amount still gives whole numbers, not Infinity', () => {
    // The bound's reason: MAX_CENTS (10^10) × 10^6 = 10^16 per year stays finite,
    // so the engine's whole-cent rounding never meets Infinity.
    const data = makeWorkbook({ offers: 2 });
    const [usd, eur] = data.offers as [Offer, Offer];
    const big = { ...eur, currency: 'EUR', baseSalary: MAX_CENTS, rsuGrantValue: MAX_CENTS };
    const result = compareToBaseline([usd, big], usd.id, { fxRates: { EUR: MAX_FX_RATE } });
    const row = result?.rows.find((r) => r.offerId === big.id);
    expect(row?.comparable).toBe(true);
    expect(Number.isFinite(row && 'averageAnnual' in row ? row.averageAnnual : Number.NaN)).toBe(
      true,
    );
  });

  it.each([
    [
      'exchange rate 1e308',
      (d: ReturnType<typeof makeWorkbook>) => {
        d.workbook.fxRates = { EUR: 1e308 };
      },
    ],
    [
      'time zone “Not/AZone”',
      (d: ReturnType<typeof makeWorkbook>) => {
        (d.rounds[0] as { timeZone: string }).timeZone = 'Not/AZone';
      },
    ],
  ])('a file with %s is refused on open with a sentence', async (_, edit) => {
    const data = makeWorkbook({ offers: 1, rounds: 1 });
    edit(data);
    const path = join(dataDir, 'incoming.crossroads.json');
    await writeFile(
      path,
      encodeWorkbook(data, { appVersion: '0.1.0', now: new Date('2026-11-26T09:00:00.000Z') }),
    );
    const result = await store().readFile(path);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.message).toMatch(
      /^This workbook has a bad value\. .*: (Enter a rate of at most 1,000,000|Choose a time zone from the list)/,
    );
  });

  it('known time zones pass, including UTC and an alias', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Calcutta']) {
      expect(TimeZoneSchema.safeParse(zone).success, zone).toBe(true);
    }
    expect(TimeZoneSchema.safeParse('Not/AZone').success).toBe(false);
  });
});

describe('5. the large-deletion guard counts records removed by id', () => {
  it('a different, larger workbook over a smaller one: removes all 8 by id, never “-12”', async () => {
    // Before: 4 offers + 4 prep items = 8 records. After: 20 prep items with new ids,
    // none of the 8 kept. Counted by totals that is 8 − 20 = −12; by id it is 8 removed.
    await store().save(makeWorkbook({ offers: 4, prepItems: 4 }, 'Mine'));
    const other = makeWorkbook({ prepItems: 20 }, 'Someone else’s');
    other.prepItems = other.prepItems.map((item) => ({ ...item, id: `other-${item.id}` }));
    const result = await store().save(other);
    expect(result).toMatchObject({
      kind: 'needs-confirmation',
      before: { total: 8 },
      after: { total: 20 },
      removed: 8,
    });
  });
});

describe('6. disk errors get the answer that matches the disk', () => {
  const fault = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  /** A store whose writes to paths matching `hit` fail with `code` before anything is renamed. */
  const faulty = (hit: (path: string) => boolean, code: string) =>
    createWorkbookStore({
      dataDir,
      appVersion: '0.1.0',
      now: clock.now,
      dayKey: utcDayKey,
      write: async (path, data) => {
        if (hit(path)) throw fault(code);
        await atomicWrite(path, data);
      },
    });
  const currentName = async () => {
    const decoded = decodeWorkbook(await readFile(join(dataDir, CURRENT_FILE)));
    return decoded.ok ? decoded.data.workbook.name : null;
  };

  it('backups/ being a plain file: the save stands and says no backup was made (real ENOTDIR)', async () => {
    await store().save(makeWorkbook({ offers: 1 }, 'Before'));
    await removeDir(join(dataDir, BACKUPS_DIR));
    await writeFile(join(dataDir, BACKUPS_DIR), 'not a folder');
    clock.advance(20 * 60_000);
    const result = await store().save(makeWorkbook({ offers: 1 }, 'After'));
    expect(result).toEqual({
      kind: 'saved',
      savedAt: clock.now().toISOString(),
      warning:
        'No backup copy was made because a file is in the way where a folder should be. Open the data folder (Help › About Crossroads › Show data folder) and move the stray file away.',
    });
    expect(await currentName()).toBe('After');
  });

  it('a full disk when the backup is written: saved, and the note names the cause', async () => {
    await store().save(makeWorkbook({ offers: 1 }, 'Before'));
    clock.advance(20 * 60_000);
    const s = faulty((path) => path.includes(`${BACKUPS_DIR}/`), 'ENOSPC');
    const result = await s.save(makeWorkbook({ offers: 1 }, 'After'));
    expect(result).toMatchObject({
      kind: 'saved',
      warning: 'No backup copy was made because the disk is full. Free some space on the disk.',
    });
    expect(await currentName()).toBe('After');
  });

  it.each([
    [
      'ENOSPC',
      'The disk is full, so the workbook file was not changed. Free some space on the disk.',
    ],
    [
      'EROFS',
      'The data folder is read-only, so the workbook file was not changed. Make the disk writable, or move the data folder to one that is.',
    ],
    [
      'EACCES',
      'Crossroads does not have permission to use that file or folder, so the workbook file was not changed. Check the permissions of the data folder (Help › About Crossroads › Show data folder).',
    ],
  ])(
    '%s on the workbook file: not saved, in words, and the file is unchanged',
    async (code, message) => {
      await store().save(makeWorkbook({ offers: 1 }, 'Before'));
      const s = faulty((path) => path.endsWith(CURRENT_FILE), code);
      expect(await s.save(makeWorkbook({ offers: 1 }, 'After'))).toEqual({
        kind: 'rejected',
        code: 'disk-error',
        message,
      });
      expect(await currentName()).toBe('Before');
    },
  );

  it('65 saves with 0–64 KiB of room: every answer matches what is on disk', async () => {
    await store().save(makeWorkbook({ offers: 1 }, 'Start'));
    let matches = 0;
    let saved = 0;
    for (let kib = 0; kib <= 64; kib++) {
      // A disk with `kib` KiB free: each write uses its size; past the room, ENOSPC.
      let room = kib * 1024;
      const s = createWorkbookStore({
        dataDir,
        appVersion: '0.1.0',
        now: clock.now,
        dayKey: utcDayKey,
        write: async (path, data) => {
          const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
          if (size > room) throw fault('ENOSPC');
          room -= size;
          await atomicWrite(path, data);
        },
      });
      clock.advance(16 * 60_000); // a rolling backup is due every time
      const name = `Save ${kib}`;
      const result = await s.save(makeWorkbook({ offers: 1 }, name));
      const onDisk = await currentName();
      if (result.kind === 'saved') saved++;
      const answerMatches =
        (result.kind === 'saved' && onDisk === name) ||
        (result.kind === 'rejected' && result.code === 'disk-error' && onDisk !== name);
      if (answerMatches) matches++;
    }
    console.log(`disk-full sweep: ${matches}/65 answers match the disk; ${saved} saved`);
    expect(matches).toBe(65);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(65);
  });
});

describe('8 and #21. messages a person understands', () => {
  const valid = () =>
    encodeWorkbook(makeWorkbook({ offers: 1 }), {
      appVersion: '0.1.0',
      now: new Date('2026-11-26T09:00:00.000Z'),
    });

  it('a file that is JSON but not a workbook, and one that is not JSON, say so in everyday words', () => {
    const notOurs = decodeWorkbook('{"hello":"world"}');
    expect(!notOurs.ok && notOurs.message).toBe(
      'This isn’t a Crossroads workbook. Choose a file saved from Crossroads — its name ends in .crossroads.json.',
    );
    const notJson = decodeWorkbook('{"format": ');
    expect(!notJson.ok && notJson.message).toBe(
      'This isn’t a Crossroads workbook, or it was damaged or cut short. Choose a file saved from Crossroads — its name ends in .crossroads.json.',
    );
  });

  it.each([
    ['sha256', 'not-hex', 'its checksum'],
    ['sha256', undefined, 'its checksum'],
    ['schemaVersion', 0, 'its file format number'],
    ['schemaVersion', 1.5, 'its file format number'],
    ['appVersion', '', 'the Crossroads version it was saved with'],
    ['appVersion', 'x'.repeat(41), 'the Crossroads version it was saved with'],
    ['writtenAt', 'yesterday', 'the date it was saved'],
    ['writtenAt', 12, 'the date it was saved'],
    // The other eight of the sixteen damaged-header cases the issue counted.
    ['sha256', 'A'.repeat(64), 'its checksum'],
    ['sha256', 'a'.repeat(63), 'its checksum'],
    ['sha256', 12345, 'its checksum'],
    ['schemaVersion', undefined, 'its file format number'],
    ['schemaVersion', '1', 'its file format number'],
    ['schemaVersion', -3, 'its file format number'],
    ['appVersion', undefined, 'the Crossroads version it was saved with'],
    ['writtenAt', '2026-13-45T99:00:00.000Z', 'the date it was saved'],
  ])('a damaged header field %s = %j is named in words, not schema text', (key, value, words) => {
    const envelope = JSON.parse(valid()) as Record<string, unknown>;
    if (value === undefined) delete envelope[key];
    else envelope[key] = value;
    const result = decodeWorkbook(JSON.stringify(envelope));
    expect(result).toMatchObject({ ok: false, code: 'bad-envelope' });
    expect(!result.ok && result.message).toBe(
      `This Crossroads file is damaged: ${words} is missing or not valid, so it was not opened. Choose another copy, such as a backup (File › Backups…).`,
    );
  });

  it('a 10 MB appVersion or record key is quoted as a short excerpt at most', () => {
    const huge = 'v'.repeat(10 * 1024 * 1024);
    const future = JSON.parse(valid()) as Record<string, unknown>;
    future.schemaVersion = 99;
    future.appVersion = huge;
    const a = decodeWorkbook(JSON.stringify(future));
    expect(!a.ok && a.message.length).toBeLessThan(300);
    const keyed = JSON.parse(valid()) as { payload: { offers: Record<string, unknown>[] } };
    const offer = keyed.payload.offers[0] as Record<string, unknown>;
    delete offer.baseSalary;
    offer[huge.slice(0, 1024 * 1024)] = 1;
    const b = decodeWorkbook(JSON.stringify(keyed));
    expect(b.ok).toBe(false);
    expect(!b.ok && b.message.length).toBeLessThan(300);
  });

  it('a number out of range reads as a sentence, not “Too small: expected number to be >=1”', () => {
    const envelope = JSON.parse(valid()) as Record<string, unknown> & {
      payload: { workbook: Record<string, unknown> };
    };
    envelope.payload.workbook.templateVersion = 0;
    envelope.sha256 = payloadChecksum(envelope.payload);
    const result = decodeWorkbook(JSON.stringify(envelope));
    expect(!result.ok && result.message).toBe(
      'This workbook has a bad value. The workbook, template version: is too small (the least allowed is 1).',
    );
  });
});

describe('9. Save As cannot reach the data folder through a symlink', () => {
  it('a symlink outside pointing at workbook.json is refused and the live file is untouched', async () => {
    await store().save(makeWorkbook({ offers: 1 }, 'Live'));
    const outside = await tempDir('crossroads-outside-');
    try {
      const link = join(outside, 'innocent.crossroads.json');
      await symlink(join(dataDir, CURRENT_FILE), link);
      const before = await readFile(join(dataDir, CURRENT_FILE), 'utf8');
      expect(await store().saveAs(link, makeWorkbook({}, 'Overwrite'))).toEqual({
        kind: 'rejected',
        code: 'reserved',
        message: 'Choose a place outside the Crossroads data folder.',
      });
      // A symlinked folder leading into the data folder is refused the same way.
      const folderLink = join(outside, 'looks-like-documents');
      await symlink(dataDir, folderLink);
      for (const name of [CURRENT_FILE, 'new.crossroads.json']) {
        expect(await store().saveAs(join(folderLink, name), makeWorkbook()), name).toMatchObject({
          kind: 'rejected',
          code: 'reserved',
        });
      }
      expect(await store().exportAll(link)).toMatchObject({ kind: 'rejected', code: 'reserved' });
      expect(await readFile(join(dataDir, CURRENT_FILE), 'utf8')).toBe(before);
      // An ordinary place outside still works.
      expect(
        await store().saveAs(join(outside, 'copy.crossroads.json'), makeWorkbook()),
      ).toMatchObject({
        kind: 'saved',
      });
    } finally {
      await removeDir(outside);
    }
  });
});

describe('10. two instances on one folder', () => {
  it('start-up leaves young temp files alone (another instance may be writing) and removes old ones', async () => {
    await seedFolder();
    const young = join(dataDir, '.workbook.json.aaaaaaaaaaaa.crossroads-tmp');
    const old = join(dataDir, '.workbook.json.bbbbbbbbbbbb.crossroads-tmp');
    await writeFile(young, 'in flight');
    await writeFile(old, 'left by a crash');
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    await utimes(old, anHourAgo, anHourAgo);
    await store().load();
    const names = await readdir(dataDir);
    expect(names).toContain('.workbook.json.aaaaaaaaaaaa.crossroads-tmp');
    expect(names).not.toContain('.workbook.json.bbbbbbbbbbbb.crossroads-tmp');
  });
});
