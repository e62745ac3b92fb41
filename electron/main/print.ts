/**
 * The Electron printing port: renders the print route in a hidden, sandboxed
 * window of the same origin (so it reads the same IndexedDB), waits for the
 * route's "ready to print" signal, prints it with `printToPDF` and always
 * destroys the window. Owns only the window's life; what is printed is the
 * renderer's print route, and where it is written is `pdfExport.ts`.
 */
import { BrowserWindow } from 'electron';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_IN,
  type PdfPaper,
  PdfPrintError,
  type PdfPrinter,
  PRINT_ROUTE_HASH,
} from './services/pdfExport';
import { lockNavigation, secureWebPreferences } from './window';

/** The slice of a BrowserWindow the printer uses (tests pass a fake). */
export type PrintWindow = {
  loadURL: (url: string) => Promise<void>;
  isDestroyed: () => boolean;
  destroy: () => void;
  webContents: {
    executeJavaScript: (code: string) => Promise<unknown>;
    printToPDF: (options: Electron.PrintToPDFOptions) => Promise<Uint8Array>;
  };
};

export type ElectronPrinterOptions = {
  preloadPath: string;
  /** The renderer's index.html, e.g. `app://crossroads/index.html`. */
  indexUrl: string;
  allowedOrigins: readonly string[];
  /** How long to wait for the ready signal, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** How often to poll for it, in milliseconds (default 50). */
  pollMs?: number;
  /** Makes the hidden window; defaults to a real sandboxed BrowserWindow. */
  createWindow?: () => PrintWindow;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
};

const READY_PROBE =
  '({ ready: document.documentElement.dataset.printReady ?? null, error: document.documentElement.dataset.printError ?? null })';

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

/**
 * Polls `probe` every `pollMs` until the print route reports ready (resolves)
 * or an error (rejects with its message), or `timeoutMs` passes (rejects with
 * a {@link PdfPrintError} `print-timeout`).
 */
export const waitForPrintReady = async (
  probe: () => Promise<unknown>,
  options: {
    timeoutMs: number;
    pollMs: number;
    sleep: (ms: number) => Promise<void>;
    clock: () => number;
  },
): Promise<void> => {
  const deadline = options.clock() + options.timeoutMs;
  for (;;) {
    const state = (await probe().catch(() => null)) as { ready?: unknown; error?: unknown } | null;
    if (state && typeof state.error === 'string' && state.error !== '') {
      throw new PdfPrintError(
        'print-failed',
        `The summary could not be laid out for printing: ${state.error}`,
      );
    }
    if (state?.ready === 'true') return;
    if (options.clock() >= deadline) {
      throw new PdfPrintError(
        'print-timeout',
        `The summary was not ready to print after ${Math.round(options.timeoutMs / 1000)} seconds. Try again; if it keeps happening, restart Crossroads.`,
      );
    }
    await options.sleep(options.pollMs);
  }
};

/** Builds the {@link PdfPrinter} the handlers receive in the packaged app. */
export const createElectronPdfPrinter = (options: ElectronPrinterOptions): PdfPrinter => {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const pollMs = options.pollMs ?? 50;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = options.clock ?? (() => Date.now());
  const make =
    options.createWindow ?? (() => defaultWindow(options.preloadPath, options.allowedOrigins));

  return async ({ paperSize }: { paperSize: PdfPaper }) => {
    const win = make();
    try {
      await win.loadURL(`${options.indexUrl}${PRINT_ROUTE_HASH}`);
      await waitForPrintReady(() => win.webContents.executeJavaScript(READY_PROBE), {
        timeoutMs,
        pollMs,
        sleep,
        clock,
      });
      const pdf = await win.webContents.printToPDF({
        pageSize: paperSize === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER_TEMPLATE,
        footerTemplate: PDF_FOOTER_TEMPLATE,
        margins: { ...PDF_MARGINS_IN },
        preferCSSPageSize: false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
};
