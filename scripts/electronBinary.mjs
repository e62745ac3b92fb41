// Whether the Electron binary is on disk, and fetching it with Electron's own
// `install-electron` (node_modules/electron/install.js) when it is not. Used by
// `postinstall` (after `npm ci`) and `prestart` (before `npm start`, which
// otherwise fails with electron-vite's bare "Electron uninstall" when an
// offline install skipped the download). Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable of the `electron` package in `electronDir`, or null
 * when it is missing: `path.txt` (what electron-vite reads) must name a file
 * under `dist/`.
 * @param {string} electronDir
 * @returns {string | null}
 */
export const electronBinary = (electronDir) => {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    if (relative === '') return null;
    const binary = join(electronDir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
};

/** @typedef {{ status: number | null, stderr?: string | null, error?: Error }} RunResult */

/**
 * Runs `install.js` of `electronDir` with this Node, without
 * ELECTRON_SKIP_BINARY_DOWNLOAD (asking for the binary is the point).
 * @param {string} electronDir
 * @returns {RunResult}
 */
export const runInstallElectron = (electronDir) => {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', env });
};

/**
 * The first non-empty line of a failed run, shortened to 160 characters.
 * @param {RunResult} result
 */
const reasonOf = (result) => {
  const line = (result.stderr ?? '').split('\n').find((l) => l.trim().length > 0);
  return (line ?? result.error?.message ?? `exit code ${result.status}`).trim().slice(0, 160);
};

/**
 * Makes sure the binary is there, fetching it when it is not. Resolves to
 * `{ ok: true }` when it is (or ELECTRON_OVERRIDE_DIST_PATH points elsewhere),
 * else `{ ok: false, message }` with one line saying what happened and what
 * to do.
 * @param {{ electronDir: string, env?: Record<string, string | undefined>, run?: (dir: string) => RunResult }} options
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export const ensureElectron = ({ electronDir, env = process.env, run = runInstallElectron }) => {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { ok: true };
  if (electronBinary(electronDir)) return { ok: true };
  const result = run(electronDir);
  if (result.status === 0 && electronBinary(electronDir)) return { ok: true };
  return {
    ok: false,
    message: `crossroads: npm start needs the Electron binary, which is not installed and could not be downloaded (${reasonOf(result)}). Connect to the internet and run npm start again, or run npx install-electron.`,
  };
};
