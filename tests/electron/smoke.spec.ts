/**
 * Smoke test of the built app in the real Electron binary (Playwright's
 * `_electron`): the real sandboxed preload and main, not the e2e harness.
 * Proves what the harness cannot: `window.crossroads` has exactly the
 * contract's keys and cannot be replaced, the page has no Node globals, the
 * window shows, About reports the real Electron and Chromium versions, an
 * edit reaches `workbook.json` in the data folder, and quitting flushes the
 * last edit. Run with `npm run test:electron` (builds first). Skipped, with a
 * message saying why, only when the Electron binary is not installed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { bridgeKeys } from '@shared/ipc/bridge';
import { WorkbookPage } from '../e2e/pages/WorkbookPage';

import { hasElectronBinary, MISSING_BINARY } from './binary';

const ROOT = resolve(import.meta.dirname, '../..');

test.skip(!(await hasElectronBinary()), MISSING_BINARY);

type Launched = { electronApp: ElectronApplication; window: Page; home: string; dataDir: string };

/** Starts the built app with a data folder of its own, and waits for its window. */
const launch = async (home: string): Promise<Launched> => {
  const electronApp = await _electron.launch({
    args: [
      // The project folder, as `npm start` does: its package.json names out/main/index.js and the
      // product name, and app.getAppPath() is where resources/ (templates, sample) is found.
      ROOT,
      `--user-data-dir=${join(home, 'userData')}`,
      // Chromium refuses to start its sandbox as root (CI containers); the page checks below
      // still hold: contextIsolation and nodeIntegration do not depend on it.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    // appData is $XDG_CONFIG_HOME on Linux and %APPDATA% on Windows (Electron docs: app.getPath);
    // --user-data-dir covers macOS. The first test checks the folder really is under `home`.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(home, 'config'),
      APPDATA: join(home, 'config'),
      ELECTRON_ENABLE_LOGGING: '1',
    },
  });
  const window = await electronApp.firstWindow();
  const dataDir = await electronApp.evaluate(({ app }) => app.getPath('userData'));
  return { electronApp, window, home, dataDir };
};

let run: Launched | null = null;
let home = '';
test.beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'crossroads-electron-'));
});
test.afterEach(async () => {
  if (run) await run.electronApp.close().catch(() => undefined);
  run = null;
  rmSync(home, { recursive: true, force: true });
});

test('the window shows, with the real preload: exactly the contract keys, frozen, and no Node', async () => {
  run = await launch(home);
  const { electronApp, window, dataDir } = run;
  expect(dataDir.startsWith(home)).toBe(true);
  await expect
    .poll(() =>
      electronApp.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().some((w) => w.isVisible()),
      ),
    )
    .toBe(true);
  const keys = await window.evaluate(() =>
    Object.keys((window as unknown as { crossroads: object }).crossroads).sort(),
  );
  expect(keys).toEqual(bridgeKeys());
  const kept = await window.evaluate(() => {
    const w = window as unknown as { crossroads: Record<string, unknown> };
    const before = w.crossroads;
    try {
      w.crossroads = {};
    } catch {}
    try {
      w.crossroads.app = { getInfo: () => 'hijacked' };
    } catch {}
    return w.crossroads === before && Object.isFrozen(w.crossroads);
  });
  expect(kept).toBe(true);
  const globals = await window.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer'].map(
      (name) => `${name}: ${typeof w[name]}`,
    );
  });
  expect(globals).toEqual([
    'require: undefined',
    'process: undefined',
    'module: undefined',
    'Buffer: undefined',
    'global: undefined',
    'ipcRenderer: undefined',
  ]);
});

test('About shows the real Electron and Chromium versions and the data folder', async () => {
  run = await launch(home);
  const { electronApp, window, dataDir } = run;
  const versions = await electronApp.evaluate(() => ({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
  }));
  expect(versions.electron).toMatch(/^45\./);
  await electronApp.evaluate(({ Menu }) => {
    const help = Menu.getApplicationMenu()?.items.find((i) => i.label.replace('&', '') === 'Help');
    help?.submenu?.items.find((i) => i.label === 'About Crossroads')?.click();
  });
  const about = window.getByRole('dialog', { name: 'About Crossroads' });
  await expect(about).toBeVisible();
  const value = (term: string) =>
    about.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(value('Electron')).toHaveText(versions.electron);
  await expect(value('Chromium')).toHaveText(versions.chrome);
  await expect(value('Data folder')).toHaveText(dataDir);
});

test('an edit reaches workbook.json, and quitting right after an edit flushes it', async () => {
  run = await launch(home);
  const { electronApp, window, dataDir } = run;
  const wb = new WorkbookPage(window);
  await wb.startWorkbook('Smoke test');
  const onDisk = () => {
    try {
      return (
        JSON.parse(readFileSync(join(dataDir, 'workbook.json'), 'utf8')) as {
          payload: { workbook: { name: string } };
        }
      ).payload.workbook.name;
    } catch {
      return null;
    }
  };
  await expect.poll(onDisk).toBe('Smoke test');

  await wb.rename('Renamed just before quitting');
  await electronApp.close();
  run = null;
  expect(onDisk()).toBe('Renamed just before quitting');
});
