/**
 * The renderer gets no Node, proved on the main-process side: every window the
 * app creates (booting electron/main/index.ts over the electron mock) has the
 * locked-down webPreferences, and the preload puts exactly one object on the
 * page, `crossroads`, whose keys are the contract's and through which neither
 * `require`, `process`, `module` nor ipcRenderer can be reached. The e2e twin
 * is tests/e2e/security.spec.ts. Must not start a real Electron.
 */

import { bridgeKeys } from '@shared/ipc/bridge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/window';

vi.mock('electron', () => import('../mocks/electron'));

type ElectronMock = typeof import('../mocks/electron');

const freshMock = async (): Promise<ElectronMock> => {
  vi.resetModules();
  const mock = (await import('electron')) as unknown as ElectronMock;
  mock.resetElectronMock();
  return mock;
};

afterEach(() => vi.useRealTimers());

/** The settings that keep Node out of the page; all must hold for every window. */
const NO_NODE = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('main process: windows get no Node', () => {
  it('the shared webPreferences keep Node out and name no Blink features', () => {
    const prefs = secureWebPreferences('/p/preload.cjs');
    expect(prefs).toMatchObject(NO_NODE);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('every window the app opens at start-up has them', async () => {
    const mock = await freshMock();
    await import('../../../electron/main/index');
    await mock.app.fireReady();
    expect(mock.BrowserWindow.instances.length).toBeGreaterThanOrEqual(1);
    for (const win of mock.BrowserWindow.instances) {
      const prefs = win.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject(NO_NODE);
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('sandboxes every renderer process before the app is ready', async () => {
    const mock = await freshMock();
    await import('../../../electron/main/index');
    expect(mock.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(mock.app.isReady()).toBe(false);
  });
});

/** Every value and key reachable from `root` through own properties and prototypes. */
const walk = (root: unknown): { values: unknown[]; keys: PropertyKey[] } => {
  const seen = new Set<unknown>();
  const keys: PropertyKey[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) continue;
    if (seen.has(value) || value === Object.prototype || value === Function.prototype) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      keys.push(key);
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d && 'value' in d) stack.push(d.value);
    }
    stack.push(Object.getPrototypeOf(value));
  }
  return { values: [...seen], keys };
};

describe('preload: the page sees only window.crossroads', () => {
  it('exposes one key, crossroads, with exactly the contract keys', async () => {
    const mock = await freshMock();
    await import('../../../electron/preload/index');
    expect(Object.keys(mock.contextBridge.exposed)).toEqual(['crossroads']);
    const bridge = mock.contextBridge.exposed.crossroads as object;
    expect(Object.keys(bridge).sort()).toEqual(bridgeKeys());
  });

  it('offers no path to require, process, module, Buffer or ipcRenderer', async () => {
    const mock = await freshMock();
    await import('../../../electron/preload/index');
    const { values, keys } = walk(mock.contextBridge.exposed);
    for (const banned of ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer'])
      expect(keys, banned).not.toContain(banned);
    for (const value of [mock.ipcRenderer, mock.contextBridge, process, globalThis])
      expect(values).not.toContain(value);
  });
});
