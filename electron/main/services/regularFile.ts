/**
 * Reading a file the store did not write itself — `workbook.json` at
 * start-up, the previous copy, a backup, a file the user picked — without
 * ever blocking on it. A FIFO, a device (`/dev/zero`) or a symlink to one is
 * refused, never read: opening a FIFO for reading waits for a writer forever,
 * and a device never ends.
 *
 * How: open with O_NONBLOCK (so a FIFO open returns at once), then fstat the
 * opened handle — not the path, which could be swapped between a stat and the
 * open — and read only a regular file, at most `maxBytes + 1` bytes.
 *
 * Plain Node, no project imports.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularFileRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size: number };

const whatItIs = (info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}) => {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not an ordinary file';
};

/** O_NONBLOCK does not exist on Windows, where FIFOs do not either. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the regular file at `path` (a symlink to a regular file is fine) if
 * it holds at most `maxBytes` bytes. Never blocks on a pipe or device: those
 * come back as `not-regular` with a word for what they are. File-system
 * errors (ENOENT, EACCES, …) are thrown as they are, for the caller to name.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  const handle = await open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-regular', what: whatItIs(info) };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    // The file may grow between the fstat and the read: read at most maxBytes + 1.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { kind: 'too-large', size: filled };
    return { kind: 'ok', bytes: buffer.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}
