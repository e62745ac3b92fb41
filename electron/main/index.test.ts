import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, COMMAND_EVENT, FLUSHED_EVENT } from '@shared/ipc/channels';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockWebContents, makeEvent } from '../../tests/unit/mocks/electron';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

type ElectronMock = typeof import('../../tests/unit/mocks/electron');

/**
 * Imports index.ts afresh over a reset mock. `setup` runs before the import,
 * so it can change what the app sees at start-up (lock, isPackaged).
 */
const boot = async (setup?: (m: ElectronMock) => void): Promise<ElectronMock> => {
  vi.resetModules();
  // The instance index.ts gets is whatever 'electron' resolves to now.
  const mock = (await import('electron')) as unknown as ElectronMock;
  mock.resetElectronMock();
  setup?.(mock);
  await import('./index');
  return mock;
};

const bootReady = async (setup?: (m: ElectronMock) => void): Promise<ElectronMock> => {
  const mock = await boot(setup);
  await mock.app.fireReady();
  return mock;
};

const APP_FRAME = { url: 'app://crossroads/index.html', parent: null };
const DEV_URL = 'http://localhost:5173/';

let savedDevUrl: string | undefined;
beforeEach(() => {
  savedDevUrl = process.env.ELECTRON_RENDERER_URL;
  delete process.env.ELECTRON_RENDERER_URL;
});
afterEach(() => {
  if (savedDevUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = savedDevUrl;
  vi.useRealTimers();
});

describe('start-up, before ready', () => {
  it('enables the sandbox once, before the app is ready', async () => {
    const { app, timeline } = await boot();
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(app.isReady()).toBe(false);
    await app.fireReady();
    // The mock logs in call order; the sandbox must come before the ready event.
    expect(timeline.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(timeline.indexOf('app.enableSandbox')).toBeLessThan(timeline.indexOf('app:ready'));
  });

  it('registers app:// as a privileged standard, secure scheme before ready', async () => {
    const { protocol, timeline } = await boot();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] ?? [];
    expect(schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(timeline).not.toContain('app:ready');
  });

  it('requests the single-instance lock and carries on when it is granted', async () => {
    const { app } = await boot();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.listenerCount('before-quit')).toBe(1);
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits and sets nothing up when another instance holds the lock', async () => {
    const { app, BrowserWindow, ipcMain, protocol } = await boot((m) => {
      m.app.singleInstanceLock = false;
    });
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.hasQuit).toBe(true);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(app.listenerCount('before-quit')).toBe(0);
    // Even if Electron still reported ready, no window and no IPC would appear.
    await app.fireReady();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('creates no window and registers no IPC until ready', async () => {
    const { BrowserWindow, ipcMain, protocol } = await boot();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handle).not.toHaveBeenCalled();
  });
});

describe('after ready', () => {
  it('denies every other permission request', async () => {
    const { session } = await bootReady();
    const handler = session.defaultSession.permissionRequestHandler;
    expect(handler).not.toBeNull();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      handler?.({}, permission, callback, { requestingUrl: 'app://crossroads/index.html' });
      expect(callback, permission).toHaveBeenCalledTimes(1);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers every other permission check with false', async () => {
    const { session } = await bootReady();
    const check = session.defaultSession.permissionCheckHandler;
    expect(check).not.toBeNull();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      expect(check?.({}, permission, 'app://crossroads', {}), permission).toBe(false);
    }
  });

  it("serves the renderer with protocol.handle('app', …)", async () => {
    const { protocol } = await bootReady();
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app');
    // The handler answers with the security headers even for a refused request.
    const res = await protocol.handlers.get('app')?.({ url: 'app://elsewhere/index.html' });
    expect(res?.status).toBe(403);
    expect(res?.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('registers a handler for every channel and nothing else', async () => {
    const { ipcMain } = await bootReady();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('answers IPC from the app page and refuses other origins', async () => {
    const { ipcMain } = await bootReady();
    const ok = await ipcMain.invoke('app:getInfo', { senderFrame: APP_FRAME }, undefined);
    expect(ok).toMatchObject({
      ok: true,
      data: { name: 'Crossroads', version: '0.1.0-test', dataDir: '/mock/userData' },
    });
    const refused = await ipcMain.invoke(
      'app:getInfo',
      { senderFrame: { url: DEV_URL, parent: null } },
      undefined,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('creates one window with the secure preferences, loading app://crossroads/index.html', async () => {
    const { BrowserWindow } = await bootReady();
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0];
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win?.loadURL).toHaveBeenCalledWith('app://crossroads/index.html');
  });

  it('installs the application menu', async () => {
    const { Menu } = await bootReady();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.applicationMenu).not.toBeNull();
  });

  it('reopens a window on activate only when none is open', async () => {
    const { app, BrowserWindow } = await bootReady();
    app.emit('activate');
    expect(BrowserWindow.instances).toHaveLength(1);
    BrowserWindow.instances[0]?.destroy();
    app.emit('activate');
    // 1 closed + 1 new = 2 created in total, 1 open.
    expect(BrowserWindow.instances).toHaveLength(2);
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('restores and focuses the window when a second instance starts', async () => {
    const { app, BrowserWindow } = await bootReady();
    const win = BrowserWindow.instances[0];
    win?.minimize();
    app.emit('second-instance', makeEvent(), [], '/');
    expect(win?.restore).toHaveBeenCalledTimes(1);
    expect(win?.focus).toHaveBeenCalledTimes(1);
  });
});

describe('dev server URL', () => {
  it('is used, and its origin trusted, only when the app is not packaged', async () => {
    process.env.ELECTRON_RENDERER_URL = DEV_URL;
    const { BrowserWindow, ipcMain } = await bootReady((m) => {
      m.app.isPackaged = false;
    });
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith(DEV_URL);
    const res = await ipcMain.invoke('app:getInfo', {
      senderFrame: { url: DEV_URL, parent: null },
    });
    expect(res).toMatchObject({ ok: true });
  });

  it('is ignored in a packaged app, so localhost is not trusted', async () => {
    process.env.ELECTRON_RENDERER_URL = DEV_URL;
    const { BrowserWindow, ipcMain } = await bootReady((m) => {
      m.app.isPackaged = true;
    });
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://crossroads/index.html');
    const res = await ipcMain.invoke('app:getInfo', {
      senderFrame: { url: DEV_URL, parent: null },
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('web-contents-created', () => {
  it('gives every new webContents a deny-all window-open handler and blocks webviews', async () => {
    const { app } = await boot();
    const contents = new MockWebContents();
    app.emit('web-contents-created', makeEvent(), contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://example.com/', 'app://crossroads/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const attach = makeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });
});

/** A flush acknowledgement from `win`'s own top frame. */
const ackFrom = (win: { webContents: unknown } | undefined) => ({
  ...makeEvent(),
  sender: win?.webContents,
  senderFrame: { url: 'app://crossroads/index.html', parent: null },
});

describe('before-quit flush', () => {
  it('asks the renderer to flush, then quits when it acknowledges', async () => {
    const { app, BrowserWindow, ipcMain } = await bootReady();
    const win = BrowserWindow.instances[0];
    const event = makeEvent();
    app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(win?.webContents.send).toHaveBeenCalledWith(COMMAND_EVENT, 'app:flush');
    expect(app.quit).not.toHaveBeenCalled();

    // An acknowledgement from anyone else does not count.
    ipcMain.emit(FLUSHED_EVENT, {
      ...makeEvent(),
      sender: {},
      senderFrame: { url: 'app://crossroads/', parent: null },
    });
    ipcMain.emit(FLUSHED_EVENT, {
      ...makeEvent(),
      sender: win?.webContents,
      senderFrame: { url: 'https://evil.example/', parent: null },
    });
    await Promise.resolve();
    expect(app.quit).not.toHaveBeenCalled();

    ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // The second before-quit (from app.quit) is let through.
    expect(app.hasQuit).toBe(true);
  });

  it('quits after 3000 ms when the renderer never answers', async () => {
    const { app } = await bootReady();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    app.emit('before-quit', makeEvent());
    vi.advanceTimersByTime(2999);
    expect(app.quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(app.hasQuit).toBe(true);
  });

  it('does not quit twice when the ack arrives before the timeout', async () => {
    const { app, ipcMain, BrowserWindow } = await bootReady();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    app.emit('before-quit', makeEvent());
    ipcMain.emit(FLUSHED_EVENT, ackFrom(BrowserWindow.instances[0]));
    vi.advanceTimersByTime(10_000);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('does not hold up quitting when there is no window', async () => {
    const { app } = await boot();
    const event = makeEvent();
    app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(false);
  });
});

// ---------------------------------------------------------------- the Electron review's findings (issue 17)

/** The installed application menu's template, for clicking its items. */
type Item = {
  label?: string;
  role?: string;
  checked?: boolean;
  submenu?: unknown;
  click?: unknown;
};
const menuItems = (mock: ElectronMock): Item[] =>
  (mock.Menu.applicationMenu?.template ?? []) as Item[];
const menuItem = (mock: ElectronMock, top: string, label: RegExp): Item | undefined => {
  const menu = menuItems(mock).find((i) => i.label?.replace('&', '') === top);
  return ((menu?.submenu ?? []) as Item[]).find((i) => label.test(i.label?.replace('&', '') ?? ''));
};

describe('1. clipboard permission (Electron docs: Session, setPermissionRequestHandler and setPermissionCheckHandler)', () => {
  it('grants clipboard-sanitized-write to the app origin only, on request', async () => {
    const { session } = await bootReady();
    const ask = (url: string, permission = 'clipboard-sanitized-write') => {
      const callback = vi.fn();
      session.defaultSession.permissionRequestHandler?.({}, permission, callback, {
        requestingUrl: url,
      });
      return callback.mock.calls[0]?.[0];
    };
    expect(ask('app://crossroads/index.html#/prep')).toBe(true);
    expect(ask('https://evil.example/')).toBe(false);
    expect(ask('app://crossroads.evil.example/')).toBe(false);
    expect(ask('not a url')).toBe(false);
    expect(ask('app://crossroads/index.html', 'clipboard-read')).toBe(false);
  });

  it('answers the permission check for clipboard-sanitized-write with true for the app origin only', async () => {
    const { session } = await bootReady();
    const check = session.defaultSession.permissionCheckHandler;
    expect(check?.({}, 'clipboard-sanitized-write', 'app://crossroads', {})).toBe(true);
    expect(check?.({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(check?.({}, 'clipboard-sanitized-write', '', {})).toBe(false);
    expect(check?.({}, 'clipboard-read', 'app://crossroads', {})).toBe(false);
  });
});

describe("2. closing the window saves first (Electron docs: BrowserWindow, Event: 'close')", () => {
  it('prevents the first close, flushes, and closes once the renderer acknowledges', async () => {
    const { BrowserWindow, ipcMain } = await bootReady();
    const win = BrowserWindow.instances[0];
    win?.close();
    expect(win?.isDestroyed()).toBe(false);
    expect(win?.webContents.send).toHaveBeenCalledWith(COMMAND_EVENT, 'app:flush');
    // A second click on the close button while saving starts no second flush.
    win?.close();
    expect(win?.webContents.send).toHaveBeenCalledTimes(1);
    ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(win?.isDestroyed()).toBe(true));
    expect(win?.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('closes after 3000 ms when the renderer never answers, without flushing again', async () => {
    const { BrowserWindow } = await bootReady();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const win = BrowserWindow.instances[0];
    win?.close();
    vi.advanceTimersByTime(2999);
    expect(win?.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(win?.isDestroyed()).toBe(true));
    expect(win?.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('does not flush twice when quitting has flushed already', async () => {
    const { app, BrowserWindow, ipcMain } = await bootReady();
    const win = BrowserWindow.instances[0];
    app.emit('before-quit', makeEvent());
    ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    win?.close();
    expect(win?.isDestroyed()).toBe(true);
    expect(win?.webContents.send).toHaveBeenCalledTimes(1);
  });
});

describe('3. a start-up failure is shown, not hidden (Electron docs: app.whenReady, dialog.showErrorBox, app.exit)', () => {
  it('shows the reason and the data folder, then exits with code 1', async () => {
    const mock = await boot();
    mock.session.defaultSession.setPermissionRequestHandler.mockImplementationOnce(() => {
      throw new Error('The session could not be set up.');
    });
    await mock.app.fireReady();
    await vi.waitFor(() => expect(mock.app.exit).toHaveBeenCalledWith(1));
    expect(mock.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, text] = mock.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('Crossroads could not start');
    expect(text).toContain('The session could not be set up.');
    expect(text).toContain('/mock/userData');
  });
});

describe('4. macOS conventions (Electron docs: app, Events second-instance and activate)', () => {
  it('opens a window on second-instance when none is open', async () => {
    const { app, BrowserWindow } = await bootReady();
    BrowserWindow.instances[0]?.destroy();
    app.emit('second-instance', makeEvent(), [], '/');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('opens a window on activate even while a print window is still open', async () => {
    const { app, BrowserWindow } = await bootReady();
    const printWindow = new BrowserWindow({ show: false });
    BrowserWindow.instances[0]?.destroy();
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(2);
    expect(BrowserWindow.getAllWindows()).toContain(printWindow);
  });

  it('opens a window when a menu command comes with no window open', async () => {
    const mock = await bootReady();
    mock.BrowserWindow.instances[0]?.destroy();
    (menuItem(mock, 'Help', /About/)?.click as () => void)?.();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});

describe('5. spelling and the right-click menu (Electron docs: Session, setSpellCheckerEnabled and setSpellCheckerDictionaryDownloadURL; webContents, Event: context-menu)', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'crossroads-main-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('turns spelling off by default and points the dictionary download at nothing', async () => {
    const { session } = await bootReady((m) => {
      m.app.paths.userData = dataDir;
    });
    expect(session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(session.defaultSession.dictionaryDownloadURL).toBe('http://127.0.0.1:9/');
  });

  it('offers Edit › Check spelling, saying it downloads a dictionary, and keeps the choice', async () => {
    const mock = await bootReady((m) => {
      m.app.paths.userData = dataDir;
    });
    const item = menuItem(mock, 'Edit', /Check spelling/);
    expect(item?.label).toMatch(/downloads a dictionary/);
    expect(item?.checked).toBe(false);
    (item?.click as (i: { checked: boolean }) => void)?.({ checked: true });
    expect(mock.session.defaultSession.spellCheckerEnabled).toBe(true);
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(join(dataDir, 'app-settings.json'), 'utf8'))).toEqual({
        spellcheck: true,
      }),
    );
  });

  it('starts with spelling on when the data folder says so', async () => {
    writeFileSync(join(dataDir, 'app-settings.json'), '{"spellcheck":true}');
    const mock = await bootReady((m) => {
      m.app.paths.userData = dataDir;
    });
    expect(mock.session.defaultSession.spellCheckerEnabled).toBe(true);
    expect(menuItem(mock, 'Edit', /Check spelling/)?.checked).toBe(true);
  });

  it('pops up a context menu with Cut, Copy, Paste and Select all on right-click', async () => {
    const { BrowserWindow, Menu } = await bootReady((m) => {
      m.app.paths.userData = dataDir;
    });
    const contents = BrowserWindow.instances[0]?.webContents;
    const before = Menu.buildFromTemplate.mock.calls.length;
    contents?.emit('context-menu', makeEvent(), {
      isEditable: true,
      misspelledWord: '',
      dictionarySuggestions: [],
      selectionText: '',
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    expect(Menu.buildFromTemplate.mock.calls.length).toBe(before + 1);
    const built = Menu.buildFromTemplate.mock.results.at(-1)?.value as {
      template: Item[];
      popup: ReturnType<typeof vi.fn>;
    };
    expect(built.template.map((i) => i.role).filter(Boolean)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(built.popup).toHaveBeenCalledTimes(1);
  });
});

describe('6. Windows taskbar identity (Electron docs: app.setAppUserModelId)', () => {
  const platform = process.platform;
  afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

  it('sets the AppUserModelID to electron-builder.yml’s appId on Windows', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const { app } = await boot();
    const yml = readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
    const appId = /^appId:\s*(\S+)\s*$/m.exec(yml)?.[1];
    expect(appId).toBe('app.crossroads.workbook');
    expect(app.setAppUserModelId).toHaveBeenCalledWith(appId);
  });

  it('does not call it elsewhere', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const { app } = await boot();
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });
});

describe('View › Reload saves first (Electron docs: MenuItem, `role` — "when specified the click property will be ignored")', () => {
  it('is a plain item, not the reload role, so main can flush before reloading', async () => {
    const mock = await bootReady();
    const item = menuItem(mock, 'View', /^Reload$/);
    expect(item?.role).toBeUndefined();
    expect(typeof item?.click).toBe('function');
  });

  it('asks the renderer to flush and reloads only once it acknowledges', async () => {
    const mock = await bootReady();
    const win = mock.BrowserWindow.instances[0];
    const click = menuItem(mock, 'View', /^Reload$/)?.click as () => void;
    click();
    click(); // A second press while flushing does not reload twice.
    expect(win?.webContents.send).toHaveBeenCalledWith(COMMAND_EVENT, 'app:flush');
    expect(win?.webContents.send).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(win?.webContents.reload).not.toHaveBeenCalled();
    mock.ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(win?.webContents.reload).toHaveBeenCalledTimes(1));
  });

  it('reloads after 3000 ms when the renderer never answers', async () => {
    const mock = await bootReady();
    const win = mock.BrowserWindow.instances[0];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const click = menuItem(mock, 'View', /^Reload$/)?.click as () => void;
    click();
    vi.advanceTimersByTime(2999);
    await Promise.resolve();
    expect(win?.webContents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(win?.webContents.reload).toHaveBeenCalledTimes(1));
  });
});

describe("7. a page that refuses to unload is flushed, then closed or reloaded again (Electron docs: webContents, Event 'will-prevent-unload')", () => {
  type Win = { webContents: { emit: (name: string, ...args: unknown[]) => boolean } };
  /** The page's beforeunload refused; true when main overrode it (the page goes). */
  const refuse = (win: Win) => {
    const event = makeEvent();
    win.webContents.emit('will-prevent-unload', event);
    return event.defaultPrevented;
  };

  it('reloads again once the renderer has flushed, when the page refused its own reload', async () => {
    const mock = await bootReady();
    const win = mock.BrowserWindow.instances[0];
    if (!win) throw new Error('no window');
    expect(refuse(win)).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledWith(COMMAND_EVENT, 'app:flush');
    expect(win.webContents.reload).not.toHaveBeenCalled();
    mock.ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledTimes(1));
    expect(win.isDestroyed()).toBe(false);
    // The retry's own refusal is overridden: the page goes.
    expect(refuse(win)).toBe(true);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('closes again when the refused unload was a close', async () => {
    const mock = await bootReady();
    const win = mock.BrowserWindow.instances[0];
    if (!win) throw new Error('no window');
    // The mock has no page: after main's own close handler lets the close through, this plays
    // the page refusing it once (Electron cancels the close and emits will-prevent-unload).
    let pageRefused = false;
    win.on('close', (event: { defaultPrevented: boolean; preventDefault: () => void }) => {
      if (event.defaultPrevented || pageRefused) return;
      pageRefused = true;
      event.preventDefault();
      refuse(win);
    });
    win.close();
    mock.ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    // main's close flush, then the page's refusal: a second flush.
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledTimes(2));
    expect(pageRefused).toBe(true);
    expect(win.isDestroyed()).toBe(false);
    mock.ipcMain.emit(FLUSHED_EVENT, ackFrom(win));
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true));
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });
});
