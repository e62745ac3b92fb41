/**
 * The main-process side of the e2e harness: the real handler table over a
 * temp data folder, with dialogs scripted by the test and the shell ports
 * recorded instead of acted on.
 */
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_IN,
  PdfPrintError,
  type PdfPrinter,
} from '../../../electron/main/services/pdfExport';
import {
  createPrintSession,
  type PrintSession,
} from '../../../electron/main/services/printSession';
import { createWorkbookStore } from '../../../electron/main/services/workbookStore';

export const RESOURCES_DIR = resolve(import.meta.dirname, '../../../resources');

/** Answers for native dialogs, consumed in order; `null` means the user cancelled. */
export class ScriptedDialogs {
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string | null)[] = [];
  readonly asked: { kind: 'save' | 'open'; defaultPath?: string }[] = [];

  /** The next save dialog answers `path` (or cancels with null). */
  answerSave(path: string | null): void {
    this.saves.push(path);
  }
  /** The next open dialog answers `path` (or cancels with null). */
  answerOpen(path: string | null): void {
    this.opens.push(path);
  }
  async showSave({ defaultPath }: { defaultPath: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', defaultPath });
    if (this.saves.length === 0)
      throw new Error('The test did not script an answer for a save dialog.');
    return this.saves.shift() ?? null;
  }
  async showOpen(): Promise<string | null> {
    this.asked.push({ kind: 'open' });
    if (this.opens.length === 0)
      throw new Error('The test did not script an answer for an open dialog.');
    return this.opens.shift() ?? null;
  }
}

export type HarnessMain = {
  handlers: Handlers;
  dialogs: ScriptedDialogs;
  openedExternally: string[];
  shownInFolder: string[];
  /** Files opened in their default app (`shell.openPath`), in order. */
  openedPaths: string[];
};

/**
 * The harness's printing port, the mirror of the Electron printer: the same
 * {@link createPrintSession} (one hidden page on the print route, opened when
 * an export starts, kept warm between exports, a fresh run per export,
 * parked between them), with a page in the test's browser context — which
 * shares the app's origin, IndexedDB and bridge — instead of a BrowserWindow,
 * and Playwright's `page.pdf()` instead of `printToPDF`. The fixture closes
 * it before the browser.
 */
export const chromiumPdfPrinter = (
  origin: string,
  context: () => BrowserContext,
  timeoutMs = 15_000,
): PrintSession =>
  createPrintSession({
    indexUrl: `${origin}/index.html`,
    timeoutMs,
    open: async (url) => {
      const app = context().pages()[0];
      const page = await context().newPage();
      try {
        // A hidden Electron window never takes the front from the app's window; a new tab here
        // does, and Chromium then draws the app tab at about one frame a second while the kept
        // page lives (clicks wait on frames). Give the front back to the app.
        await app?.bringToFront();
        // The ready signal of each run is the real wait; the load event adds nothing to it.
        await page.goto(url, { waitUntil: 'commit' });
      } catch (err) {
        await page.close();
        throw err;
      }
      const inches = (n: number) => `${n}in`;
      return {
        evaluate: (expression) => page.evaluate(expression),
        pdf: async (paperSize) =>
          new Uint8Array(
            await page.pdf({
              format: paperSize === 'a4' ? 'A4' : 'Letter',
              printBackground: true,
              displayHeaderFooter: true,
              headerTemplate: PDF_HEADER_TEMPLATE,
              footerTemplate: PDF_FOOTER_TEMPLATE,
              margin: {
                top: inches(PDF_MARGINS_IN.top),
                bottom: inches(PDF_MARGINS_IN.bottom),
                left: inches(PDF_MARGINS_IN.left),
                right: inches(PDF_MARGINS_IN.right),
              },
            }),
          ),
        isClosed: () => page.isClosed(),
        close: () => page.close(),
      };
    },
  });

const noPrinter: PdfPrinter = async () => {
  throw new PdfPrintError('print-failed', 'This harness was started without a printer.');
};

export const createHarnessMain = (
  dataDir: string,
  now: () => Date = () => new Date(),
  printer: Pick<PrintSession, 'print' | 'prepare'> = { print: noPrinter, prepare: () => undefined },
): HarnessMain => {
  const dialogs = new ScriptedDialogs();
  const openedExternally: string[] = [];
  const shownInFolder: string[] = [];
  const openedPaths: string[] = [];
  const handlers = createHandlers({
    appInfo: () => ({
      name: 'Crossroads',
      version: '0.1.0',
      electron: 'e2e-harness',
      chrome: 'e2e-harness',
      node: process.versions.node,
      platform: process.platform,
      dataDir,
    }),
    resourcesDir: RESOURCES_DIR,
    dataDir,
    documentsDir: join(dataDir, '..', 'documents'),
    store: createWorkbookStore({ dataDir, appVersion: '0.1.0', now }),
    dialogs: { showSave: (o) => dialogs.showSave(o), showOpen: () => dialogs.showOpen() },
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    showItemInFolder: (path) => {
      shownInFolder.push(path);
    },
    openPath: async (path) => {
      openedPaths.push(path);
      return '';
    },
    printPdf: printer.print,
    preparePrint: printer.prepare,
    now,
  });
  return { handlers, dialogs, openedExternally, shownInFolder, openedPaths };
};
