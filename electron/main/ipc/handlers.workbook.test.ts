/**
 * The workbook and backup channels of `handlers.ts` over the real workbook
 * store in a temporary data folder, with scripted save/open dialogs and a
 * clock the test moves. Expected names, counts and sizes are worked out by
 * hand from the rules they follow (written beside each), never read back
 * from the code under test.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookData } from '@shared/schemas/records';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkbook, manualClock } from '../../../tests/unit/storage/fixtures';
import { utcDayKey } from '../services/backups';
import { createWorkbookStore } from '../services/workbookStore';
import { HandlerError, type Handlers } from './dispatch';
import { createHandlers, type DialogPort, type Ports } from './handlers';

const T0 = '2026-11-26T10:00:00.000Z';

let root: string;
let dataDir: string;
let documentsDir: string;
let clock: ReturnType<typeof manualClock>;
/** The answers the next dialogs give, in order (a path, or null for Cancel). */
let answers: (string | null)[];
/** What each dialog was asked with. */
let asked: { kind: 'save' | 'open'; title: string; defaultPath?: string }[];
let handlers: Handlers;

const dialogs: DialogPort = {
  showSave: async ({ title, defaultPath }) => {
    asked.push({ kind: 'save', title, defaultPath });
    return answers.shift() ?? null;
  },
  showOpen: async ({ title }) => {
    asked.push({ kind: 'open', title });
    return answers.shift() ?? null;
  },
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossroads-handlers-'));
  dataDir = join(root, 'data');
  documentsDir = join(root, 'Documents');
  clock = manualClock(T0);
  answers = [];
  asked = [];
  const store = createWorkbookStore({
    dataDir,
    appVersion: '0.1.0',
    now: clock.now,
    dayKey: utcDayKey,
  });
  // Only the ports these channels use; the shell and PDF ones are tested elsewhere.
  handlers = createHandlers({
    dataDir,
    documentsDir,
    resourcesDir: join(root, 'resources'),
    store,
    dialogs,
    now: clock.now,
  } as unknown as Ports);
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** The workbook in the data folder now, read through `workbook:load` (null unless it is ok). */
const current = async (): Promise<WorkbookData | null> => {
  const loaded = await handlers['workbook:load'](undefined);
  return loaded.kind === 'ok' ? loaded.data : null;
};

/** The HandlerError `work` fails with (the test fails if it succeeds or throws anything else). */
const handlerError = async (work: Promise<unknown>): Promise<HandlerError> => {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HandlerError);
  return err as HandlerError;
};

describe('workbook:load and workbook:save', () => {
  it('finds nothing in a new data folder, then loads what was saved, stamped by the clock', async () => {
    expect(await handlers['workbook:load'](undefined)).toEqual({ kind: 'missing' });
    const data = makeWorkbook({ offers: 2, prepItems: 1 });
    expect(await handlers['workbook:save'](data)).toEqual({ kind: 'saved', savedAt: T0 });
    clock.advance(60_000);
    expect(await handlers['workbook:load'](undefined)).toEqual({
      kind: 'ok',
      data,
      writtenAt: T0, // the save's instant, not the load's (10:01)
      upgradedFrom: null,
    });
  });

  it('holds back a save that drops more than half the records, until it is confirmed', async () => {
    // Saved: 6 offers + 2 prep items = 8 records. The new snapshot keeps offer 1 and both prep
    // items: 5 of the 8 are gone, and 5 × 2 = 10 > 8, so the store asks first.
    await handlers['workbook:save'](makeWorkbook({ offers: 6, prepItems: 2 }));
    clock.set('2026-11-26T10:05:00.000Z');
    const smaller = makeWorkbook({ offers: 1, prepItems: 2 });
    const held = await handlers['workbook:save'](smaller);
    const zero = { prepItems: 0, rounds: 0, questions: 0, mockAnswers: 0, ratedArtifacts: 0 };
    expect(held).toEqual({
      kind: 'needs-confirmation',
      // "workbook.pending-" + the instant with its colons as dashes.
      pendingFile: 'workbook.pending-2026-11-26T10-05-00.000Z.json',
      before: { ...zero, offers: 6, prepItems: 2, total: 8 },
      after: { ...zero, offers: 1, prepItems: 2, total: 3 },
      removed: 5,
    });
    // Until confirmed, the file on disk still has the six offers.
    expect((await current())?.offers).toHaveLength(6);

    clock.set('2026-11-26T10:06:00.000Z');
    expect(
      await handlers['workbook:confirmPending']({
        pendingFile: 'workbook.pending-2026-11-26T10-05-00.000Z.json',
      }),
    ).toMatchObject({ kind: 'saved' });
    expect(await current()).toEqual(smaller);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('workbook.pending-'))).toEqual([]);
  });

  it('discards a held save and keeps the file as it was', async () => {
    const full = makeWorkbook({ offers: 4 });
    await handlers['workbook:save'](full);
    // 4 offers, all replaced by none: 4 removed, 4 × 2 = 8 > 4.
    const held = await handlers['workbook:save'](makeWorkbook({}));
    if (held.kind !== 'needs-confirmation')
      throw new Error(`expected a held save, got ${held.kind}`);
    expect(held.removed).toBe(4);
    expect(await handlers['workbook:discardPending']({ pendingFile: held.pendingFile })).toEqual({
      discarded: true,
    });
    expect(await current()).toEqual(full);
    expect(await readdir(dataDir)).not.toContain(held.pendingFile);
  });

  it('refuses a snapshot the store cannot take with a HandlerError, and writes nothing', async () => {
    // An offer naming a workbook that is not the snapshot's own: the store's reference check.
    const data = makeWorkbook({ offers: 1 });
    const broken = {
      ...data,
      offers: data.offers.map((o) => ({ ...o, workbookId: 'another-workbook' })),
    } as WorkbookData;
    const err = await handlerError(handlers['workbook:save'](broken));
    expect(err.message.length).toBeGreaterThan(0);
    expect(await handlers['workbook:load'](undefined)).toEqual({ kind: 'missing' });
  });
});

describe('workbook:startNew', () => {
  it('replaces the workbook at once, pinning the old one "before-new" first', async () => {
    await handlers['workbook:save'](makeWorkbook({ offers: 5 }, 'Old'));
    clock.set('2026-11-26T11:00:00.000Z');
    const fresh = makeWorkbook({}, 'New');
    // No large-deletion question, though all 5 offers go: the user asked for a new workbook.
    expect(await handlers['workbook:startNew'](fresh)).toEqual({
      kind: 'saved',
      savedAt: '2026-11-26T11:00:00.000Z',
    });
    expect((await current())?.workbook.name).toBe('New');
    const { backups } = await handlers['backups:list'](undefined);
    // backup-<instant with dashes>-pinned-<reason>.json, holding the old workbook's 5 offers.
    expect(backups).toContainEqual(
      expect.objectContaining({
        id: 'backup-2026-11-26T11-00-00.000Z-pinned-before-new.json',
        kind: 'pinned',
        reason: 'before-new',
        workbookName: 'Old',
        offers: 5,
      }),
    );
  });
});

describe('workbook:saveAs', () => {
  it('suggests a safe file name in Documents and writes nothing when cancelled', async () => {
    answers = [null];
    const data = makeWorkbook({ offers: 1 });
    expect(await handlers['workbook:saveAs']({ data, defaultName: 'PMM / PM: 2026?' })).toEqual({
      kind: 'cancelled',
    });
    // "/", ":" and "?" become spaces, runs of spaces one, ends trimmed: "PMM PM 2026".
    expect(asked).toEqual([
      {
        kind: 'save',
        title: 'Save workbook as',
        defaultPath: join(documentsDir, 'PMM PM 2026.crossroads.json'),
      },
    ]);
    expect(await readdir(root)).toEqual([]); // neither Documents nor the data folder was made
  });

  it('writes a workbook file the app can open again, to the path the user chose', async () => {
    const path = join(root, 'copy.crossroads.json');
    answers = [path];
    const data = makeWorkbook({ offers: 2 }, 'Copy');
    expect(await handlers['workbook:saveAs']({ data, defaultName: 'Copy' })).toEqual({
      kind: 'saved',
      path,
    });
    // Opened through the same channels a user would use: pick it, then confirm.
    answers = [path];
    const picked = await handlers['workbook:pickOpen'](undefined);
    expect(picked).toMatchObject({
      kind: 'picked',
      summary: { name: 'Copy', offers: 2, writtenAt: T0, appVersion: '0.1.0' },
    });
  });

  it('refuses a path inside the data folder', async () => {
    answers = [join(dataDir, 'workbook.json')];
    await handlers['workbook:save'](makeWorkbook({}));
    const err = await handlerError(
      handlers['workbook:saveAs']({ data: makeWorkbook({}), defaultName: 'x' }),
    );
    expect(err.code).toBe('reserved');
    expect(err.message).toBe('Choose a place outside the Crossroads data folder.');
  });
});

describe('workbook:pickOpen and workbook:confirmOpen', () => {
  const writeOther = async (name: string, offers: number) => {
    const path = join(root, `${name}.crossroads.json`);
    answers = [path];
    await handlers['workbook:saveAs']({ data: makeWorkbook({ offers }, name), defaultName: name });
    return path;
  };

  it('opens the picked file by a one-time token: the renderer never sends a path', async () => {
    const path = await writeOther('Elsewhere', 3);
    answers = [path];
    const picked = await handlers['workbook:pickOpen'](undefined);
    if (picked.kind !== 'picked') throw new Error('expected a picked file');
    expect(asked.at(-1)).toEqual({ kind: 'open', title: 'Open workbook' });
    const opened = await handlers['workbook:confirmOpen']({ token: picked.token });
    expect(opened.data.workbook.name).toBe('Elsewhere');
    expect(opened.data.offers).toHaveLength(3);
    expect(opened.summary).toMatchObject({ name: 'Elsewhere', offers: 3 });
    // It is now the current workbook.
    expect((await current())?.workbook.name).toBe('Elsewhere');
    // The token is spent.
    const again = await handlerError(handlers['workbook:confirmOpen']({ token: picked.token }));
    expect(again.code).toBe('expired');
    expect(again.message).toBe('Pick the file again: that choice has expired.');
  });

  it('forgets an earlier pick when another file is picked, and a made-up token', async () => {
    const first = await writeOther('First', 1);
    const second = await writeOther('Second', 2);
    answers = [first, second];
    const a = await handlers['workbook:pickOpen'](undefined);
    const b = await handlers['workbook:pickOpen'](undefined);
    if (a.kind !== 'picked' || b.kind !== 'picked') throw new Error('expected two picks');
    expect((await handlerError(handlers['workbook:confirmOpen']({ token: a.token }))).code).toBe(
      'expired',
    );
    expect((await handlerError(handlers['workbook:confirmOpen']({ token: 'made-up' }))).code).toBe(
      'expired',
    );
    expect((await handlers['workbook:confirmOpen']({ token: b.token })).summary.name).toBe(
      'Second',
    );
  });

  it('answers cancelled when the dialog is closed, and explains a file that is not a workbook', async () => {
    answers = [null];
    expect(await handlers['workbook:pickOpen'](undefined)).toEqual({ kind: 'cancelled' });
    const junk = join(root, 'notes.json');
    await writeFile(junk, '{"hello": 1}');
    answers = [junk];
    const err = await handlerError(handlers['workbook:pickOpen'](undefined));
    expect(err.message).toMatch(/\.$/); // a sentence
    expect(err.message).not.toContain('{"hello"');
  });
});

describe('workbook:exportAll', () => {
  it('suggests crossroads-export-<today>.crossroads.json and copies the saved file byte for byte', async () => {
    await handlers['workbook:save'](makeWorkbook({ offers: 2, questions: 1 }));
    const path = join(root, 'export.json');
    answers = [path];
    const result = await handlers['workbook:exportAll'](undefined);
    // Today by the clock: 2026-11-26.
    expect(asked.at(-1)?.defaultPath).toBe(
      join(documentsDir, 'crossroads-export-2026-11-26.crossroads.json'),
    );
    const saved = await readFile(join(dataDir, 'workbook.json'));
    expect(await readFile(path)).toEqual(saved);
    expect(result).toEqual({ kind: 'exported', path, bytes: (await stat(path)).size });
  });

  it('says there is nothing to export before the first save', async () => {
    answers = [join(root, 'export.json')];
    const err = await handlerError(handlers['workbook:exportAll'](undefined));
    expect(err.code).toBe('no-workbook');
    expect(err.message).toBe('There is no saved workbook to export yet.');
  });
});

describe('backups:pin, backups:list and backups:restore', () => {
  it('pins the current file on request and restores it later', async () => {
    expect(await handlers['backups:pin']({ reason: 'manual' })).toEqual({ id: null }); // no file yet
    await handlers['workbook:save'](makeWorkbook({ offers: 3 }, 'Three offers'));
    clock.set('2026-11-26T12:00:00.000Z');
    const { id } = await handlers['backups:pin']({ reason: 'manual' });
    expect(id).toBe('backup-2026-11-26T12-00-00.000Z-pinned-manual.json');

    clock.set('2026-11-26T12:10:00.000Z');
    await handlers['workbook:startNew'](makeWorkbook({}, 'Empty'));
    clock.set('2026-11-26T12:20:00.000Z');
    const restored = await handlers['backups:restore']({ id: id ?? '' });
    expect(restored.data.workbook.name).toBe('Three offers');
    expect(restored.data.offers).toHaveLength(3);
    expect((await current())?.workbook.name).toBe('Three offers');
    // What was current ("Empty") was pinned before the restore replaced it.
    const { backups } = await handlers['backups:list'](undefined);
    expect(backups).toContainEqual(
      expect.objectContaining({
        id: 'backup-2026-11-26T12-20-00.000Z-pinned-before-restore.json',
        workbookName: 'Empty',
        offers: 0,
      }),
    );
  });

  it('pins a workbook the renderer sends (before it loads a newer file)', async () => {
    const { id } = await handlers['backups:pin']({
      reason: 'before-open',
      data: makeWorkbook({ offers: 1 }, 'From the app database'),
    });
    expect(id).toBe('backup-2026-11-26T10-00-00.000Z-pinned-before-open.json');
    const { backups } = await handlers['backups:list'](undefined);
    expect(backups).toEqual([
      expect.objectContaining({ id, workbookName: 'From the app database', offers: 1 }),
    ]);
  });

  it('refuses an id that is no backup, and never reads outside the backups folder', async () => {
    await handlers['workbook:save'](makeWorkbook({ offers: 1 }));
    for (const id of ['backup-nope.json', '../workbook.json', 'workbook.json']) {
      const err = await handlerError(handlers['backups:restore']({ id }));
      expect(err.code, id).toBe('not-found');
      expect(err.message).toBe('There is no such backup.');
    }
  });
});
