import { open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../../tests/unit/storage/fixtures';
import {
  type AtomicFs,
  atomicWrite,
  isIgnorableDirSyncError,
  isTempFile,
  isTempFileFor,
  pendingWriteCount,
} from './atomicWrite';

const errno = (code: string) => Object.assign(new Error(code), { code });

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => removeDir(dir));

/** node:fs/promises with a log of calls and hooks to inject faults. */
function spyFs(
  hooks: { rename?: (call: number) => Error | undefined; write?: () => Error | undefined } = {},
) {
  const log: string[] = [];
  let renames = 0;
  const fs: AtomicFs = {
    open: async (path, flags, mode) => {
      log.push(`open ${flags} ${path}`);
      const handle = await open(path, flags, mode);
      return {
        writeFile: async (data) => {
          const fault = hooks.write?.();
          if (fault) throw fault;
          log.push(`write ${String(data)}`);
          await handle.writeFile(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      renames++;
      const fault = hooks.rename?.(renames);
      log.push(`rename ${fault ? (fault as Error & { code: string }).code : 'ok'}`);
      if (fault) throw fault;
      await rename(from, to);
    },
    unlink: async (path) => {
      log.push('unlink');
      await unlink(path);
    },
  };
  return { fs, log };
}

describe('atomicWrite', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir, 'workbook.json');
    await writeFile(target, 'old');
    await atomicWrite(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['workbook.json']);
  });

  it('writes bytes as given and strings as UTF-8', async () => {
    const target = join(dir, 'a.bin');
    await atomicWrite(target, new Uint8Array([0, 255, 1]));
    expect([...(await readFile(target))]).toEqual([0, 255, 1]);
    // "é" is U+00E9, two bytes in UTF-8: 0xC3 0xA9.
    await atomicWrite(target, 'é');
    expect([...(await readFile(target))]).toEqual([0xc3, 0xa9]);
  });

  it('creates the temp file beside the target with exclusive create', async () => {
    const { fs, log } = spyFs();
    const target = join(dir, 'workbook.json');
    await atomicWrite(target, 'x', { fs });
    const first = log[0] ?? '';
    expect(first.startsWith(`open wx ${dir}/.workbook.json.`)).toBe(true);
    expect(first.endsWith('.crossroads-tmp')).toBe(true);
  });

  it('runs writes to one path one at a time, in call order, last one wins', async () => {
    const { fs, log } = spyFs();
    const target = join(dir, 'workbook.json');
    await Promise.all(['1', '2', '3', '4'].map((data) => atomicWrite(target, data, { fs })));
    expect(await readFile(target, 'utf8')).toBe('4');
    // Each write must finish (rename, then the folder fsync opens the dir) before the next
    // one opens its temp file: the file-open/write/rename triples appear in order, unmixed.
    const steps = log.filter((line) => !line.startsWith(`open r ${dir}`));
    expect(steps.map((l) => l.replace(/ \/.*$/, ''))).toEqual([
      ...['1', '2', '3', '4'].flatMap((d) => ['open wx', `write ${d}`, 'rename ok']),
    ]);
    expect(pendingWriteCount()).toBe(0);
  });

  it('a failed write does not stop the next one to the same path', async () => {
    let calls = 0;
    const { fs } = spyFs({ write: () => (++calls === 1 ? errno('ENOSPC') : undefined) });
    const target = join(dir, 'f.json');
    const first = atomicWrite(target, 'a', { fs });
    const second = atomicWrite(target, 'b', { fs });
    await expect(first).rejects.toThrow('ENOSPC');
    await second;
    expect(await readFile(target, 'utf8')).toBe('b');
    expect(await readdir(dir)).toEqual(['f.json']);
  });

  it('retries a rename that fails with EPERM, EACCES or EBUSY, doubling the wait', async () => {
    const codes = ['EPERM', 'EACCES', 'EBUSY'];
    const { fs } = spyFs({ rename: (n) => (n <= 3 ? errno(codes[n - 1] ?? '') : undefined) });
    const waits: number[] = [];
    const target = join(dir, 'f.json');
    await atomicWrite(target, 'ok', {
      fs,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    // Three failures → three waits: 20, 20×2 = 40, 20×4 = 80 ms.
    expect(waits).toEqual([20, 40, 80]);
    expect(await readFile(target, 'utf8')).toBe('ok');
  });

  it('gives up after the last attempt, removes the temp file and keeps the old file', async () => {
    const { fs, log } = spyFs({ rename: () => errno('EBUSY') });
    const target = join(dir, 'f.json');
    await writeFile(target, 'old');
    const waits: number[] = [];
    await expect(
      atomicWrite(target, 'new', {
        fs,
        renameAttempts: 3,
        sleep: async (ms) => {
          waits.push(ms);
        },
      }),
    ).rejects.toThrow('EBUSY');
    // 3 attempts → 2 waits (20, 40); then the temp file is unlinked.
    expect(waits).toEqual([20, 40]);
    expect(log.filter((l) => l.startsWith('rename'))).toHaveLength(3);
    expect(log.at(-1)).toBe('unlink');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['f.json']);
  });

  it('does not retry errors that are not transient', async () => {
    const { fs, log } = spyFs({ rename: () => errno('EXDEV') });
    await expect(atomicWrite(join(dir, 'f.json'), 'x', { fs })).rejects.toThrow('EXDEV');
    expect(log.filter((l) => l.startsWith('rename'))).toEqual(['rename EXDEV']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(atomicWrite(join(dir, 'nope', 'f.json'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('isIgnorableDirSyncError', () => {
  it('ignores what Windows reports for a folder, only on Windows', () => {
    for (const code of ['EISDIR', 'EPERM', 'EACCES']) {
      expect(isIgnorableDirSyncError(code, 'win32')).toBe(true);
      expect(isIgnorableDirSyncError(code, 'linux')).toBe(false);
    }
  });
  it('ignores "not supported" everywhere and nothing else', () => {
    expect(isIgnorableDirSyncError('EINVAL', 'linux')).toBe(true);
    expect(isIgnorableDirSyncError('ENOTSUP', 'darwin')).toBe(true);
    expect(isIgnorableDirSyncError('EIO', 'win32')).toBe(false);
    expect(isIgnorableDirSyncError(undefined, 'linux')).toBe(false);
  });
});

describe('temp file names', () => {
  it('recognises its own temp files and nothing else', () => {
    expect(isTempFile('.workbook.json.a1b2c3.crossroads-tmp')).toBe(true);
    expect(isTempFileFor('.workbook.json.a1b2c3.crossroads-tmp', 'workbook.json')).toBe(true);
    expect(isTempFileFor('.workbook.json.a1b2c3.crossroads-tmp', 'other.json')).toBe(false);
    expect(isTempFile('workbook.json')).toBe(false);
    expect(isTempFile('.hidden')).toBe(false);
  });
});
