/**
 * The Electron printing port: a hidden, sandboxed window of the app's origin
 * (so it reads the same IndexedDB) on the renderer's print route, driven by
 * the shared {@link createPrintSession}: opened ahead when an export starts,
 * kept warm between exports, closed after a while unused or when main says
 * (main window closed, app quitting). Owns only how the window is made,
 * scripted and printed; what is printed is the renderer's print route, and
 * where it is written is `pdfExport.ts`.
 */
import { BrowserWindow } from 'electron';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_IN,
  type PdfPaper,
} from './services/pdfExport';
import { createPrintSession, type PrintSession } from './services/printSession';
import { lockNavigation, secureWebPreferences } from './window';

/** The slice of a BrowserWindow the printer uses (tests pass a fake). */
export type PrintWindow = {
  loadURL: (url: string) => Promise<void>;
  isDestroyed: () => boolean;
  destroy: () => void;
  webContents: {
    executeJavaScript: (code: string) => Promise<unknown>;
    printToPDF: (options: Electron.PrintToPDFOptions) => Promise<Uint8Array>;
    on: (event: 'render-process-gone', listener: () => void) => unknown;
  };
};

export type ElectronPrinterOptions = {
  preloadPath: string;
  /** The renderer's index.html, e.g. `app://crossroads/index.html`. */
  indexUrl: string;
  allowedOrigins: readonly string[];
  /** How long one export waits for the ready signal, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** How often to poll for it, in milliseconds (default 20). */
  pollMs?: number;
  /** Close the window after this long without an export, in milliseconds (default 5 min). */
  idleMs?: number;
  /** Makes the hidden window; defaults to a real sandboxed BrowserWindow. */
  createWindow?: () => PrintWindow;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
  setTimer?: (fn: () => void, ms: number) => () => void;
};

const defaultWindow = (preloadPath: string, allowedOrigins: readonly string[]): PrintWindow => {
  const win = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: { ...secureWebPreferences(preloadPath), backgroundThrottling: false },
  });
  lockNavigation(win.webContents, allowedOrigins);
  return win as unknown as PrintWindow;
};

/** Chromium's print-to-PDF options for `paperSize`, with the app's margins, header and footer. */
export const printToPdfOptions = (paperSize: PdfPaper): Electron.PrintToPDFOptions => ({
  pageSize: paperSize === 'a4' ? 'A4' : 'Letter',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER_TEMPLATE,
  footerTemplate: PDF_FOOTER_TEMPLATE,
  margins: { ...PDF_MARGINS_IN },
  preferCSSPageSize: false,
});

/**
 * Builds the printer the handlers receive in the packaged app: `print` is
 * their `printPdf`, `prepare` their `preparePrint`; main calls `close` when
 * the main window closes and before quitting, so no hidden window outlives
 * the app's last visible one.
 */
export const createElectronPdfPrinter = (options: ElectronPrinterOptions): PrintSession => {
  const make =
    options.createWindow ?? (() => defaultWindow(options.preloadPath, options.allowedOrigins));
  return createPrintSession({
    indexUrl: options.indexUrl,
    timeoutMs: options.timeoutMs,
    pollMs: options.pollMs,
    idleMs: options.idleMs,
    sleep: options.sleep,
    clock: options.clock,
    setTimer: options.setTimer,
    open: async (url) => {
      const win = make();
      const destroy = () => {
        if (!win.isDestroyed()) win.destroy();
      };
      // A crashed page is useless: drop it, so the next export opens a new one.
      win.webContents.on('render-process-gone', destroy);
      try {
        await win.loadURL(url);
      } catch (err) {
        destroy();
        throw err;
      }
      return {
        evaluate: (code) => win.webContents.executeJavaScript(code),
        pdf: async (paperSize) => {
          const pdf = await win.webContents.printToPDF(printToPdfOptions(paperSize));
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        },
        isClosed: () => win.isDestroyed(),
        close: async () => destroy(),
      };
    },
  });
};
