import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '@shared/schemas/records';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  hashTree,
  makeWorkbook,
  manualClock,
  removeDir,
  tempDir,
} from '../../../tests/unit/storage/fixtures';
import { utcDayKey } from './backups';
import { decodeWorkbook } from './envelope';
import { countRecords, createWorkbookStore, deletesMoreThanHalf } from './workbookStore';

let root: string;
let dataDir: string;
let clock: ReturnType<typeof manualClock>;
const store = () =>
  createWorkbookStore({ dataDir, appVersion: '0.1.0', now: clock.now, dayKey: utcDayKey });
const files = async (dir = dataDir) => (await readdir(dir)).sort();
const current = async () => {
  const decoded = decodeWorkbook(await readFile(join(dataDir, 'workbook.json')));
  return decoded.ok ? decoded.data : null;
};

beforeEach(async () => {
  root = await tempDir();
  dataDir = join(root, 'data');
  clock = manualClock('2026-11-26T10:00:00.000Z');
});
afterEach(() => removeDir(root));

describe('load', () => {
  it('reports a missing workbook without creating anything', async () => {
    expect(await store().load()).toEqual({ kind: 'missing' });
    expect(await readdir(root)).toEqual([]);
  });

  it('returns what was saved', async () => {
    const s = store();
    const data = makeWorkbook({ offers: 2 });
    expect(await s.save(data)).toEqual({ kind: 'saved', savedAt: '2026-11-26T10:00:00.000Z' });
    expect(await store().load()).toEqual({
      kind: 'ok',
      data,
      writtenAt: '2026-11-26T10:00:00.000Z',
      upgradedFrom: null,
    });
  });

  it('sets a damaged workbook.json aside, keeps its bytes and offers the valid copies', async () => {
    const s = store();
    await s.save(makeWorkbook({ offers: 1 }, 'First'));
    clock.advance(60_000);
    await s.save(makeWorkbook({ offers: 2 }, 'Second'));
    await writeFile(join(dataDir, 'workbook.json'), '{"format":"crossroads-workbook", "sch');
    clock.set('2026-11-26T11:00:00.000Z');
    const result = await store().load();
    expect(result).toMatchObject({
      kind: 'corrupt',
      code: 'not-json',
      quarantinedAs: 'workbook.corrupt-2026-11-26T11-00-00.000Z.json',
    });
    if (result.kind !== 'corrupt') return;
    expect(await readFile(join(dataDir, result.quarantinedAs ?? ''), 'utf8')).toBe(
      '{"format":"crossroads-workbook", "sch',
    );
    expect(await files()).not.toContain('workbook.json');
    // prev.json holds "First" (written 10:00); the 10:00 rolling backup holds "First" too.
    // The 10:01 save was within 15 minutes, so it took no backup.
    expect(result.backups.map((b) => [b.kind, b.workbookName])).toEqual([
      ['previous', 'First'],
      ['rolling', 'First'],
    ]);
  });

  it('treats an empty workbook.json as damaged, not as no data', async () => {
    await store().save(makeWorkbook());
    await writeFile(join(dataDir, 'workbook.json'), '');
    const result = await store().load();
    expect(result).toMatchObject({ kind: 'corrupt', code: 'empty' });
  });
});

describe('save', () => {
  it('validates first and writes nothing for a bad snapshot', async () => {
    const bad = { ...makeWorkbook(), offers: [{ name: 'no id' }] };
    const result = await store().save(bad);
    expect(result).toMatchObject({ kind: 'rejected', code: 'invalid' });
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the previous good copy and takes a rolling backup at most every 15 minutes', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'v1'));
    const v1 = await readFile(join(dataDir, 'workbook.json'));
    clock.advance(5 * 60_000); // 10:05 — 5 min after the 10:00 backup, none taken
    await s.save(makeWorkbook({}, 'v2'));
    expect(await readFile(join(dataDir, 'workbook.prev.json'))).toEqual(v1);
    clock.advance(10 * 60_000); // 10:15 — exactly 15 min, a backup is taken
    await s.save(makeWorkbook({}, 'v3'));
    expect(await files(join(dataDir, 'backups'))).toEqual([
      'backup-2026-11-26T10-00-00.000Z-rolling.json',
      'backup-2026-11-26T10-15-00.000Z-rolling.json',
    ]);
    expect((await current())?.workbook.name).toBe('v3');
  });

  it('holds back a snapshot that deletes more than half of the records', async () => {
    const s = store();
    // 2 offers + 2 prep items + 1 question = 5 records.
    await s.save(makeWorkbook({ offers: 2, prepItems: 2, questions: 1 }));
    const before = await hashTree(dataDir);
    clock.advance(1000);
    // Keeps offer-1 and question-1: 3 of 5 deleted, 3 × 2 = 6 > 5.
    const result = await s.save(makeWorkbook({ offers: 1, questions: 1 }));
    expect(result).toEqual({
      kind: 'needs-confirmation',
      pendingFile: 'workbook.pending-2026-11-26T10-00-01.000Z.json',
      before: {
        offers: 2,
        prepItems: 2,
        rounds: 0,
        questions: 1,
        mockAnswers: 0,
        ratedArtifacts: 0,
        total: 5,
      },
      after: {
        offers: 1,
        prepItems: 0,
        rounds: 0,
        questions: 1,
        mockAnswers: 0,
        ratedArtifacts: 0,
        total: 2,
      },
      // offer-2, prep-1 and prep-2 are gone.
      removed: 3,
    });
    const after = await hashTree(dataDir);
    delete after['workbook.pending-2026-11-26T10-00-01.000Z.json'];
    expect(after).toEqual(before);

    clock.advance(1000);
    const confirmed = await s.confirmPending('workbook.pending-2026-11-26T10-00-01.000Z.json');
    expect(confirmed).toEqual({ kind: 'saved', savedAt: '2026-11-26T10:00:02.000Z' });
    expect(countRecords((await current()) ?? makeWorkbook()).total).toBe(2);
    expect(await files()).toEqual(['backups', 'workbook.json', 'workbook.prev.json']);
    expect(await files(join(dataDir, 'backups'))).toContain(
      'backup-2026-11-26T10-00-02.000Z-pinned-before-delete.json',
    );
  });

  it('refuses pending names that are not its own', async () => {
    const s = store();
    expect(await s.confirmPending('../workbook.json')).toMatchObject({ code: 'not-found' });
    expect(await s.confirmPending('workbook.pending-2026-11-26T10-00-01.000Z.json')).toMatchObject({
      code: 'not-found',
    });
  });

  it('does not replace a workbook.json that went bad after load: it is set aside first', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'v1'));
    await writeFile(join(dataDir, 'workbook.json'), 'garbage');
    clock.advance(1000);
    expect(await s.save(makeWorkbook({}, 'v2'))).toMatchObject({ kind: 'saved' });
    expect(
      await readFile(join(dataDir, 'workbook.corrupt-2026-11-26T10-00-01.000Z.json'), 'utf8'),
    ).toBe('garbage');
    expect((await current())?.workbook.name).toBe('v2');
  });

  it('serialises concurrent saves in call order', async () => {
    const s = store();
    await Promise.all(['a', 'b', 'c'].map((name) => s.save(makeWorkbook({}, name))));
    expect((await current())?.workbook.name).toBe('c');
    const prev = decodeWorkbook(await readFile(join(dataDir, 'workbook.prev.json')));
    expect(prev.ok && prev.data.workbook.name).toBe('b');
  });
});

describe('deletesMoreThanHalf', () => {
  const wb = makeWorkbook;
  it('needs at least 4 records before', () => {
    // 3 records → all deleted is still allowed.
    expect(deletesMoreThanHalf(wb({ offers: 3 }), wb())).toBe(false);
    // 4 records, 3 deleted: 3 × 2 = 6 > 4.
    expect(deletesMoreThanHalf(wb({ offers: 4 }), wb({ offers: 1 }))).toBe(true);
  });
  it('exactly half is allowed', () => {
    // 4 records, 2 deleted: 2 × 2 = 4, not > 4.
    expect(deletesMoreThanHalf(wb({ offers: 2, rounds: 2 }), wb({ offers: 2 }))).toBe(false);
  });
  it('counts ratings, mock answers and records replaced under new ids', () => {
    // 4 ratings + 2 mock answers = 6; dropping 4 ratings: 4 × 2 = 8 > 6.
    expect(deletesMoreThanHalf(wb({ ratings: 4, mockAnswers: 2 }), wb({ mockAnswers: 2 }))).toBe(
      true,
    );
    // Same count (4 offers), different ids: all 4 deleted.
    const renamed = wb({ offers: 4 });
    for (const offer of renamed.offers) offer.id = `new-${offer.id}`;
    expect(deletesMoreThanHalf(wb({ offers: 4 }), renamed)).toBe(true);
  });
});

describe('files the user picks', () => {
  it('saveAs writes a valid file outside the data folder and readFile summarises it', async () => {
    const s = store();
    const path = join(root, 'mine.crossroads.json');
    expect(await s.saveAs(path, makeWorkbook({ offers: 3 }, 'Shared copy'))).toMatchObject({
      kind: 'saved',
    });
    expect(await s.readFile(path)).toMatchObject({
      ok: true,
      summary: {
        name: 'Shared copy',
        offers: 3,
        writtenAt: '2026-11-26T10:00:00.000Z',
        schemaVersion: SCHEMA_VERSION,
      },
    });
    expect(await s.saveAs(join(dataDir, 'workbook.json'), makeWorkbook())).toMatchObject({
      code: 'reserved',
    });
    expect(await s.readFile(join(root, 'nope.json'))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('exportAll copies the current file byte for byte', async () => {
    const s = store();
    expect(await s.exportAll(join(root, 'x.json'))).toMatchObject({ code: 'no-workbook' });
    await s.save(makeWorkbook({ offers: 1 }));
    const out = join(root, 'export.json');
    expect(await s.exportAll(out)).toMatchObject({ kind: 'exported' });
    expect(await readFile(out)).toEqual(await readFile(join(dataDir, 'workbook.json')));
  });

  it('importFile pins the current state, then makes the file current', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'Mine'));
    const path = join(root, 'theirs.json');
    await s.saveAs(path, makeWorkbook({ offers: 2 }, 'Theirs'));
    clock.advance(60_000);
    expect(await s.importFile(path)).toMatchObject({ kind: 'opened', summary: { name: 'Theirs' } });
    expect((await current())?.workbook.name).toBe('Theirs');
    const pins = (await s.listBackups()).filter((b) => b.kind === 'pinned');
    expect(pins.map((b) => [b.reason, b.workbookName])).toEqual([['before-open', 'Mine']]);
  });

  it('pinBackup with data pins that workbook, not the file, and refuses an invalid one (#18 item 5)', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'On disk'));
    clock.advance(60_000);
    const id = await s.pinBackup('before-open', makeWorkbook({ offers: 3 }, 'App copy'));
    expect(id).toBe('backup-2026-11-26T10-01-00.000Z-pinned-before-open.json');
    const pins = (await s.listBackups()).filter((b) => b.kind === 'pinned');
    expect(pins.map((b) => [b.reason, b.workbookName, b.offers])).toEqual([
      ['before-open', 'App copy', 3],
    ]);
    // The file itself is untouched.
    expect((await current())?.workbook.name).toBe('On disk');
    expect(await s.pinBackup('before-open', { workbook: 'not one' })).toBeNull();
  });

  it('replaceWith pins the current workbook, then writes the new one without asking', async () => {
    const s = store();
    await s.save(makeWorkbook({ offers: 5 }, 'Old'));
    clock.advance(60_000);
    // Every old record is gone in the new workbook: save() would hold this back.
    expect(await s.replaceWith(makeWorkbook({}, 'New'), 'before-new')).toEqual({
      kind: 'saved',
      savedAt: '2026-11-26T10:01:00.000Z',
    });
    expect((await current())?.workbook.name).toBe('New');
    const pins = (await s.listBackups()).filter((b) => b.kind === 'pinned');
    expect(pins.map((b) => [b.reason, b.workbookName, b.offers])).toEqual([
      ['before-new', 'Old', 5],
    ]);
  });

  it('replaceWith validates first and writes nothing for a bad workbook', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'Kept'));
    const before = await hashTree(dataDir);
    expect(await s.replaceWith({ workbook: { name: 42 } }, 'before-new')).toMatchObject({
      kind: 'rejected',
    });
    expect(await hashTree(dataDir)).toEqual(before);
  });
});

describe('backups through the store', () => {
  it('restoreBackup pins the current state first, then restores', async () => {
    const s = store();
    await s.save(makeWorkbook({}, 'Morning'));
    clock.set('2026-11-26T15:00:00.000Z');
    await s.save(makeWorkbook({}, 'Afternoon'));
    const morning = (await s.listBackups()).find((b) => b.workbookName === 'Morning');
    clock.set('2026-11-26T15:01:00.000Z');
    const result = await s.restoreBackup(morning?.id ?? '');
    expect(result).toMatchObject({
      kind: 'restored',
      pinned: 'backup-2026-11-26T15-01-00.000Z-pinned-before-restore.json',
    });
    expect((await current())?.workbook.name).toBe('Morning');
    const pinned = (await s.listBackups()).find((b) => b.reason === 'before-restore');
    expect(pinned?.workbookName).toBe('Afternoon');
  });

  it('restoreBackup refuses ids that are not backups', async () => {
    const s = store();
    await s.save(makeWorkbook());
    expect(await s.restoreBackup('../workbook.json')).toMatchObject({ code: 'not-found' });
    expect(await s.restoreBackup('workbook.json')).toMatchObject({ code: 'not-found' });
  });
});
