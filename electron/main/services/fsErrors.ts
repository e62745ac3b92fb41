/**
 * File-system errors in words. Every message the store gives about a read or
 * write that failed names the cause ("the disk is full") from the error's
 * `code`, never the code alone and never a stack.
 *
 * Plain Node, no project imports, no electron.
 */

/** The `code` of a Node file-system error, if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the data folder is read-only',
  EACCES: 'Crossroads does not have permission to use that file or folder',
  EPERM: 'the file is in use or Crossroads does not have permission to change it',
  EBUSY: 'the file is in use by another program',
  ENOTDIR: 'a file is in the way where a folder should be',
  EISDIR: 'a folder is in the way where a file should be',
  EMFILE: 'too many files are open at once',
  ENFILE: 'too many files are open at once',
  EIO: 'the disk reported a read or write error',
  ENOENT: 'the folder no longer exists',
  ENAMETOOLONG: 'the path is too long',
};

/** What to do about each cause, as a short instruction. */
const ADVICE: Record<string, string> = {
  ENOSPC: 'Free some space on the disk',
  EDQUOT: 'Free some space in your account',
  EROFS: 'Make the disk writable, or move the data folder to one that is',
  EACCES: 'Check the permissions of the data folder (Help › About Crossroads › Show data folder)',
  EPERM: 'Close any program using the data folder',
  EBUSY: 'Close any program using the data folder',
  ENOTDIR:
    'Open the data folder (Help › About Crossroads › Show data folder) and move the stray file away',
  EISDIR:
    'Open the data folder (Help › About Crossroads › Show data folder) and move the stray folder away',
};

/**
 * The cause of a file-system error in words, e.g. `the disk is full`; an
 * unknown code reads `the system reported <CODE>` (at most 20 characters of it).
 */
export function causeInWords(error: unknown): string {
  const code = errorCode(error);
  if (code && CAUSES[code]) return CAUSES[code];
  return code ? `the system reported ${code.slice(0, 20)}` : 'of an unexpected error';
}

/** A short instruction for the error, ending without a full stop. */
export function adviceFor(error: unknown): string {
  return ADVICE[errorCode(error) ?? ''] ?? 'Try again; if it keeps happening, restart Crossroads';
}

/** True for errors a write can hit because of the disk or folder, not a bug. */
export function isDiskError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && code in CAUSES;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The answer when a write failed before the workbook file was replaced:
 * what happened (nothing changed), why, and what to do. One or two sentences.
 */
export function notSavedMessage(error: unknown): string {
  return `${sentence(causeInWords(error))}, so the workbook file was not changed. ${adviceFor(error)}.`;
}

/**
 * The note when the workbook file was saved but a backup copy could not be
 * made afterwards: the save stands, the backup is missing, and why.
 */
export function backupSkippedMessage(error: unknown): string {
  return `No backup copy was made because ${causeInWords(error)}. ${adviceFor(error)}.`;
}
