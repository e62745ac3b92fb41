/**
 * The durable workbook store: `<dataDir>/workbook.json` (the current file),
 * `workbook.prev.json` (the previous good copy), `backups/`, and the files a
 * user opens, saves as or exports. Every write goes through `atomicWrite`;
 * every snapshot is validated with zod first, because main never trusts the
 * renderer.
 *
 * Invariants: a `workbook.json` that exists but cannot be used is never
 * treated as "no data" and never overwritten — it is renamed aside to
 * `workbook.corrupt-<time>.json`. A snapshot that would delete more than half
 * of the records goes to `workbook.pending-<time>.json` until confirmed.
 *
 * Plain Node: no electron import; the folder, app version and clock are
 * injected, so tests run it against a temp folder.
 */
import { lstat, mkdir, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type {
  BackupInfo,
  ChannelResponse,
  FileSummary,
  PinReason,
  RecordCounts,
  SaveResponse,
} from '@shared/ipc/contract';
import {
  SCHEMA_VERSION,
  type WorkbookData,
  WorkbookDataSchema,
  type WorkbookEnvelope,
} from '@shared/schemas/records';
import { atomicWrite, isTempFile, pendingWriteCount } from './atomicWrite';
import {
  type DayKey,
  describeBackupFile,
  fileStamp,
  isRollingBackupDue,
  listBackups,
  localDayKey,
  parseBackupFileName,
  readdirOrEmpty,
  rotateBackups,
  scanBackups,
  writeBackup,
} from './backups';
import {
  type DecodeErrorCode,
  decodeWorkbook,
  describeFirstIssue,
  encodeWorkbook,
  MAX_WORKBOOK_BYTES,
  tooLargeMessage,
} from './envelope';
import { backupSkippedMessage, causeInWords, isDiskError, notSavedMessage } from './fsErrors';
import { readRegularFile } from './regularFile';

export type { BackupInfo, PinReason };

type WorkbookLoadResponse = ChannelResponse<'workbook:load'>;

export const CURRENT_FILE = 'workbook.json';
export const PREVIOUS_FILE = 'workbook.prev.json';
export const BACKUPS_DIR = 'backups';

export type WorkbookStoreOptions = {
  /** The data folder (Electron's `userData` in the app, a temp folder in tests). */
  dataDir: string;
  /** Written into every envelope, e.g. `0.1.0`. */
  appVersion: string;
  /** The clock; every time stamp and file name comes from it. */
  now: () => Date;
  /** Calendar day used by backup rotation; defaults to the local day. */
  dayKey?: DayKey;
  /**
   * The real time in ms, compared with file modification times (which the
   * OS stamps with the real clock, not `now`); defaults to `Date.now`.
   */
  wallClock?: () => number;
  /** The atomic writer; tests inject disk faults through it. Defaults to {@link atomicWrite}. */
  write?: (path: string, data: string | Uint8Array) => Promise<void>;
};

/** A temp file younger than this (10 minutes, in ms) may be another process's write in flight. */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * What `load` finds: the contract's `workbook:load` answer, where a corrupt
 * file also carries its decode code (main's own; the renderer is sent the message).
 */
export type LoadResult =
  | Exclude<WorkbookLoadResponse, { kind: 'corrupt' }>
  | (Extract<WorkbookLoadResponse, { kind: 'corrupt' }> & {
      code: DecodeErrorCode | 'unreadable';
    });

export type RejectCode =
  | DecodeErrorCode
  | 'invalid'
  | 'not-found'
  | 'unreadable'
  | 'reserved'
  | 'no-workbook'
  | 'disk-error'
  | 'damaged-in-place';

export type Rejected = { kind: 'rejected'; code: RejectCode; message: string };

/** A save's outcome: the contract's `workbook:save` answer, or why the store refused it. */
export type SaveResult = SaveResponse | Rejected;

export type ReadFileResult =
  | { ok: true; data: WorkbookData; summary: FileSummary }
  | { ok: false; code: RejectCode; message: string };

export type RestoreResult =
  | { kind: 'restored'; data: WorkbookData; savedAt: string; pinned: string | null }
  | Rejected;

export type ImportResult =
  | { kind: 'opened'; data: WorkbookData; summary: FileSummary; savedAt: string }
  | Rejected;

export type ExportResult = { kind: 'exported'; bytes: number } | Rejected;

export type WorkbookStore = {
  readonly dataDir: string;
  load(): Promise<LoadResult>;
  save(data: unknown): Promise<SaveResult>;
  confirmPending(file: string): Promise<SaveResult>;
  discardPending(file: string): Promise<void>;
  saveAs(path: string, data: unknown): Promise<SaveResult>;
  readFile(path: string): Promise<ReadFileResult>;
  importFile(path: string): Promise<ImportResult>;
  exportAll(path: string): Promise<ExportResult>;
  listBackups(): Promise<BackupInfo[]>;
  restoreBackup(id: string): Promise<RestoreResult>;
  /**
   * Pins the current file as a backup (null when there is none); with
   * `data`, pins that workbook instead (null when it is not a valid one).
   */
  pinBackup(reason: PinReason, data?: unknown): Promise<string | null>;
  /**
   * Makes `data` the current workbook at once (a new workbook the user asked
   * for), pinning what was current first. Skips the large-deletion guard: the
   * user confirmed, and the pinned backup keeps the old workbook.
   */
  replaceWith(data: unknown, reason: PinReason): Promise<SaveResult>;
};

type Current =
  | { kind: 'missing' }
  | { kind: 'ok'; bytes: Buffer; data: WorkbookData; envelope: WorkbookEnvelope }
  | {
      kind: 'corrupt';
      code: DecodeErrorCode | 'unreadable';
      message: string;
      quarantinedAs: string | null;
    };

/** A refusal decided deep inside a write, carried out to the operation's answer. */
class StoreRefusal extends Error {
  constructor(readonly result: Rejected) {
    super(result.message);
  }
}

const PENDING_NAME = /^workbook\.pending-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z(-\d+)?\.json$/;

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

const rejected = (code: RejectCode, message: string): Rejected => ({
  kind: 'rejected',
  code,
  message,
});

/** Identity keys of the records the large-deletion guard counts, by kind. */
function recordKeys(data: WorkbookData) {
  const ratings: string[] = [];
  for (const assessment of data.assessments) {
    for (const [artifactId, rating] of Object.entries(assessment.ratings)) {
      if (rating !== null) ratings.push(`${assessment.id}/${artifactId}`);
    }
  }
  return {
    offers: data.offers.map((r) => r.id),
    prepItems: data.prepItems.map((r) => r.id),
    rounds: data.rounds.map((r) => r.id),
    questions: data.questions.map((r) => r.id),
    mockAnswers: data.mockAnswers.map((r) => r.id),
    ratedArtifacts: ratings,
  };
}

/** Counts the records the large-deletion guard compares. */
export function countRecords(data: WorkbookData): RecordCounts {
  const keys = recordKeys(data);
  const counts = {
    offers: keys.offers.length,
    prepItems: keys.prepItems.length,
    rounds: keys.rounds.length,
    questions: keys.questions.length,
    mockAnswers: keys.mockAnswers.length,
    ratedArtifacts: keys.ratedArtifacts.length,
  };
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Smallest previous record count for which the large-deletion guard applies. */
export const GUARD_MIN_RECORDS = 4;

/**
 * How many of the records `before` had are gone in `after`, matched by id
 * per kind (a record replaced by one with a new id counts as removed). Never
 * negative, whatever `after` adds.
 */
export function countRemoved(before: WorkbookData, after: WorkbookData): number {
  const was = recordKeys(before);
  const now = recordKeys(after);
  let removed = 0;
  for (const kind of Object.keys(was) as (keyof typeof was)[]) {
    const kept = new Set(now[kind]);
    removed += was[kind].filter((id) => !kept.has(id)).length;
  }
  return removed;
}

/**
 * True when going from `before` to `after` removes more than half of the
 * records `before` had (matched by id, per kind), and `before` had at least
 * {@link GUARD_MIN_RECORDS}. Replacing a record with a new id counts as
 * deleting it.
 */
export function deletesMoreThanHalf(before: WorkbookData, after: WorkbookData): boolean {
  const total = countRecords(before).total;
  return total >= GUARD_MIN_RECORDS && countRemoved(before, after) * 2 > total;
}

const summaryOf = (data: WorkbookData, envelope: WorkbookEnvelope): FileSummary => ({
  name: data.workbook.name,
  offers: data.offers.length,
  writtenAt: envelope.writtenAt,
  appVersion: envelope.appVersion,
  schemaVersion: envelope.schemaVersion,
});

/**
 * Creates the store for one data folder. Operations that change the folder
 * run one at a time in call order. Call `load()` before the first `save()`:
 * it also clears temp files a crash left behind.
 */
export function createWorkbookStore(options: WorkbookStoreOptions): WorkbookStore {
  const dataDir = resolve(options.dataDir);
  const backupsDir = join(dataDir, BACKUPS_DIR);
  const currentPath = join(dataDir, CURRENT_FILE);
  const previousPath = join(dataDir, PREVIOUS_FILE);
  const dayKey = options.dayKey ?? localDayKey;
  const wallClock = options.wallClock ?? Date.now;
  const write = options.write ?? atomicWrite;
  const { appVersion, now } = options;

  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
  /** Runs a write operation, turning a disk error or a refusal into a rejection in words. */
  const guarded = async <T>(fn: () => Promise<T | Rejected>): Promise<T | Rejected> => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof StoreRefusal) return error.result;
      if (isDiskError(error)) return rejected('disk-error', notSavedMessage(error));
      throw error;
    }
  };

  /**
   * Whether writing to `path` would land in the data folder. Real paths are
   * compared — the target itself when it exists (a symlink into the folder),
   * else its parent folder — so a symlink cannot smuggle a write past this.
   */
  const insideDataDir = async (path: string) => {
    const within = (root: string, target: string) => {
      const rel = relative(root, target);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    };
    const target = resolve(path);
    const realDir = await realpath(dataDir).catch(() => dataDir);
    const realTarget = await realpath(target).catch(async () =>
      join(await realpath(dirname(target)).catch(() => dirname(target)), basename(target)),
    );
    return [target, realTarget].some((t) => within(dataDir, t) || within(realDir, t));
  };

  /** A free name `<prefix><stamp>[-n].json` in the data folder. */
  const freeName = async (prefix: string, at: Date) => {
    const existing = new Set(await readdirOrEmpty(dataDir));
    let n = 1;
    const name = () => `${prefix}${fileStamp(at)}${n > 1 ? `-${n}` : ''}.json`;
    while (existing.has(name())) n++;
    return name();
  };

  /** Reads workbook.json; a damaged one is renamed aside unless `quarantine` is false. */
  const readCurrent = async (quarantine = true): Promise<Current> => {
    let problem: { code: DecodeErrorCode | 'unreadable'; message: string };
    try {
      const read = await readRegularFile(currentPath, MAX_WORKBOOK_BYTES);
      if (read.kind === 'not-regular') {
        problem = {
          code: 'unreadable',
          message: `The workbook file is ${read.what}, not an ordinary file, so it was not read.`,
        };
      } else if (read.kind === 'too-large') {
        problem = { code: 'too-large', message: tooLargeMessage(read.size) };
      } else {
        const decoded = decodeWorkbook(read.bytes);
        if (decoded.ok)
          return { kind: 'ok', bytes: read.bytes, data: decoded.data, envelope: decoded.envelope };
        problem = { code: decoded.code, message: decoded.message };
      }
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { kind: 'missing' };
      problem = {
        code: 'unreadable',
        message: `The workbook file could not be read because ${causeInWords(error)}.`,
      };
    }
    if (!quarantine) return { kind: 'corrupt', ...problem, quarantinedAs: null };
    let quarantinedAs: string | null = null;
    try {
      const name = await freeName('workbook.corrupt-', now());
      await rename(currentPath, join(dataDir, name));
      quarantinedAs = name;
    } catch {
      // Left in place; every write path re-reads it and will not replace it.
    }
    return { kind: 'corrupt', ...problem, quarantinedAs };
  };

  /** Takes what a write needs from `current`, or throws when the damaged file could not be moved. */
  const previousBytes = (current: Current): Buffer | null => {
    if (current.kind === 'ok') return current.bytes;
    if (current.kind === 'corrupt' && current.quarantinedAs === null) {
      throw new StoreRefusal(
        rejected(
          'damaged-in-place',
          `The workbook file in the data folder is damaged and could not be moved aside, so it was not replaced. ${current.message}`,
        ),
      );
    }
    return null;
  };

  /**
   * Writes `text` as the current file: pins the current state first when
   * `pin` is set, keeps it as the previous copy, then takes a rolling backup
   * if one is due and rotates. A failure up to and including the write of
   * the current file throws (nothing the user sees has changed); a failure
   * after it only sets `warning`, because the save itself stands.
   */
  const commit = async (text: string, current: Current, at: Date, pin: PinReason | null) => {
    const before = previousBytes(current);
    await mkdir(dataDir, { recursive: true });
    let pinned: string | null = null;
    if (before) {
      if (pin) pinned = await writeBackup(backupsDir, before, at, pin, write);
      await write(previousPath, before);
    }
    await write(currentPath, text);
    let warning: string | undefined;
    try {
      const rolling = (await scanBackups(backupsDir))
        .filter((entry) => entry.kind === 'rolling')
        .map((entry) => new Date(entry.takenAt));
      if (isRollingBackupDue(rolling, at)) {
        await writeBackup(backupsDir, Buffer.from(text, 'utf8'), at, null, write);
      }
      await rotateBackups(backupsDir, at, dayKey);
    } catch (error) {
      warning = backupSkippedMessage(error);
    }
    return { savedAt: at.toISOString(), pinned, ...(warning ? { warning } : {}) };
  };

  /** Validates untrusted data and encodes it, or says why not. */
  const prepare = (
    data: unknown,
    at: Date,
  ): { ok: true; data: WorkbookData; text: string } | { ok: false; result: Rejected } => {
    const parsed = WorkbookDataSchema.safeParse(data);
    if (!parsed.success) {
      return {
        ok: false,
        result: rejected('invalid', describeFirstIssue(parsed.error, data)),
      };
    }
    const text = encodeWorkbook(parsed.data, { appVersion, now: at });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_WORKBOOK_BYTES)
      return { ok: false, result: rejected('too-large', tooLargeMessage(bytes)) };
    return { ok: true, data: parsed.data, text };
  };

  /**
   * Removes temp files a crash left behind. Only old ones: another process
   * on the same folder (a second copy of the app, a synced folder) may be
   * writing a young one right now, and deleting it would fail that write.
   */
  const removeStaleTemps = async () => {
    if (pendingWriteCount() > 0) return;
    const cutoff = wallClock() - STALE_TEMP_AGE_MS;
    for (const dir of [dataDir, backupsDir]) {
      for (const name of await readdirOrEmpty(dir)) {
        if (!isTempFile(name)) continue;
        const path = join(dir, name);
        const info = await lstat(path).catch(() => null);
        if (info?.isFile() && info.mtimeMs < cutoff) await unlink(path).catch(() => undefined);
      }
    }
  };

  const recoveryCandidates = async (): Promise<BackupInfo[]> => {
    const previous = await describeBackupFile(previousPath, PREVIOUS_FILE, 'previous', null, null);
    // The previous copy is the last good state before the damage, so it comes first.
    // Only good copies are candidates: a bad one cannot be restored.
    return [...(previous ? [previous] : []), ...(await listBackups(backupsDir))].filter(
      (b) => b.unreadable === null,
    );
  };

  const readFile = async (path: string): Promise<ReadFileResult> => {
    let bytes: Buffer;
    try {
      const read = await readRegularFile(path, MAX_WORKBOOK_BYTES);
      if (read.kind === 'not-regular') {
        return {
          ok: false,
          code: 'unreadable',
          message: `That is ${read.what}, not a workbook file. Choose a file saved from Crossroads.`,
        };
      }
      if (read.kind === 'too-large') {
        return { ok: false, code: 'too-large', message: tooLargeMessage(read.size) };
      }
      bytes = read.bytes;
    } catch (error) {
      if (codeOf(error) === 'ENOENT') {
        return {
          ok: false,
          code: 'not-found',
          message: 'That file is no longer there. Choose it again.',
        };
      }
      return {
        ok: false,
        code: 'unreadable',
        message: `The file could not be read because ${causeInWords(error)}.`,
      };
    }
    const decoded = decodeWorkbook(bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, data: decoded.data, summary: summaryOf(decoded.data, decoded.envelope) };
  };

  const pendingPath = (file: string) =>
    PENDING_NAME.test(file) && basename(file) === file ? join(dataDir, file) : null;

  const clearPending = async (except?: string) => {
    for (const name of await readdirOrEmpty(dataDir)) {
      if (PENDING_NAME.test(name) && name !== except) {
        await unlink(join(dataDir, name)).catch(() => undefined);
      }
    }
  };

  return {
    dataDir,

    load: () =>
      serial(async (): Promise<LoadResult> => {
        await removeStaleTemps();
        const current = await readCurrent();
        if (current.kind === 'missing') return { kind: 'missing' };
        if (current.kind === 'corrupt') {
          return {
            kind: 'corrupt',
            quarantinedAs: current.quarantinedAs,
            code: current.code,
            message: current.message,
            backups: await recoveryCandidates(),
          };
        }
        const from = current.envelope.schemaVersion;
        if (from >= SCHEMA_VERSION) {
          return {
            kind: 'ok',
            data: current.data,
            writtenAt: current.envelope.writtenAt,
            upgradedFrom: null,
          };
        }
        const at = now();
        const { savedAt } = await commit(
          encodeWorkbook(current.data, { appVersion, now: at }),
          current,
          at,
          'before-upgrade',
        );
        return { kind: 'ok', data: current.data, writtenAt: savedAt, upgradedFrom: from };
      }),

    save: (data) =>
      serial(() =>
        guarded(async (): Promise<SaveResult> => {
          const at = now();
          const prepared = prepare(data, at);
          if (!prepared.ok) return prepared.result;
          const current = await readCurrent();
          if (current.kind === 'ok' && deletesMoreThanHalf(current.data, prepared.data)) {
            await mkdir(dataDir, { recursive: true });
            const pendingFile = await freeName('workbook.pending-', at);
            await write(join(dataDir, pendingFile), prepared.text);
            await clearPending(pendingFile);
            return {
              kind: 'needs-confirmation',
              pendingFile,
              before: countRecords(current.data),
              after: countRecords(prepared.data),
              removed: countRemoved(current.data, prepared.data),
            };
          }
          const { savedAt, warning } = await commit(prepared.text, current, at, null);
          return { kind: 'saved', savedAt, ...(warning ? { warning } : {}) };
        }),
      ),

    confirmPending: (file) =>
      serial(() =>
        guarded(async (): Promise<SaveResult> => {
          const path = pendingPath(file);
          if (!path) return rejected('not-found', 'That is not a held snapshot of this workbook.');
          const pending = await readFile(path);
          if (!pending.ok) return rejected(pending.code, pending.message);
          const at = now();
          const text = encodeWorkbook(pending.data, { appVersion, now: at });
          const { savedAt, warning } = await commit(text, await readCurrent(), at, 'before-delete');
          await unlink(path).catch(() => undefined);
          return { kind: 'saved', savedAt, ...(warning ? { warning } : {}) };
        }),
      ),

    discardPending: (file) =>
      serial(async () => {
        const path = pendingPath(file);
        if (path) await unlink(path).catch(() => undefined);
      }),

    saveAs: (path, data) =>
      guarded(async (): Promise<SaveResult> => {
        if (await insideDataDir(path)) {
          return rejected('reserved', 'Choose a place outside the Crossroads data folder.');
        }
        const at = now();
        const prepared = prepare(data, at);
        if (!prepared.ok) return prepared.result;
        await write(path, prepared.text);
        return { kind: 'saved', savedAt: at.toISOString() };
      }),

    readFile,

    importFile: (path) =>
      serial(() =>
        guarded(async (): Promise<ImportResult> => {
          const file = await readFile(path);
          if (!file.ok) return rejected(file.code, file.message);
          const at = now();
          const text = encodeWorkbook(file.data, { appVersion, now: at });
          const { savedAt } = await commit(text, await readCurrent(), at, 'before-open');
          return { kind: 'opened', data: file.data, summary: file.summary, savedAt };
        }),
      ),

    exportAll: (path) =>
      serial(() =>
        guarded(async (): Promise<ExportResult> => {
          if (await insideDataDir(path)) {
            return rejected('reserved', 'Choose a place outside the Crossroads data folder.');
          }
          const current = await readCurrent(false);
          if (current.kind === 'missing')
            return rejected('no-workbook', 'There is no saved workbook to export yet.');
          if (current.kind === 'corrupt') return rejected(current.code, current.message);
          await write(path, current.bytes);
          return { kind: 'exported', bytes: current.bytes.byteLength };
        }),
      ),

    listBackups: () => listBackups(backupsDir),

    restoreBackup: (id) =>
      serial(() =>
        guarded(async (): Promise<RestoreResult> => {
          const parsed = parseBackupFileName(id);
          const path =
            id === PREVIOUS_FILE
              ? previousPath
              : parsed && basename(id) === id
                ? join(backupsDir, id)
                : null;
          if (!path) return rejected('not-found', 'There is no such backup.');
          const file = await readFile(path);
          if (!file.ok) return rejected(file.code, `That backup cannot be used. ${file.message}`);
          const at = now();
          const text = encodeWorkbook(file.data, { appVersion, now: at });
          const { savedAt, pinned } = await commit(text, await readCurrent(), at, 'before-restore');
          return { kind: 'restored', data: file.data, savedAt, pinned };
        }),
      ),

    replaceWith: (data, reason) =>
      serial(() =>
        guarded(async (): Promise<SaveResult> => {
          const at = now();
          const prepared = prepare(data, at);
          if (!prepared.ok) return prepared.result;
          const { savedAt, warning } = await commit(prepared.text, await readCurrent(), at, reason);
          return { kind: 'saved', savedAt, ...(warning ? { warning } : {}) };
        }),
      ),

    pinBackup: (reason, data) =>
      serial(async () => {
        if (data !== undefined) {
          const at = now();
          const prepared = prepare(data, at);
          if (!prepared.ok) return null;
          return writeBackup(backupsDir, Buffer.from(prepared.text, 'utf8'), at, reason, write);
        }
        const current = await readCurrent();
        if (current.kind !== 'ok') return null;
        return writeBackup(backupsDir, current.bytes, now(), reason, write);
      }),
  };
}
