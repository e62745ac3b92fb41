/**
 * Issue #18 item 2's mode-000 cases over the real store: a backup, the
 * previous copy and `workbook.json` that the app may not read. The files are
 * really `chmod 000`; because this suite runs as root (which the kernel lets
 * read anything), `open` is wrapped to answer EACCES for a file whose mode
 * grants no read permission — what the kernel answers any other user.
 */
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (path, flags, mode) => {
    const info = await real.stat(path).catch(() => null);
    // No read bit for anyone: refused, as for a user that is not root.
    if (info?.isFile() && (info.mode & 0o444) === 0) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
        code: 'EACCES',
      });
    }
    return real.open(path, flags, mode);
  };
  return { ...real, default: { ...real, open }, open };
});

const { listBackups, utcDayKey } = await import('../../../electron/main/services/backups');
const { BACKUPS_DIR, CURRENT_FILE, PREVIOUS_FILE, createWorkbookStore } = await import(
  '../../../electron/main/services/workbookStore'
);
const { makeWorkbook, manualClock, removeDir, tempDir } = await import('./fixtures');

let dataDir: string;
let clock: ReturnType<typeof manualClock>;
const store = () =>
  createWorkbookStore({ dataDir, appVersion: '0.1.0', now: clock.now, dayKey: utcDayKey });

beforeEach(async () => {
  dataDir = await tempDir('crossroads-mode000-');
  clock = manualClock('2026-11-26T10:00:00.000Z');
});
afterEach(() => removeDir(dataDir));

/** A saved workbook with a previous copy and one good pinned backup; returns the backup's id. */
const seed = async () => {
  const s = store();
  await s.save(makeWorkbook({ offers: 2 }, 'First'));
  clock.advance(60_000);
  await s.save(makeWorkbook({ offers: 2, prepItems: 1 }, 'Second'));
  const pinned = await s.pinBackup('manual');
  clock.advance(60_000);
  return pinned;
};

const PERMISSION = 'Crossroads does not have permission to use that file or folder';

describe('#18 item 2: files the app may not read (mode 000)', () => {
  it('a mode-000 backup is listed as unreadable with the reason; the good one stays restorable', async () => {
    const good = await seed();
    const locked = join(dataDir, BACKUPS_DIR, 'backup-2026-11-26T08-00-00.000Z-pinned-manual.json');
    await writeFile(locked, 'whatever it holds');
    await chmod(locked, 0o000);
    const s = store();
    const listed = await s.listBackups();
    const bad = listed.find((b) => b.id === 'backup-2026-11-26T08-00-00.000Z-pinned-manual.json');
    expect(bad?.unreadable).toContain(PERMISSION);
    expect(bad?.reason).toBe('manual');
    expect(listed.find((b) => b.id === good)?.unreadable).toBeNull();
    expect(await s.restoreBackup(bad?.id ?? '')).toMatchObject({ kind: 'rejected' });
    expect(await s.restoreBackup(good ?? '')).toMatchObject({ kind: 'restored' });
    // The same answer from the folder listing alone.
    const alone = await listBackups(join(dataDir, BACKUPS_DIR));
    expect(alone.find((b) => b.id === bad?.id)?.unreadable).toContain(PERMISSION);
  });

  it('a mode-000 workbook.json and previous copy: start-up answers with the cause and offers the good backup', async () => {
    const good = await seed();
    await chmod(join(dataDir, PREVIOUS_FILE), 0o000);
    await chmod(join(dataDir, CURRENT_FILE), 0o000);
    const loaded = await store().load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.code).toBe('unreadable');
    expect(loaded.message).toBe(`The workbook file could not be read because ${PERMISSION}.`);
    // The unreadable previous copy is not offered; the good backup is.
    expect(loaded.backups.map((b) => b.kind)).not.toContain('previous');
    expect(loaded.backups.map((b) => b.id)).toContain(good);
  });
});
