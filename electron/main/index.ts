/**
 * Main-process lifecycle only: single-instance lock, sandbox, permissions,
 * the app:// protocol, IPC registration, the window, the menus and the
 * save-before-close. Everything with logic lives in services/ (plain Node)
 * and is unit-tested there. A start-up failure is shown and ends the process,
 * so it never leaves an invisible instance holding the lock.
 */
import { join } from 'node:path';
import { COMMAND_EVENT, type Command } from '@shared/ipc/channels';
import { buildSchemas } from '@shared/schemas/lazy';
import { WorkbookDataSchema, WorkbookEnvelopeSchema } from '@shared/schemas/records';
import { TemplateSchema } from '@shared/schemas/template';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import {
  applySpelling,
  installContextMenu,
  readAppSettings,
  writeAppSettings,
} from './contextMenu';
import { electronDialogs } from './dialogs';
import { flushRenderer } from './flush';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { createElectronPdfPrinter } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, originOf } from './security/sender';
import { createWorkbookStore } from './services/workbookStore';
import { retryUnloadAfterFlush } from './unloadGuard';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devUrl ? originOf(devUrl) : null;
const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];

/** How long quitting waits for the renderer to flush its last changes. */
const FLUSH_TIMEOUT_MS = 3000;
/** How long Export all data waits for the renderer before copying what is on disk. */
const EXPORT_FLUSH_TIMEOUT_MS = 1500;

/** The `appId` of electron-builder.yml: Windows groups the taskbar and notifications by it. */
export const APP_USER_MODEL_ID = 'app.crossroads.workbook';

/** The one permission the page may use: `navigator.clipboard.writeText` (Prep's "Copy path"). */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

/** True only for clipboard writing asked by the app's own origin. */
const permitted = (permission: string, url: string | undefined): boolean => {
  const origin = url ? originOf(url) : null;
  return permission === ALLOWED_PERMISSION && origin !== null && allowedOrigins.includes(origin);
};

app.enableSandbox();
registerAppScheme();
// Electron docs: app.setAppUserModelId (Windows only), as early as possible.
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

/** Shows why start-up failed and where the data is, then ends with exit code 1. */
const failStart = (err: unknown): void => {
  const reason = err instanceof Error ? err.message : String(err);
  let dataDir = 'unknown';
  try {
    dataDir = app.getPath('userData');
  } catch {}
  dialog.showErrorBox(
    'Crossroads could not start',
    `${reason}\n\nYour work stays in your data folder: ${dataDir}. Start Crossroads again; if this keeps happening, report the message above.`,
  );
  app.exit(1);
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  /** Opens the main window; set once the app is ready. */
  let open: (() => void) | null = null;

  // A menu command with no window open (macOS) opens one; the person then picks the command again.
  const send = (command: Command) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target) target.webContents.send(COMMAND_EVENT, command);
    else open?.();
  };

  // Checked against mainWindow, not the window count: a closing print window would inflate it.
  app.on('second-instance', () => {
    if (!mainWindow) {
      open?.();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  /** Set once quitting has flushed; windows then close without asking again. */
  let flushed = false;
  /** Set when quitting starts: a page that then refuses to unload is retried by quitting again. */
  let quitting = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (flushed || !mainWindow || mainWindow.isDestroyed()) return;
    event.preventDefault();
    void flushRenderer(mainWindow.webContents, allowedOrigins, FLUSH_TIMEOUT_MS).then(() => {
      flushed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  /**
   * Closing the main window saves first: the first `close` is prevented, the
   * renderer flushes (or the timeout passes), then the window closes for real.
   * Needed because closing the last window destroys it before `before-quit`.
   */
  const flushOnClose = (win: BrowserWindow) => {
    let closing = false;
    let done = false;
    /** A close was asked for since the last retry: a refused unload is retried as a close. */
    let closeAsked = false;
    // The page itself may still refuse to unload (an edit typed after the flush, or its own
    // reload): main flushes once more and does it again (see unloadGuard.ts).
    retryUnloadAfterFlush(win.webContents, {
      flush: () => flushRenderer(win.webContents, allowedOrigins, FLUSH_TIMEOUT_MS),
      retry: () => {
        if (win.isDestroyed()) return;
        const asked = closeAsked;
        closeAsked = false;
        if (quitting) {
          quitting = false;
          app.quit();
        } else if (asked) win.close();
        else win.webContents.reload();
      },
    });
    win.on('close', (event) => {
      closeAsked = true;
      if (done || flushed) return;
      event.preventDefault();
      if (closing) return;
      closing = true;
      void flushRenderer(win.webContents, allowedOrigins, FLUSH_TIMEOUT_MS).then(() => {
        done = true;
        if (!win.isDestroyed()) win.close();
      });
    });
  };

  const start = () => {
    const ses = session.defaultSession;
    // Electron docs: Session, setPermissionRequestHandler / setPermissionCheckHandler.
    ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(permitted(permission, details.requestingUrl)),
    );
    ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
      permitted(permission, requestingOrigin),
    );
    const dataDir = app.getPath('userData');
    const settings = readAppSettings(dataDir);
    applySpelling(ses, settings.spellcheck);

    const rendererDir = join(here, '../renderer');
    serveRenderer(rendererDir);

    // One hidden print window, kept warm between exports; closed with the main window and on quit
    // so it never keeps the app alive (window-all-closed) or outlives it.
    const printer = createElectronPdfPrinter({
      preloadPath: join(here, '../preload/index.cjs'),
      indexUrl: devUrl ?? `${APP_ORIGIN}/index.html`,
      allowedOrigins,
    });
    app.on('will-quit', () => {
      void printer.close();
    });

    const handlers = createHandlers({
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        platform: process.platform,
        dataDir: app.getPath('userData'),
      }),
      resourcesDir: join(app.getAppPath(), 'resources'),
      dataDir,
      documentsDir: app.getPath('documents'),
      store: createWorkbookStore({
        dataDir,
        appVersion: app.getVersion(),
        now: () => new Date(),
      }),
      dialogs: electronDialogs,
      openExternal: (url) => shell.openExternal(url),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      // shell.openPath resolves to '' on success or an error message (Electron docs: shell).
      openPath: (path) => shell.openPath(path),
      printPdf: printer.print,
      preparePrint: printer.prepare,
      now: () => new Date(),
    });
    // In development every answer is checked against the IPC contract as well (dispatch.ts).
    registerIpc(handlers, allowedOrigins, !app.isPackaged);

    // File › Export all data runs here in main, so it works even when the UI is in trouble:
    // it asks the renderer to flush (briefly), then copies the workbook file.
    const exportAll = async () => {
      await flushRenderer(mainWindow?.webContents, allowedOrigins, EXPORT_FLUSH_TIMEOUT_MS);
      try {
        const result = await handlers['workbook:exportAll'](undefined);
        if (result.kind === 'exported') {
          await dialog.showMessageBox({
            type: 'info',
            message: 'All data exported',
            detail: result.path,
          });
        }
      } catch (err) {
        dialog.showErrorBox('Export all data', err instanceof Error ? err.message : String(err));
      }
    };
    const spelling = {
      enabled: settings.spellcheck,
      onChange: (enabled: boolean) => {
        spelling.enabled = enabled;
        applySpelling(ses, enabled);
        writeAppSettings(dataDir, { ...settings, spellcheck: enabled }).catch((err: unknown) =>
          dialog.showErrorBox(
            'Check spelling',
            `The spelling setting could not be saved in ${dataDir} (${err instanceof Error ? err.message : String(err)}). It applies until you quit Crossroads.`,
          ),
        );
      },
    };
    // View › Reload goes through the same flush as quitting: the page's last edit
    // reaches IndexedDB and the workbook file before the page is thrown away.
    let reloading = false;
    const reload = () => {
      const win = mainWindow;
      if (reloading || !win || win.isDestroyed()) return;
      reloading = true;
      void flushRenderer(win.webContents, allowedOrigins, FLUSH_TIMEOUT_MS).then(() => {
        reloading = false;
        if (!win.isDestroyed()) win.webContents.reload();
      });
    };
    installMenu(send, exportAll, spelling, reload);

    open = () => {
      const win = createMainWindow({
        preloadPath: join(here, '../preload/index.cjs'),
        url: devUrl ?? `${APP_ORIGIN}/index.html`,
        allowedOrigins,
      });
      mainWindow = win;
      flushOnClose(win);
      installContextMenu(win.webContents, ses);
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = null;
        void printer.close();
      });
    };
    open();
    // Schemas are built on first use (shared/schemas/lazy.ts): build the ones the window's first
    // requests parse with (the templates, the workbook file) while its renderer is starting up.
    setImmediate(() => buildSchemas([TemplateSchema, WorkbookDataSchema, WorkbookEnvelopeSchema]));
    app.on('activate', () => {
      if (mainWindow === null) open?.();
    });
  };

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => failStart(err));
}
