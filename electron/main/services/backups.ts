/**
 * Backups of the workbook file in `<dataDir>/backups/`: rolling copies taken
 * at most every 15 minutes while the user edits, and pinned copies taken
 * before an open, a restore, a schema upgrade, a large deletion or on request.
 * Owns the file names, the rotation policy (a pure function) and listing.
 *
 * Must not decide *when* a pinned backup is needed (the store does), must not
 * read the clock (callers pass `now`), and never deletes a pinned backup.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, BackupKind, PinReason } from '@shared/ipc/contract';
import { PIN_REASONS } from '@shared/ipc/contract';
import { atomicWrite } from './atomicWrite';
import { decodeWorkbook, MAX_WORKBOOK_BYTES, tooLargeMessage } from './envelope';
import { causeInWords, errorCode } from './fsErrors';
import { readRegularFile } from './regularFile';

/** Rolling backups are at least this far apart: 15 minutes, in ms. */
export const ROLLING_INTERVAL_MS = 15 * 60 * 1000;
/** Rolling backups kept from the current day. */
export const KEEP_TODAY = 3;
/** Earlier days (today − 1 … today − 14) that keep their newest rolling backup. */
export const KEEP_DAYS = 14;

/** Calendar day of `date` as `YYYY-MM-DD`; decides what "today" means for rotation. */
export type DayKey = (date: Date) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day in the computer's own time zone — what a user means by "today". */
export const localDayKey: DayKey = (d) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The day in UTC; tests use it so they do not depend on the machine's zone. */
export const utcDayKey: DayKey = (d) => d.toISOString().slice(0, 10);

const dayNumber = (key: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/** A file-name-safe instant: `2026-11-26T10-00-00.000Z` (no colons, for Windows). */
export const fileStamp = (date: Date) => date.toISOString().replace(/:/g, '-');

/** Inverse of {@link fileStamp}; null when `stamp` is not one. */
export function parseFileStamp(stamp: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z$/.exec(stamp);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const BACKUP_NAME =
  /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)-(rolling|pinned-([a-z-]+?))(?:-(\d+))?\.json$/;

/** `backup-<stamp>-rolling.json` or `backup-<stamp>-pinned-<reason>.json`, `-n` before `.json` if taken. */
export function backupFileName(takenAt: Date, reason: PinReason | null, n = 1): string {
  const kind = reason === null ? 'rolling' : `pinned-${reason}`;
  return `backup-${fileStamp(takenAt)}-${kind}${n > 1 ? `-${n}` : ''}.json`;
}

/** Reads a backup's file name; null for any other file. */
export function parseBackupFileName(
  name: string,
): { takenAt: Date; kind: 'rolling' | 'pinned'; reason: PinReason | null } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match?.[1]) return null;
  const takenAt = parseFileStamp(match[1]);
  if (!takenAt) return null;
  if (match[2] === 'rolling') return { takenAt, kind: 'rolling', reason: null };
  const reason = PIN_REASONS.find((r) => r === match[3]);
  return reason ? { takenAt, kind: 'pinned', reason } : null;
}

/** The fields rotation looks at. */
export type RotationEntry = { id: string; kind: BackupKind; takenAt: string | Date };

/**
 * The ids of the backups to keep at `now`. Pinned (and `previous`) entries
 * are always kept. Rolling ones: the {@link KEEP_TODAY} newest from today, the
 * newest one from each of the {@link KEEP_DAYS} earlier days, and any dated
 * after today (the clock moved back; they are kept rather than guessed at).
 * Days come from `dayKey` (default: the local calendar day). Pure.
 */
export function selectBackupsToKeep(
  backups: readonly RotationEntry[],
  now: Date,
  dayKey: DayKey = localDayKey,
): Set<string> {
  const keep = new Set<string>();
  const today = dayNumber(dayKey(now));
  const byDay = new Map<number, { id: string; time: number }[]>();
  for (const backup of backups) {
    if (backup.kind !== 'rolling') {
      keep.add(backup.id);
      continue;
    }
    const taken = new Date(backup.takenAt);
    const day = dayNumber(dayKey(taken));
    if (day > today) {
      keep.add(backup.id);
      continue;
    }
    if (today - day > KEEP_DAYS) continue;
    const list = byDay.get(day) ?? [];
    list.push({ id: backup.id, time: taken.getTime() });
    byDay.set(day, list);
  }
  for (const [day, list] of byDay) {
    list.sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
    for (const entry of list.slice(0, day === today ? KEEP_TODAY : 1)) keep.add(entry.id);
  }
  return keep;
}

/**
 * Whether a rolling backup is due at `now`: none was taken yet, or the latest
 * one not dated in the future is at least {@link ROLLING_INTERVAL_MS} old.
 */
export function isRollingBackupDue(rollingTakenAt: readonly Date[], now: Date): boolean {
  const past = rollingTakenAt.map((d) => d.getTime()).filter((t) => t <= now.getTime());
  if (past.length === 0) return true;
  return now.getTime() - Math.max(...past) >= ROLLING_INTERVAL_MS;
}

const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

/** Names in `dir`, or none when it does not exist. */
export async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Every well-named backup file in `dir`, unvalidated, for rotation. */
export async function scanBackups(dir: string): Promise<RotationEntry[]> {
  const entries: RotationEntry[] = [];
  for (const name of await readdirOrEmpty(dir)) {
    const parsed = parseBackupFileName(name);
    if (parsed) entries.push({ id: name, kind: parsed.kind, takenAt: parsed.takenAt });
  }
  return entries;
}

/** Why a backup cannot be read, as a sentence, from a file-system error. */
const unreadableBecause = (error: unknown): string =>
  errorCode(error) === 'ELOOP'
    ? 'It cannot be read because it is a link that leads nowhere.'
    : `It cannot be read because ${causeInWords(error)}.`;

/**
 * Decodes the file at `path` and describes it as a backup. A bad file —
 * not an ordinary file, unreadable (EACCES, ELOOP), too large, too deep or
 * not a valid workbook — is described with `unreadable` set to the reason;
 * a missing one (ENOENT, e.g. removed while listing) gives null. Never
 * throws for a bad file, so one damaged backup cannot hide the good ones.
 */
export async function describeBackupFile(
  path: string,
  id: string,
  kind: BackupKind,
  reason: PinReason | null,
  takenAt: Date | null,
): Promise<BackupInfo | null> {
  const bad = (why: string, bytes = 0): BackupInfo | null => {
    // Without a valid envelope only the file name dates it; the previous copy has none.
    if (!takenAt) return null;
    const iso = takenAt.toISOString();
    return {
      id,
      kind,
      reason,
      takenAt: iso,
      writtenAt: iso,
      workbookName: '',
      offers: 0,
      bytes,
      unreadable: why,
    };
  };
  try {
    const read = await readRegularFile(path, MAX_WORKBOOK_BYTES);
    if (read.kind === 'not-regular') return bad(`It is ${read.what}, not a file.`);
    if (read.kind === 'too-large') return bad(tooLargeMessage(read.size), read.size);
    const decoded = decodeWorkbook(read.bytes);
    if (!decoded.ok) return bad(decoded.message, read.bytes.byteLength);
    return {
      id,
      kind,
      reason,
      takenAt: (takenAt ?? new Date(decoded.envelope.writtenAt)).toISOString(),
      writtenAt: decoded.envelope.writtenAt,
      workbookName: decoded.data.workbook.name,
      offers: decoded.data.offers.length,
      bytes: read.bytes.byteLength,
      unreadable: null,
    };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    return bad(unreadableBecause(error));
  }
}

/**
 * Every well-named backup in `dir`, newest first: the good ones restorable,
 * the bad ones with `unreadable` set. Bad files are left where they are.
 */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const found: BackupInfo[] = [];
  for (const name of await readdirOrEmpty(dir)) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const info = await describeBackupFile(
      join(dir, name),
      name,
      parsed.kind,
      parsed.reason,
      parsed.takenAt,
    );
    if (info) found.push(info);
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
}

/**
 * Writes `bytes` as a new backup taken at `now` (rolling when `reason` is
 * null) without replacing any existing backup; returns the file name.
 */
export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  now: Date,
  reason: PinReason | null,
  write: (path: string, data: Uint8Array) => Promise<void> = atomicWrite,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const existing = new Set(await readdirOrEmpty(dir));
  let n = 1;
  while (existing.has(backupFileName(now, reason, n))) n++;
  const name = backupFileName(now, reason, n);
  await write(join(dir, name), bytes);
  return name;
}

/**
 * Deletes the rolling backups in `dir` that {@link selectBackupsToKeep} drops
 * at `now`; returns their names. Pinned backups are never touched.
 */
export async function rotateBackups(dir: string, now: Date, dayKey: DayKey): Promise<string[]> {
  const entries = await scanBackups(dir);
  const keep = selectBackupsToKeep(entries, now, dayKey);
  const dropped = entries.filter((e) => e.kind === 'rolling' && !keep.has(e.id)).map((e) => e.id);
  for (const id of dropped) {
    await unlink(join(dir, id)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }
  return dropped;
}
