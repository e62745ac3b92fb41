import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  MockWebContents,
  makeEvent,
  nativeTheme,
  resetElectronMock,
} from '../../tests/unit/mocks/electron';
import { createMainWindow, lockNavigation, SHOW_FALLBACK_MS, secureWebPreferences } from './window';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

const APP = 'app://crossroads';
const open = (extra: { show?: boolean; allowedOrigins?: string[] } = {}) => {
  const win = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: `${APP}/index.html`,
    allowedOrigins: extra.allowedOrigins ?? [APP],
    ...(extra.show === undefined ? {} : { show: extra.show }),
  }) as unknown as BrowserWindow;
  return win;
};

/** Fires `name` with a fresh event and `url`; true when the handler prevented it. */
const prevented = (contents: MockWebContents, name: string, url: string): boolean => {
  const event = makeEvent();
  contents.emit(name, event, url);
  return event.defaultPrevented;
};

beforeEach(() => resetElectronMock());

describe('createMainWindow', () => {
  it('passes the locked-down webPreferences', () => {
    const win = open();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
  });

  it('starts hidden, titled Crossroads, at least 900×700', () => {
    const win = open();
    expect(win.options).toMatchObject({
      show: false,
      title: 'Crossroads',
      minWidth: 900,
      minHeight: 700,
    });
  });

  it('picks the background from the theme', () => {
    expect(open().options.backgroundColor).toBe('#fbfaf7');
    nativeTheme.shouldUseDarkColors = true;
    expect(open().options.backgroundColor).toBe('#16181d');
  });

  it('loads the given URL', () => {
    const win = open();
    expect(win.loadURL).toHaveBeenCalledTimes(1);
    expect(win.loadURL).toHaveBeenCalledWith('app://crossroads/index.html');
  });

  it('shows the window only on ready-to-show', () => {
    const win = open();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('shows the window on did-fail-load too, so a failed start is never invisible (Electron docs: webContents, Event: did-fail-load)', () => {
    const win = open();
    win.webContents.emit('did-fail-load', makeEvent(), -6, 'ERR_FILE_NOT_FOUND');
    expect(win.show).toHaveBeenCalledTimes(1);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('shows the window after SHOW_FALLBACK_MS when ready-to-show never comes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const win = open();
      vi.advanceTimersByTime(SHOW_FALLBACK_MS - 1);
      expect(win.show).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(win.show).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the window when loadURL rejects, and leaves no unhandled rejection', async () => {
    BrowserWindow.failNextLoad = new Error('ERR_FAILED (-2) loading app://crossroads/index.html');
    const win = open();
    await vi.waitFor(() => expect(win.show).toHaveBeenCalledTimes(1));
  });

  it('never shows the window when show is false', () => {
    const win = open({ show: false });
    win.emit('ready-to-show');
    expect(win.show).not.toHaveBeenCalled();
  });

  it('locks navigation of its own webContents', () => {
    const win = open();
    expect(prevented(win.webContents, 'will-navigate', 'https://evil.com/')).toBe(true);
    expect(prevented(win.webContents, 'will-navigate', `${APP}/index.html#/offers`)).toBe(false);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('creates a separate BrowserWindow per call', () => {
    open();
    open();
    expect(BrowserWindow.instances).toHaveLength(2);
  });
});

describe('lockNavigation', () => {
  const locked = (allowed: string[] = [APP]) => {
    const contents = new MockWebContents();
    lockNavigation(contents as unknown as WebContents, allowed);
    return contents;
  };

  const foreign = [
    'https://evil.com/',
    'http://localhost:5173/',
    'app://crossroads.evil.com/index.html',
    'app://evil/index.html',
    // userinfo trick: the host is evil.com, not crossroads.
    'app://crossroads@evil.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ];
  const own = [
    'app://crossroads/index.html',
    'app://crossroads/',
    'app://crossroads/offers/3?tab=comp#top',
  ];

  for (const name of ['will-navigate', 'will-redirect']) {
    it(`${name}: prevents other origins`, () => {
      const contents = locked();
      for (const url of foreign) expect(prevented(contents, name, url), url).toBe(true);
    });

    it(`${name}: lets the app origin through`, () => {
      const contents = locked();
      for (const url of own) expect(prevented(contents, name, url), url).toBe(false);
    });
  }

  it('allows a dev-server origin only when it is listed', () => {
    expect(prevented(locked([APP]), 'will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(
      prevented(locked([APP, 'http://localhost:5173']), 'will-navigate', 'http://localhost:5173/x'),
    ).toBe(false);
    // Same host, other port = other origin.
    expect(
      prevented(locked([APP, 'http://localhost:5173']), 'will-navigate', 'http://localhost:5174/'),
    ).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = locked();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://example.com/', 'app://crossroads/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a webview', () => {
    const contents = locked();
    const event = makeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});
