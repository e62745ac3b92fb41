/**
 * The one window factory. Locked down: sandboxed, context-isolated, no Node,
 * no webviews; navigation away and new windows refused; shown when ready, and
 * shown anyway when the page fails to load or takes too long, so a start-up
 * problem is never an invisible process.
 */
import { BrowserWindow, nativeTheme, type WebContents } from 'electron';
import { originOf } from './security/sender';

export type WindowOptions = {
  preloadPath: string;
  /** Where to load the renderer: `app://crossroads/index.html` or the dev server. */
  url: string;
  /** Origins the window may stay on (the app's own). */
  allowedOrigins: readonly string[];
  show?: boolean;
};

/** Show the window after this long even without `ready-to-show`, in milliseconds. */
export const SHOW_FALLBACK_MS = 5000;

/** The webPreferences every window gets. Exported so tests can assert them. */
export const secureWebPreferences = (preloadPath: string) =>
  ({
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The session decides whether spelling is checked (contextMenu.ts: off unless turned on).
    spellcheck: true,
  }) as const;

/** Refuses navigation to other origins and every window.open. */
export const lockNavigation = (contents: WebContents, allowedOrigins: readonly string[]): void => {
  contents.on('will-navigate', (event, url) => {
    const origin = originOf(url);
    if (origin === null || !allowedOrigins.includes(origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    const origin = originOf(url);
    if (origin === null || !allowedOrigins.includes(origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/**
 * Creates the main window and loads the renderer. Unless `show` is false it
 * is shown on `ready-to-show`, on `did-fail-load`, when `loadURL` rejects, or
 * after {@link SHOW_FALLBACK_MS}, whichever comes first (Electron docs:
 * BrowserWindow, "Showing the window gracefully").
 */
export const createMainWindow = (options: WindowOptions): BrowserWindow => {
  const win = new BrowserWindow({
    title: 'Crossroads',
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 700,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#fbfaf7',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  lockNavigation(win.webContents, options.allowedOrigins);
  if (options.show === false) {
    void win.loadURL(options.url).catch(() => undefined);
    return win;
  }
  const reveal = () => {
    clearTimeout(fallback);
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  };
  const fallback = setTimeout(reveal, SHOW_FALLBACK_MS);
  win.once('ready-to-show', reveal);
  win.once('closed', () => clearTimeout(fallback));
  win.webContents.once('did-fail-load', reveal);
  // A failed load is reported by did-fail-load too; the rejection must not go unhandled.
  void win.loadURL(options.url).catch(reveal);
  return win;
};
