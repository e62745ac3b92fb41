import 'fake-indexeddb/auto';
import { readSnapshot, replaceAll } from '@renderer/db/snapshot';
import { freshDb, installFakeBridge } from '@renderer/db/testing';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Template } from '@shared/schemas/template';
import { describe, expect, it, vi } from 'vitest';
import amazon from '../../../resources/templates/amazon-pmm-vs-pm.json';
import { fileIsNewer, prepareStore, startUp, willUpgrade } from './startup';

let n = 0;
const make = (name: string) =>
  createWorkbookData(amazon as unknown as Template, {
    name,
    now: new Date('2026-11-26T10:00:00Z'),
    newId: () => `${name}-${++n}`,
    timeZone: 'UTC',
  });

/** An older schema on disk: IndexedDB version 5 is below v1's 10, so opening it upgrades. */
const makeOlderDatabase = (name: string) =>
  new Promise<void>((done, fail) => {
    const request = indexedDB.open(name, 5);
    request.onsuccess = () => {
      request.result.close();
      done();
    };
    request.onerror = () => fail(request.error);
  });

describe('startUp', () => {
  it('restores an empty live store from a valid workbook file and says so', async () => {
    const main = installFakeBridge();
    const onDisk = make('On disk');
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: onDisk,
      writtenAt: '2026-11-25T09:00:00.000Z',
      upgradedFrom: null,
    }));
    const db = freshDb();
    const result = await startUp(db);
    expect(result.notice).toEqual({
      kind: 'restored',
      writtenAt: '2026-11-25T09:00:00.000Z',
      reason: 'empty',
    });
    expect((await readSnapshot(db))?.workbook.name).toBe('On disk');
    expect(result.baseline).toBe(onDisk);
  });

  it('asks which to keep when the live store and the file hold different workbooks, changing nothing yet', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: make('Older file'),
      writtenAt: '2026-11-25T09:00:00.000Z',
      upgradedFrom: null,
    }));
    const db = freshDb();
    await replaceAll(db, make('Live'));
    const result = await startUp(db);
    expect(result.notice).toMatchObject({
      kind: 'different-workbooks',
      app: { name: 'Live', updatedAt: '2026-11-26T10:00:00.000Z' },
      file: { name: 'Older file', writtenAt: '2026-11-25T09:00:00.000Z' },
    });
    expect((await readSnapshot(db))?.workbook.name).toBe('Live');
    expect(main.calls.map((c) => c.channel)).toEqual(['workbook:load']);
  });

  it('reports a damaged file with its backups and leaves the live store alone', async () => {
    const main = installFakeBridge();
    const backup = {
      id: 'workbook-2026-11-25T09-00-00.000Z.json',
      kind: 'rolling',
      reason: null,
      takenAt: '2026-11-25T09:00:00.000Z',
      writtenAt: '2026-11-25T09:00:00.000Z',
      workbookName: 'Backed up',
      offers: 2,
      bytes: 1000,
    };
    main.respond('workbook:load', () => ({
      kind: 'corrupt',
      quarantinedAs: 'workbook.corrupt-2026-11-26T10-00-00.000Z.json',
      message: 'The file is not valid JSON.',
      backups: [backup],
    }));
    const db = freshDb();
    await replaceAll(db, make('Live'));
    const result = await startUp(db);
    expect(result.notice).toEqual({
      kind: 'corrupt',
      message: 'The file is not valid JSON.',
      quarantinedAs: 'workbook.corrupt-2026-11-26T10-00-00.000Z.json',
      backups: [backup],
    });
    expect((await readSnapshot(db))?.workbook.name).toBe('Live');
  });

  it('is a plain first run when there is nothing anywhere', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const db = freshDb();
    expect(await startUp(db)).toEqual({ notice: null, baseline: null });
    expect(await readSnapshot(db)).toBeNull();
  });
});

describe('upgrade guard', () => {
  it('knows when opening will upgrade existing data (Dexie version n is IndexedDB version n×10)', () => {
    expect(willUpgrade(null, 1)).toBe(false); // no database yet: a fresh install, nothing to keep
    expect(willUpgrade(10, 1)).toBe(false); // already at v1
    expect(willUpgrade(10, 2)).toBe(true); // v1 on disk, app declares v2
    expect(willUpgrade(20, 2)).toBe(false);
  });

  it('pins a backup of the workbook file before an upgrade runs', async () => {
    const main = installFakeBridge();
    main.respond('backups:pin', () => ({ id: 'workbook-pinned-before-upgrade.json' }));
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const db = freshDb();
    await makeOlderDatabase(db.name);
    await startUp(db);
    expect(main.calls.map((c) => c.channel)).toEqual(['backups:pin', 'workbook:load']);
    expect(main.calls[0]?.payload).toEqual({ reason: 'before-upgrade' });
  });

  it('pins once when the step was started ahead of time, and waits for it', async () => {
    const main = installFakeBridge();
    main.respond('backups:pin', () => ({ id: 'workbook-pinned-before-upgrade.json' }));
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const db = freshDb();
    await makeOlderDatabase(db.name);
    const prepared = prepareStore(db);
    await startUp(db, { prepared });
    expect(main.calls.map((c) => c.channel)).toEqual(['backups:pin', 'workbook:load']);
  });

  it('fails start-up when the step before opening failed', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const prepared = Promise.reject(new Error('The backup could not be pinned.'));
    await expect(startUp(freshDb(), { prepared })).rejects.toThrow('could not be pinned');
    expect(main.calls).toEqual([]);
  });

  it('does not pin on a fresh install', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    await startUp(freshDb());
    expect(main.calls.map((c) => c.channel)).toEqual(['workbook:load']);
  });
});

describe('showing the live workbook early', () => {
  it('reports the live store ready before the data-folder check answers', async () => {
    const main = installFakeBridge();
    let answer: (value: unknown) => void = () => undefined;
    main.respond('workbook:load', () => new Promise((resolve) => (answer = resolve)));
    const db = freshDb();
    await replaceAll(db, make('Live'));
    const order: string[] = [];
    const done = startUp(db, { whenLocalReady: () => order.push('local ready') }).then((r) => {
      order.push('disk checked');
      return r;
    });
    await vi.waitFor(() => expect(order).toEqual(['local ready']));
    answer({ kind: 'missing' });
    expect((await done).notice).toBeNull();
    expect(order).toEqual(['local ready', 'disk checked']);
  });

  it('asks for the data folder only after the first screen when the live store has the workbook', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const db = freshDb();
    await replaceAll(db, make('Live'));
    let firstScreen: () => void = () => undefined;
    const checkDiskAfter = new Promise<void>((resolve) => (firstScreen = resolve));
    let localReady = false;
    // Fake time from the start (fake-indexeddb works in setImmediate tasks), so any timer
    // start-up might set is fake too and can be run out below.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
    try {
      const done = startUp(db, { checkDiskAfter, whenLocalReady: () => (localReady = true) });
      await vi.waitFor(() => expect(localReady).toBe(true));
      // Every task and timer start-up queued, and a minute more: with the first screen not
      // drawn, the data folder is still not asked.
      await vi.runAllTimersAsync();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(main.calls).toEqual([]); // nothing asked while the first screen is being drawn
      firstScreen();
      await vi.runAllTimersAsync();
      expect((await done).notice).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    expect(main.calls.map((c) => c.channel)).toEqual(['workbook:load']);
  });

  it('does not wait for the first screen when the live store is empty', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'ok', data: make('On disk'), writtenAt: 'x' }));
    const never = new Promise<void>(() => undefined);
    const result = await startUp(freshDb(), { checkDiskAfter: never });
    expect(result.notice).toMatchObject({ kind: 'restored', reason: 'empty' });
  });

  it('waits for the data folder when the live store is empty (it may need restoring)', async () => {
    const main = installFakeBridge();
    main.respond('workbook:load', () => ({ kind: 'missing' }));
    const early = vi.fn();
    await startUp(freshDb(), { whenLocalReady: early });
    expect(early).not.toHaveBeenCalled();
  });
});

describe('when the two copies disagree (#18 item 5)', () => {
  /** The same workbook as `base`, its workbook row edited at `updatedAt` and renamed. */
  const editedAt = (base: ReturnType<typeof make>, name: string, updatedAt: string) => ({
    ...base,
    workbook: { ...base.workbook, name, updatedAt },
  });

  it('fileIsNewer: same id and a later instant only', () => {
    const a = { id: 'w1', updatedAt: '2026-11-26T10:00:00.000Z' };
    expect(fileIsNewer(a, { id: 'w1', updatedAt: '2026-11-26T10:00:00.001Z' })).toBe(true);
    // Equal instants written differently are not newer.
    expect(fileIsNewer(a, { id: 'w1', updatedAt: '2026-11-26T10:00:00Z' })).toBe(false);
    expect(fileIsNewer(a, { id: 'w1', updatedAt: '2026-11-26T09:59:59.999Z' })).toBe(false);
    // Another workbook is never "newer", however late.
    expect(fileIsNewer(a, { id: 'w2', updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('loads a newer file of the same workbook, pinning the live copy first, and says so', async () => {
    const main = installFakeBridge();
    const base = make('Shared');
    const live = editedAt(base, 'Live edit', '2026-11-26T10:00:00.000Z');
    const file = editedAt(base, 'Edited outside', '2026-11-26T11:30:00.000Z');
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: file,
      writtenAt: '2026-11-26T11:30:01.000Z',
      upgradedFrom: null,
    }));
    main.respond('backups:pin', () => ({ id: 'backup-live.json' }));
    const db = freshDb();
    await replaceAll(db, live);
    const result = await startUp(db);
    // The pin went first, carrying the live copy as it was.
    expect(main.calls.map((c) => c.channel)).toEqual(['workbook:load', 'backups:pin']);
    const pinned = main.calls[1]?.payload as { reason: string; data: typeof live };
    expect(pinned.reason).toBe('before-open');
    expect(pinned.data.workbook.name).toBe('Live edit');
    expect((await readSnapshot(db))?.workbook.name).toBe('Edited outside');
    expect(result.notice).toEqual({
      kind: 'file-newer',
      writtenAt: '2026-11-26T11:30:01.000Z',
      name: 'Edited outside',
      pinned: 'backup-live.json',
    });
    expect(result.baseline).toBe(file);
  });

  it('keeps the live copy, pinning nothing, when it is the newer one of the same workbook', async () => {
    const main = installFakeBridge();
    const base = make('Shared');
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: editedAt(base, 'Older file', '2026-11-26T09:00:00.000Z'),
      writtenAt: '2026-11-26T09:00:01.000Z',
      upgradedFrom: null,
    }));
    const db = freshDb();
    await replaceAll(db, editedAt(base, 'Live', '2026-11-26T10:00:00.000Z'));
    const result = await startUp(db);
    expect(result.notice).toBeNull();
    expect(main.calls.map((c) => c.channel)).toEqual(['workbook:load']);
    expect((await readSnapshot(db))?.workbook.name).toBe('Live');
  });

  it('does not load the file when the live copy cannot be pinned first', async () => {
    const main = installFakeBridge();
    const base = make('Shared');
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: editedAt(base, 'Newer file', '2026-11-26T11:00:00.000Z'),
      writtenAt: '2026-11-26T11:00:01.000Z',
      upgradedFrom: null,
    }));
    main.respond('backups:pin', () => {
      throw new Error('The disk is full, so the backup was not made.');
    });
    const db = freshDb();
    await replaceAll(db, editedAt(base, 'Live', '2026-11-26T10:00:00.000Z'));
    const result = await startUp(db);
    expect(result.notice).toEqual({
      kind: 'file-newer-not-loaded',
      writtenAt: '2026-11-26T11:00:01.000Z',
    });
    expect((await readSnapshot(db))?.workbook.name).toBe('Live');
  });

  const differing = async () => {
    const main = installFakeBridge();
    const file = make('From the file');
    main.respond('workbook:load', () => ({
      kind: 'ok',
      data: file,
      writtenAt: '2026-11-25T09:00:00.000Z',
      upgradedFrom: null,
    }));
    main.respond('backups:pin', () => ({ id: 'backup-app.json' }));
    main.respond('workbook:startNew', () => ({
      kind: 'saved',
      savedAt: '2026-11-26T10:00:05.000Z',
    }));
    const db = freshDb();
    await replaceAll(db, make('In the app'));
    const { notice } = await startUp(db);
    if (notice?.kind !== 'different-workbooks') throw new Error('expected the question');
    return { main, db, file, notice };
  };

  it('keeping the file pins the app’s copy with its data, then loads the file', async () => {
    const { main, db, file, notice } = await differing();
    expect(await notice.keep('file')).toBe(file);
    const pin = main.calls.find((c) => c.channel === 'backups:pin')?.payload as {
      reason: string;
      data: ReturnType<typeof make>;
    };
    expect(pin.reason).toBe('before-open');
    expect(pin.data.workbook.name).toBe('In the app');
    expect((await readSnapshot(db))?.workbook.name).toBe('From the file');
  });

  it('keeping the app’s copy writes it through workbook:startNew (which pins the file first)', async () => {
    const { main, db, notice } = await differing();
    const onDisk = await notice.keep('app');
    expect(onDisk?.workbook.name).toBe('In the app');
    const sent = main.calls.find((c) => c.channel === 'workbook:startNew')?.payload as ReturnType<
      typeof make
    >;
    expect(sent.workbook.name).toBe('In the app');
    expect((await readSnapshot(db))?.workbook.name).toBe('In the app');
  });
});
