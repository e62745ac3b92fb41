/**
 * Atomic file writes for every file the main process writes: temp file in the
 * same folder, fsync, rename, directory fsync, one queue per path.
 *
 * Owns only the write algorithm. It must not import electron or any project
 * module (a crash-safety test compiles this file on its own and runs it in a
 * child process), and it must not decide what is written or where.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The slice of a `node:fs/promises` FileHandle the algorithm uses. */
export type AtomicFileHandle = {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The file-system port; `node:fs/promises` satisfies it. Tests inject faults through it. */
export type AtomicFs = {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

export type AtomicWriteOptions = {
  fs?: AtomicFs;
  /** Decides which directory-fsync errors are expected; defaults to `process.platform`. */
  platform?: NodeJS.Platform;
  /** Waits between rename attempts, in milliseconds. */
  sleep?: (ms: number) => Promise<void>;
  /** How many times rename is tried in all (default 6). */
  renameAttempts?: number;
};

const nodeFs: AtomicFs = { open, rename, unlink };

/** Errors Windows reports while antivirus or the indexer briefly holds a file open. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** First retry waits this long; each later retry doubles it (20, 40, 80, 160, 320 ms). */
const FIRST_BACKOFF_MS = 20;

/** Prefix and suffix of temp files, so stale ones can be recognised after a crash. */
export const TEMP_PREFIX = '.';
export const TEMP_SUFFIX = '.crossroads-tmp';

/**
 * True when `name` is a temp file this module creates for `target` (a file
 * name, not a path). A crash between create and rename leaves one behind.
 */
export function isTempFileFor(name: string, target: string): boolean {
  return name.startsWith(`${TEMP_PREFIX}${target}.`) && name.endsWith(TEMP_SUFFIX);
}

/** True when `name` is any temp file this module creates. */
export function isTempFile(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
}

/**
 * Whether an error from opening or fsyncing a directory can be ignored.
 * Windows cannot open a directory as a file (EISDIR/EPERM/EACCES) and some
 * file systems (network shares, FUSE) do not support a directory fsync
 * (EINVAL/ENOTSUP). The rename has already happened when this is consulted.
 */
export function isIgnorableDirSyncError(code: string | undefined, platform: NodeJS.Platform) {
  if (code === 'EINVAL' || code === 'ENOTSUP') return true;
  return platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES');
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Tail of each path's queue. A path has an entry only while a write to it is pending. */
const queues = new Map<string, Promise<void>>();

const queueKey = (path: string) =>
  process.platform === 'win32' ? resolve(path).toLowerCase() : resolve(path);

/** Number of paths with a write still pending in this process. */
export function pendingWriteCount(): number {
  return queues.size;
}

/**
 * Replaces the file at `path` with `data` (a string is written as UTF-8) so
 * that a reader, or the next start after a crash, sees either the old file or
 * the new one in full — never a mix. Writes to the same path in this process
 * run one at a time in call order, so the last call's data wins.
 *
 * Steps: create `.<name>.<random>.crossroads-tmp` beside the target with
 * exclusive create (`wx`), write, fsync, close, rename over the target
 * (retried with backoff on EPERM/EACCES/EBUSY), then fsync the folder where
 * the OS allows it. On failure the temp file is removed and the error is
 * rethrown; the target is untouched.
 */
export function atomicWrite(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const key = queueKey(path);
  const previous = queues.get(key) ?? Promise.resolve();
  // A failed earlier write must not block or fail the later one.
  const run = previous.then(
    () => writeOnce(path, data, options),
    () => writeOnce(path, data, options),
  );
  queues.set(key, run);
  const release = () => {
    if (queues.get(key) === run) queues.delete(key);
  };
  run.then(release, release);
  return run;
}

async function writeOnce(path: string, data: string | Uint8Array, options: AtomicWriteOptions) {
  const fs = options.fs ?? nodeFs;
  const dir = dirname(resolve(path));
  const temp = join(
    dir,
    `${TEMP_PREFIX}${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  let handle: AtomicFileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    created = true;
    await handle.writeFile(data);
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await renameWithRetry(fs, temp, path, options);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dir, options.platform ?? process.platform);
}

async function renameWithRetry(
  fs: AtomicFs,
  from: string,
  to: string,
  options: AtomicWriteOptions,
) {
  const attempts = Math.max(1, options.renameAttempts ?? 6);
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= attempts || !TRANSIENT_RENAME_CODES.has(errorCode(error) ?? '')) throw error;
      await sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }
}

async function syncDirectory(fs: AtomicFs, dir: string, platform: NodeJS.Platform) {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!isIgnorableDirSyncError(errorCode(error), platform)) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
