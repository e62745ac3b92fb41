/**
 * `npm start` after an offline install (issue 17, item 9): `prestart` fetches
 * the Electron binary with Electron's own install-electron when it is missing,
 * and says in one line what to do when it cannot. Runs the script's logic on
 * a fake `electron` package folder; downloads nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type RunResult = { status: number | null; stderr?: string | null };
type Module = {
  electronBinary: (dir: string) => string | null;
  ensureElectron: (options: {
    electronDir: string;
    env?: Record<string, string | undefined>;
    run?: (dir: string) => RunResult;
  }) => { ok: true } | { ok: false; message: string };
};

const ROOT = resolve(import.meta.dirname, '../../..');
const load = async () =>
  (await import(join(ROOT, 'scripts/electronBinary.mjs'))) as unknown as Module;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crossroads-electron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What install.js leaves behind: path.txt naming the binary under dist/. */
const install = () => {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
  writeFileSync(join(dir, 'path.txt'), 'electron');
};

describe('prestart: the Electron binary before npm start', () => {
  it('is wired as npm’s prestart', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prestart).toBe('node scripts/prestart.mjs');
  });

  it('does nothing when the binary is there', async () => {
    const { ensureElectron } = await load();
    install();
    const run = vi.fn();
    expect(ensureElectron({ electronDir: dir, env: {}, run })).toEqual({ ok: true });
    expect(run).not.toHaveBeenCalled();
  });

  it('runs install-electron when path.txt is missing, and is fine once it fetched the binary', async () => {
    const { ensureElectron } = await load();
    const run = vi.fn((_dir: string) => {
      install();
      return { status: 0 };
    });
    expect(ensureElectron({ electronDir: dir, env: {}, run })).toEqual({ ok: true });
    expect(run).toHaveBeenCalledWith(dir);
  });

  it('treats path.txt without the binary under dist/ as missing', async () => {
    const { electronBinary } = await load();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
    install();
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('says in one line what happened and what to do when the download fails', async () => {
    const { ensureElectron } = await load();
    const run = () => ({
      status: 1,
      stderr: '\nRequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest (x.js:1)\n',
    });
    const outcome = ensureElectron({ electronDir: dir, env: {}, run });
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('getaddrinfo ENOTFOUND github.com');
    expect(message).toMatch(/could not be downloaded/);
    expect(message).toMatch(/npx install-electron/);
    expect(message).not.toContain('at ClientRequest');
  });

  it('leaves ELECTRON_OVERRIDE_DIST_PATH setups alone', async () => {
    const { ensureElectron } = await load();
    const run = vi.fn();
    expect(
      ensureElectron({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, run }),
    ).toEqual({ ok: true });
    expect(run).not.toHaveBeenCalled();
  });
});
