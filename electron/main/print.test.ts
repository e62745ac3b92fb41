import { describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../../tests/unit/mocks/electron';
import { fakeTime } from '../../tests/unit/mocks/time';
import { createElectronPdfPrinter, type PrintWindow } from './print';
import { PDF_FOOTER_TEMPLATE } from './services/pdfExport';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

/**
 * A fake print window: `states` answer the ready probes in order (the last
 * one repeats); a probe's `run` is filled in with the run the printer started
 * (or left as given). Records loads, scripts, prints and crashes.
 */
const fakeWindow = (states: Record<string, unknown>[]) => {
  let destroyed = false;
  let run: string | null = null;
  const gone: (() => void)[] = [];
  const win: PrintWindow & {
    loaded: string[];
    printed: unknown[];
    scripts: string[];
    crash: () => void;
  } = {
    loaded: [],
    printed: [],
    scripts: [],
    crash: () => {
      for (const l of gone) l();
    },
    loadURL: async (url) => {
      win.loaded.push(url);
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
    webContents: {
      executeJavaScript: async (code) => {
        win.scripts.push(code);
        const hash = /location\.replace\("([^"]+)"\)/.exec(code)?.[1];
        if (hash !== undefined) {
          run = /\?run=(\w+)/.exec(hash)?.[1] ?? null;
          return undefined;
        }
        const state = (states.length > 1 ? states.shift() : states[0]) ?? {};
        return { run, ...state };
      },
      printToPDF: async (options) => {
        win.printed.push(options);
        return Buffer.from('%PDF-1.7');
      },
      on: (_event, listener) => {
        gone.push(listener);
      },
    },
  };
  return win;
};

const options = {
  preloadPath: '/p.cjs',
  indexUrl: 'app://crossroads/index.html',
  allowedOrigins: ['app://crossroads'],
};

describe('createElectronPdfPrinter', () => {
  it('loads the print route parked, prints a run on Letter or A4 with page numbers, keeps the window', async () => {
    const win = fakeWindow([{ ready: null }, { ready: 'true' }]);
    const printer = createElectronPdfPrinter({
      ...options,
      createWindow: () => win,
      ...fakeTime(),
    });
    const bytes = await printer.print({ paperSize: 'a4' });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(win.loaded).toEqual(['app://crossroads/index.html#/print?idle']);
    expect(win.scripts[0]).toBe('void location.replace("#/print?run=1")');
    expect(win.printed[0]).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: PDF_FOOTER_TEMPLATE,
    });
    expect(PDF_FOOTER_TEMPLATE).toContain('<span class="pageNumber"></span>');
    await vi.waitFor(() =>
      expect(win.scripts.at(-1)).toBe('void location.replace("#/print?idle")'),
    );
    expect(win.isDestroyed()).toBe(false);
    // The second export reuses the window with a new run and prints Letter.
    await printer.print({ paperSize: 'letter' });
    expect(win.loaded).toHaveLength(1);
    expect(win.scripts).toContain('void location.replace("#/print?run=2")');
    expect(win.printed[1]).toMatchObject({ pageSize: 'Letter' });
    await printer.close();
    expect(win.isDestroyed()).toBe(true);
  });

  it('destroys the window when the route never becomes ready', async () => {
    const win = fakeWindow([{ ready: null }]);
    const printer = createElectronPdfPrinter({
      ...options,
      createWindow: () => win,
      timeoutMs: 500,
      ...fakeTime(),
    });
    await expect(printer.print({ paperSize: 'letter' })).rejects.toMatchObject({
      code: 'print-timeout',
    });
    expect(win.printed).toEqual([]);
    expect(win.isDestroyed()).toBe(true);
  });

  it('drops a crashed window and opens a new one for the next export', async () => {
    const wins = [fakeWindow([{ ready: 'true' }]), fakeWindow([{ ready: 'true' }])];
    let made = 0;
    const printer = createElectronPdfPrinter({
      ...options,
      createWindow: () => wins[made++] as PrintWindow,
      ...fakeTime(),
    });
    await printer.print({ paperSize: 'letter' });
    wins[0]?.crash();
    expect(wins[0]?.isDestroyed()).toBe(true);
    await printer.print({ paperSize: 'letter' });
    expect(made).toBe(2);
    await printer.close();
    expect(wins[1]?.isDestroyed()).toBe(true);
  });

  it('makes a hidden, sandboxed window by default', async () => {
    resetElectronMock();
    const printer = createElectronPdfPrinter({ ...options, timeoutMs: 0, ...fakeTime() });
    await printer.print({ paperSize: 'letter' }).catch(() => undefined);
    const made = BrowserWindow.instances[0] as unknown as {
      options: { show: boolean; webPreferences: Record<string, unknown> };
    };
    expect(made.options.show).toBe(false);
    expect(made.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      backgroundThrottling: false,
      preload: '/p.cjs',
    });
  });
});
