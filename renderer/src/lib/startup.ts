/**
 * What happens before the first screen: compare the live store with the
 * durable file in the data folder and recover when one of them is lost.
 * - IndexedDB empty (or unopenable) and workbook.json valid → restore it.
 * - workbook.json damaged → main has set it aside; offer the newest backup.
 * - Both hold the same workbook and the file's `updatedAt` is newer (edited
 *   outside the app, or by another copy) → pin the live store's copy as a
 *   backup, then load the file, and say so.
 * Never writes anything to disk itself.
 */

import type { AppDB } from '@renderer/db/AppDB';
import { readSnapshot, replaceAll } from '@renderer/db/snapshot';
import { api, messageOf, unwrap } from '@renderer/lib/api';
import type { BackupInfo } from '@shared/ipc/contract';
import type { WorkbookData } from '@shared/schemas/records';

export type StartupNotice =
  | { kind: 'restored'; writtenAt: string; reason: 'empty' | 'unopenable' }
  | { kind: 'corrupt'; message: string; quarantinedAs: string | null; backups: BackupInfo[] }
  | { kind: 'disk-unavailable'; message: string }
  /** The file held a newer edit of the same workbook; the live copy was pinned as `pinned`. */
  | { kind: 'file-newer'; writtenAt: string; name: string; pinned: string }
  /** The file was newer, but the live copy could not be pinned, so the live copy stays. */
  | { kind: 'file-newer-not-loaded'; writtenAt: string }
  /**
   * The app and the file hold different workbooks. Nothing is saved until
   * the user picks one with `keep`, which pins the other as a backup first
   * and resolves to the workbook now on disk (the autosaver's baseline).
   */
  | {
      kind: 'different-workbooks';
      app: { name: string; updatedAt: string };
      file: { name: string; writtenAt: string };
      keep: (which: 'app' | 'file') => Promise<WorkbookData | null>;
    };

export type StartupResult = {
  notice: StartupNotice | null;
  /** The workbook as it is on disk now, when known (the autosaver skips re-writing it). */
  baseline: WorkbookData | null;
};

/** Whether the live store can be opened and holds a workbook (a count: nothing else is read here). */
const readLocal = async (
  db: AppDB,
): Promise<{ ok: true; hasWorkbook: boolean } | { ok: false }> => {
  try {
    return { ok: true, hasWorkbook: (await db.workbooks.count()) > 0 };
  } catch {
    return { ok: false };
  }
};

/** The on-disk IndexedDB version of `name`, or null when it does not exist yet. */
const existingIdbVersion = async (name: string): Promise<number | null> => {
  const list = await indexedDB.databases();
  return list.find((d) => d.name === name)?.version ?? null;
};

/**
 * True when opening `db` will run a schema upgrade over existing data. Dexie
 * stores version n as IndexedDB version n×10.
 */
export const willUpgrade = (existing: number | null, declaredVerno: number): boolean =>
  existing !== null && existing > 0 && existing < Math.round(declaredVerno * 10);

export type StartupOptions = {
  /**
   * Called as soon as the live store is known to hold a workbook — before the
   * data-folder check finishes — so the window can show it at once. The
   * check's outcome (a damaged file, say) still arrives with the result.
   */
  whenLocalReady?: () => void;
  /** {@link prepareStore} already started for `db`; started here when absent. */
  prepared?: Promise<void>;
  /**
   * When the live store holds a workbook, the data-folder check (which brings
   * the whole file over IPC to compare) waits for this — the first screen —
   * instead of competing with it. An empty store never waits: it may need
   * restoring from the file.
   */
  checkDiskAfter?: Promise<void>;
};

/**
 * The step that must finish before anything opens the live store: when
 * opening it would upgrade existing data, pin a copy of the workbook file
 * first. Nothing may query `db` until this resolves (Dexie opens, and so
 * upgrades, on the first query).
 */
export const prepareStore = async (db: AppDB): Promise<void> => {
  if (willUpgrade(await existingIdbVersion(db.name).catch(() => null), db.verno)) {
    await unwrap(api().backups.pin({ reason: 'before-upgrade' }));
  }
};

export const startUp = async (db: AppDB, options: StartupOptions = {}): Promise<StartupResult> => {
  await (options.prepared ?? prepareStore(db));
  const settle = (load: Promise<Awaited<ReturnType<typeof loadDisk>>>) =>
    load.then(
      (result) => ({ ok: true as const, result }),
      (err: unknown) => ({ ok: false as const, message: messageOf(err) }),
    );
  // Asked at once unless it is to wait for the first screen (then only once the store is known).
  let diskLoad = options.checkDiskAfter ? null : settle(loadDisk());
  const local = await readLocal(db);
  if (local.ok && local.hasWorkbook) {
    options.whenLocalReady?.();
    if (!diskLoad) await options.checkDiskAfter;
  }
  diskLoad ??= settle(loadDisk());
  const loaded = await diskLoad;
  if (!loaded.ok)
    return { notice: { kind: 'disk-unavailable', message: loaded.message }, baseline: null };
  const disk = loaded.result;

  if (disk.kind === 'corrupt') {
    return {
      notice: {
        kind: 'corrupt',
        message: disk.message,
        quarantinedAs: disk.quarantinedAs,
        backups: disk.backups,
      },
      baseline: null,
    };
  }
  if (disk.kind === 'ok' && (!local.ok || !local.hasWorkbook)) {
    if (!local.ok) {
      // The browser database cannot be read: start it afresh from the file.
      db.close();
      await db.delete();
      await db.open();
    }
    await replaceAll(db, disk.data);
    return {
      notice: {
        kind: 'restored',
        writtenAt: disk.writtenAt,
        reason: local.ok ? 'empty' : 'unopenable',
      },
      baseline: disk.data,
    };
  }
  if (!local.ok)
    throw new Error(
      'The app could not open its database, and there is no saved workbook file to restore from.',
    );
  if (disk.kind === 'ok') {
    // Only the workbook row is read here; the whole workbook only when the file wins.
    const row = await db.workbooks.toCollection().first();
    if (row && row.id !== disk.data.workbook.id) {
      const file = disk.data;
      return {
        notice: {
          kind: 'different-workbooks',
          app: { name: row.name, updatedAt: row.updatedAt },
          file: { name: file.workbook.name, writtenAt: disk.writtenAt },
          keep: (which) => keepOne(db, which, file),
        },
        baseline: file,
      };
    }
    const live = row && fileIsNewer(row, disk.data.workbook) ? await readSnapshot(db) : null;
    if (live) {
      // Keep what the app had before the file replaces it: a pinned backup, restorable later.
      const pin = await unwrap(api().backups.pin({ reason: 'before-open', data: live })).then(
        ({ id }) => id,
        () => null,
      );
      if (pin === null) {
        // Never drop the app's copy unkept: it stays open and the newer file is not loaded.
        return {
          notice: { kind: 'file-newer-not-loaded', writtenAt: disk.writtenAt },
          baseline: null,
        };
      }
      await replaceAll(db, disk.data);
      return {
        notice: {
          kind: 'file-newer',
          writtenAt: disk.writtenAt,
          name: disk.data.workbook.name,
          pinned: pin,
        },
        baseline: disk.data,
      };
    }
  }
  return { notice: null, baseline: disk.kind === 'ok' ? disk.data : null };
};

/**
 * Settles a disagreement between different workbooks: the one not kept is
 * pinned as a backup first (the file as it is, through workbook:startNew; the
 * app's copy with its data), so choosing never loses either. Resolves to the
 * workbook now on disk. Throws when the pin or write fails, changing nothing.
 */
export const keepOne = async (
  db: AppDB,
  which: 'app' | 'file',
  file: WorkbookData,
): Promise<WorkbookData | null> => {
  const live = await readSnapshot(db);
  if (which === 'app') {
    if (!live) return file;
    // workbook:startNew pins the file first and writes without the large-deletion guard.
    await unwrap(api().workbook.startNew(live));
    return live;
  }
  if (live) await unwrap(api().backups.pin({ reason: 'before-open', data: live }));
  await replaceAll(db, file);
  return file;
};

/**
 * True when `file` is a later edit of the same workbook as `live` (their
 * workbook rows): equal ids and a strictly later `updatedAt` instant (compared as times,
 * not as text, so `…00Z` and `…00.000Z` are equal).
 */
export const fileIsNewer = (live: WorkbookStamp, file: WorkbookStamp): boolean =>
  live.id === file.id && Date.parse(file.updatedAt) > Date.parse(live.updatedAt);

/** The two fields of a workbook row that decide which copy is newer. */
export type WorkbookStamp = { id: string; updatedAt: string };

const loadDisk = () => unwrap(api().workbook.load());
