/**
 * Main-process lifecycle only: single-instance lock, sandbox, permissions,
 * the app:// protocol, IPC registration, the window and the menu. Everything
 * with logic lives in services/ (plain Node) and is unit-tested there.
 */
import { join } from 'node:path';
import { COMMAND_EVENT, type Command } from '@shared/ipc/channels';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { electronDialogs } from './dialogs';
import { flushRenderer } from './flush';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { createElectronPdfPrinter } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, originOf } from './security/sender';
import { createWorkbookStore } from './services/workbookStore';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devUrl ? originOf(devUrl) : null;
const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];

/** How long quitting waits for the renderer to flush its last changes. */
const FLUSH_TIMEOUT_MS = 3000;
/** How long Export all data waits for the renderer before copying what is on disk. */
const EXPORT_FLUSH_TIMEOUT_MS = 1500;

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const send = (command: Command) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    target?.webContents.send(COMMAND_EVENT, command);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  let flushed = false;
  app.on('before-quit', (event) => {
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

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);

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
      dataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      store: createWorkbookStore({
        dataDir: app.getPath('userData'),
        appVersion: app.getVersion(),
        now: () => new Date(),
      }),
      dialogs: electronDialogs,
      openExternal: (url) => shell.openExternal(url),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      printPdf: printer.print,
      preparePrint: printer.prepare,
      now: () => new Date(),
    });
    registerIpc(handlers, allowedOrigins);

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
    installMenu(send, exportAll);

    const open = () => {
      mainWindow = createMainWindow({
        preloadPath: join(here, '../preload/index.cjs'),
        url: devUrl ?? `${APP_ORIGIN}/index.html`,
        allowedOrigins,
      });
      mainWindow.on('closed', () => {
        mainWindow = null;
        void printer.close();
      });
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });
}
