/**
 * The one window factory. Locked down: sandboxed, context-isolated, no Node,
 * no webviews; navigation away and new windows refused; shown when ready.
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

/** Creates the main window and loads the renderer. */
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
  if (options.show !== false) win.once('ready-to-show', () => win.show());
  void win.loadURL(options.url);
  return win;
};
