import 'fake-indexeddb/auto';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Template } from '@shared/schemas/template';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import amazon from '../../../resources/templates/amazon-pmm-vs-pm.json';
import { Autosaver } from './persistence';
import { replaceAll } from './snapshot';
import { freshDb, installFakeBridge } from './testing';
import { countWritesInFlight, createWritesInFlight } from './writesInFlight';

let n = 0;
const newId = () => `id-${++n}`;
const data = () =>
  createWorkbookData(amazon as unknown as Template, {
    name: 'Autosaved',
    now: new Date('2026-11-26T10:00:00Z'),
    newId,
    timeZone: 'UTC',
  });

const savesOf = (main: ReturnType<typeof installFakeBridge>) =>
  main.calls.filter((c) => c.channel === 'workbook:save');

describe('Autosaver', () => {
  let saver: Autosaver | null = null;
  afterEach(() => saver?.stop());

  it('writes one snapshot of the whole workbook shortly after a burst of edits', async () => {
    const main = installFakeBridge();
    main.respond('workbook:save', () => ({ kind: 'saved', savedAt: '2026-11-26T10:00:01.000Z' }));
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await db.workbooks.update(initial.workbook.id, { name: 'One' });
    await db.workbooks.update(initial.workbook.id, { name: 'Two' });
    await db.workbooks.update(initial.workbook.id, { name: 'Three' });
    await vi.waitFor(() => expect(savesOf(main)).toHaveLength(1), { timeout: 3000 });
    const sent = savesOf(main)[0]?.payload as typeof initial;
    expect(sent.workbook.name).toBe('Three');
    expect(sent.prepItems).toHaveLength(initial.prepItems.length);
    expect(saver.getState()).toEqual({ status: 'saved', savedAt: '2026-11-26T10:00:01.000Z' });
  });

  it('does not rewrite a snapshot identical to what is on disk', async () => {
    const main = installFakeBridge();
    main.respond('workbook:save', () => ({ kind: 'saved', savedAt: '2026-11-26T10:00:01.000Z' }));
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await saver.flush();
    expect(savesOf(main)).toHaveLength(0);
  });

  it('reports a failed write clearly and retries with the next change', async () => {
    const main = installFakeBridge();
    let fail = true;
    main.respond('workbook:save', () => {
      if (fail) throw new Error('The disk is full.');
      return { kind: 'saved', savedAt: '2026-11-26T10:00:02.000Z' };
    });
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await db.workbooks.update(initial.workbook.id, { name: 'Unsaved' });
    await vi.waitFor(() => expect(saver?.getState().status).toBe('failed'), { timeout: 3000 });
    expect(saver.getState()).toMatchObject({ message: 'The disk is full.' });
    fail = false;
    await db.workbooks.update(initial.workbook.id, { name: 'Saved now' });
    await vi.waitFor(() => expect(saver?.getState().status).toBe('saved'), { timeout: 3000 });
    const last = savesOf(main).at(-1)?.payload as typeof initial | undefined;
    expect(last?.workbook.name).toBe('Saved now');
  });

  it('flush writes at once, and a held large deletion waits for confirmation', async () => {
    const main = installFakeBridge();
    const counts = {
      offers: 0,
      prepItems: 0,
      rounds: 0,
      questions: 0,
      mockAnswers: 0,
      ratedArtifacts: 0,
      total: 0,
    };
    main.respond('workbook:save', () => ({
      kind: 'needs-confirmation',
      pendingFile: 'workbook.pending-x.json',
      before: { ...counts, prepItems: 10, total: 10 },
      after: counts,
      removed: 10,
    }));
    main.respond('workbook:confirmPending', () => ({
      kind: 'saved',
      savedAt: '2026-11-26T10:00:03.000Z',
    }));
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await db.prepItems.clear();
    await saver.flush();
    expect(saver.getState()).toMatchObject({
      status: 'needs-confirmation',
      pendingFile: 'workbook.pending-x.json',
      removed: 10,
    });
    await saver.confirmPending('workbook.pending-x.json');
    expect(main.calls.at(-1)).toEqual({
      channel: 'workbook:confirmPending',
      payload: { pendingFile: 'workbook.pending-x.json' },
    });
    expect(saver.getState()).toEqual({ status: 'saved', savedAt: '2026-11-26T10:00:03.000Z' });
  });
});

describe('Autosaver when the app database is closed under it (#18 item 7)', () => {
  let saver: Autosaver | null = null;
  afterEach(() => saver?.stop());

  it('stops saying "Saved" and writes nothing more once another connection deletes the database', async () => {
    const main = installFakeBridge();
    main.respond('workbook:save', () => ({ kind: 'saved', savedAt: '2026-11-26T10:00:01.000Z' }));
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await db.workbooks.update(initial.workbook.id, { name: 'Edited' });
    await saver.flush();
    expect(saver.getState()).toEqual({ status: 'saved', savedAt: '2026-11-26T10:00:01.000Z' });
    // Deleting from a second connection fires versionchange; AppDB steps aside and closes.
    const other = new Dexie(db.name);
    await other.delete();
    await vi.waitFor(() => expect(saver?.getState().status).toBe('closed'));
    expect(saver.getState()).toEqual({ status: 'closed', savedAt: '2026-11-26T10:00:01.000Z' });
    // A flush (quit, reload) neither throws nor writes nor turns the header back to "Saved".
    await saver.flush();
    expect(savesOf(main)).toHaveLength(1);
    expect(saver.getState().status).toBe('closed');
  });

  it('drops a pending save and stays closed even when a save in flight answers afterwards', async () => {
    const main = installFakeBridge();
    let answer: (value: unknown) => void = () => {};
    main.respond(
      'workbook:save',
      () =>
        new Promise(
          (resolve) =>
            (answer = () => resolve({ kind: 'saved', savedAt: '2026-11-26T10:00:02.000Z' })),
        ),
    );
    const db = freshDb();
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db);
    saver.start(initial);
    await db.workbooks.update(initial.workbook.id, { name: 'In flight' });
    const flushing = saver.flush();
    await vi.waitFor(() => expect(savesOf(main)).toHaveLength(1));
    db.close();
    expect(saver.getState().status).toBe('closed');
    answer(undefined);
    await flushing;
    expect(saver.getState().status).toBe('closed');
  });

  it('knows when a finished write is not yet in its snapshot, and flush() includes it (#18 item 7)', async () => {
    const main = installFakeBridge();
    main.respond('workbook:save', () => ({ kind: 'saved', savedAt: '2026-11-26T10:00:01.000Z' }));
    const db = freshDb();
    const writes = createWritesInFlight();
    countWritesInFlight(db, writes);
    const initial = data();
    await replaceAll(db, initial);
    saver = new Autosaver(db, writes);
    expect(saver.hasUnseenWrites()).toBe(false); // not watching yet
    saver.start(initial);
    await vi.waitFor(() => expect(saver?.hasUnseenWrites()).toBe(false));
    // Started in this task; flush() waits for it although it has not finished yet.
    const edit = db.workbooks.update(initial.workbook.id, { name: 'Kept by flush' });
    expect(writes.count()).toBe(1);
    await saver.flush();
    await edit;
    expect(writes.count()).toBe(0);
    const last = savesOf(main).at(-1)?.payload as typeof initial | undefined;
    expect(last?.workbook.name).toBe('Kept by flush');
    expect(saver.hasUnseenWrites()).toBe(false);
    // A write that completes outside any flush is unseen until the live query reads it.
    await db.workbooks.update(initial.workbook.id, { name: 'Seen later' });
    const unseenAtCommit = saver.hasUnseenWrites();
    await vi.waitFor(() => expect(saver?.hasUnseenWrites()).toBe(false));
    expect(unseenAtCommit).toBe(true);
  });
});
