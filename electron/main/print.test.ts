import { describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../../tests/unit/mocks/electron';
import { createElectronPdfPrinter, type PrintWindow, waitForPrintReady } from './print';
import { PDF_FOOTER_TEMPLATE, PdfPrintError } from './services/pdfExport';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

/** A fake clock that advances by each sleep, so timeouts run instantly. */
const fakeTime = () => {
  let t = 0;
  return {
    clock: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
};

const fakeWindow = (states: unknown[]) => {
  let destroyed = false;
  const probes: string[] = [];
  const win: PrintWindow & { loaded: string[]; printed: unknown[] } = {
    loaded: [],
    printed: [],
    loadURL: async (url) => {
      win.loaded.push(url);
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
    webContents: {
      executeJavaScript: async (code) => {
        probes.push(code);
        return states.length > 1 ? states.shift() : states[0];
      },
      printToPDF: async (options) => {
        win.printed.push(options);
        return Buffer.from('%PDF-1.7');
      },
    },
  };
  return win;
};

describe('waitForPrintReady', () => {
  it('resolves once the route says ready', async () => {
    const states = [{ ready: null }, { ready: null }, { ready: 'true' }];
    const probe = vi.fn(async () => states.shift());
    await waitForPrintReady(probe, { timeoutMs: 1000, pollMs: 50, ...fakeTime() });
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('times out with a clear message', async () => {
    const err = await waitForPrintReady(async () => ({ ready: null }), {
      timeoutMs: 15_000,
      pollMs: 50,
      ...fakeTime(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfPrintError);
    expect(err).toMatchObject({ code: 'print-timeout' });
    expect((err as Error).message).toMatch(/not ready to print after 15 seconds/);
  });

  it('reports the route’s own error at once', async () => {
    await expect(
      waitForPrintReady(async () => ({ ready: null, error: 'no workbook is open.' }), {
        timeoutMs: 1000,
        pollMs: 50,
        ...fakeTime(),
      }),
    ).rejects.toMatchObject({
      code: 'print-failed',
      message: 'The summary could not be laid out for printing: no workbook is open.',
    });
  });
});

describe('createElectronPdfPrinter', () => {
  it('loads the print route, prints Letter or A4 with page numbers, and destroys the window', async () => {
    const win = fakeWindow([{ ready: null }, { ready: 'true' }]);
    const print = createElectronPdfPrinter({
      preloadPath: '/p.cjs',
      indexUrl: 'app://crossroads/index.html',
      allowedOrigins: ['app://crossroads'],
      createWindow: () => win,
      ...fakeTime(),
    });
    const bytes = await print({ paperSize: 'a4' });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(win.loaded).toEqual(['app://crossroads/index.html#/print']);
    expect(win.printed[0]).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: PDF_FOOTER_TEMPLATE,
    });
    expect(PDF_FOOTER_TEMPLATE).toContain('<span class="pageNumber"></span>');
    expect(win.isDestroyed()).toBe(true);
  });

  it('destroys the window when the route never becomes ready', async () => {
    const win = fakeWindow([{ ready: null }]);
    const print = createElectronPdfPrinter({
      preloadPath: '/p.cjs',
      indexUrl: 'app://crossroads/index.html',
      allowedOrigins: ['app://crossroads'],
      createWindow: () => win,
      timeoutMs: 500,
      ...fakeTime(),
    });
    await expect(print({ paperSize: 'letter' })).rejects.toMatchObject({ code: 'print-timeout' });
    expect(win.printed).toEqual([]);
    expect(win.isDestroyed()).toBe(true);
  });

  it('makes a hidden, sandboxed window by default', async () => {
    resetElectronMock();
    const print = createElectronPdfPrinter({
      preloadPath: '/p.cjs',
      indexUrl: 'app://crossroads/index.html',
      allowedOrigins: ['app://crossroads'],
      timeoutMs: 0,
      ...fakeTime(),
    });
    await print({ paperSize: 'letter' }).catch(() => undefined);
    const made = BrowserWindow.instances[0] as unknown as {
      options: { show: boolean; webPreferences: Record<string, unknown> };
    };
    expect(made.options.show).toBe(false);
    expect(made.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/p.cjs',
    });
  });
});
