/**
 * The printing session shared by the Electron printer and the e2e harness's
 * printer, so the two stay mirrors: one hidden page on the print route, opened
 * ahead (or on first use), kept warm between exports and closed after a while
 * unused or when the app asks. Each export starts a new print run on it by
 * hash (`#/print?run=<n>`), which makes the route read the workbook afresh,
 * waits for that run's ready signal, prints, and parks the page
 * (`#/print?idle`) so it does no work between exports. Any failure discards
 * the page; the next export opens a new one.
 *
 * Owns the page's life and the run protocol only. Must not import electron
 * or Playwright: how a page is opened, scripted and printed is the
 * {@link PrintSurface} the caller passes.
 */
import { PRINT_IDLE_HASH, PRINT_STATE_PROBE, printRunHash } from '@shared/ipc/print';
import { type PdfPaper, PdfPrintError, type PdfPrinter } from './pdfExport';

/** A hidden page showing the renderer's print route (a BrowserWindow, a Playwright page). */
export type PrintSurface = {
  /** Evaluates a JavaScript expression in the page; resolves with its value. */
  evaluate: (expression: string) => Promise<unknown>;
  /** Prints the page as it is now, with the app's PDF options. */
  pdf: (paperSize: PdfPaper) => Promise<Uint8Array>;
  /** True once the page is gone (closed, crashed, its browser ended). */
  isClosed: () => boolean;
  close: () => Promise<void>;
};

export type PrintSessionOptions = {
  /** Opens a hidden page on `url` and resolves once it has loaded (or committed). */
  open: (url: string) => Promise<PrintSurface>;
  /** The renderer's index.html, e.g. `app://crossroads/index.html`. */
  indexUrl: string;
  /** How long one run may take to signal ready, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** How often to look for the ready signal, in milliseconds (default 20). */
  pollMs?: number;
  /** Close the page after this long without an export, in milliseconds (default 5 min). */
  idleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
  /** Runs `fn` after `ms`; returns a cancel function (tests pass a fake). */
  setTimer?: (fn: () => void, ms: number) => () => void;
};

export type PrintSession = {
  /** Prints the summary as it is in the database when called (the export's click). */
  print: PdfPrinter;
  /** Opens the page now, if it is not open, so a coming export finds it warm. Never throws. */
  prepare: () => void;
  /** Closes the page (app quitting, main window closed). A later export opens a new one. */
  close: () => Promise<void>;
};

/** Moves the page to `hash` without adding a history entry (a same-document navigation). */
const goTo = (hash: string) => `void location.replace(${JSON.stringify(hash)})`;

/**
 * Polls `probe` every `pollMs` until the print route reports ready for `run`
 * (resolves) or an error for it (rejects with its message), or `timeoutMs`
 * passes (rejects with a {@link PdfPrintError} `print-timeout`). Signals of
 * another run are ignored. Without `run`, any run's signal counts.
 */
export const waitForPrintReady = async (
  probe: () => Promise<unknown>,
  options: {
    timeoutMs: number;
    pollMs: number;
    sleep: (ms: number) => Promise<void>;
    clock: () => number;
    run?: string;
  },
): Promise<void> => {
  const deadline = options.clock() + options.timeoutMs;
  for (;;) {
    const state = (await probe().catch(() => null)) as {
      run?: unknown;
      ready?: unknown;
      error?: unknown;
    } | null;
    const ours = state !== null && (options.run === undefined || state.run === options.run);
    if (ours && typeof state.error === 'string' && state.error !== '') {
      throw new PdfPrintError(
        'print-failed',
        `The summary could not be laid out for printing: ${state.error}`,
      );
    }
    if (ours && state.ready === 'true') return;
    if (options.clock() >= deadline) {
      throw new PdfPrintError(
        'print-timeout',
        `The summary was not ready to print after ${Math.round(options.timeoutMs / 1000)} seconds. Try again; if it keeps happening, restart Crossroads.`,
      );
    }
    await options.sleep(options.pollMs);
  }
};

const realTimer = (fn: () => void, ms: number): (() => void) => {
  const t = setTimeout(fn, ms);
  // An idle page must not keep a Node process (the test runner) alive.
  (t as { unref?: () => void }).unref?.();
  return () => clearTimeout(t);
};

/**
 * Makes a {@link PrintSession}. Exports run one at a time, in order. Each
 * print reads the workbook after it is called, so a kept page never prints
 * what an earlier export read.
 */
export const createPrintSession = (options: PrintSessionOptions): PrintSession => {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const pollMs = options.pollMs ?? 20;
  const idleMs = options.idleMs ?? 5 * 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = options.clock ?? (() => Date.now());
  const setTimer = options.setTimer ?? realTimer;

  let surface: PrintSurface | null = null;
  let opening: Promise<PrintSurface> | null = null;
  let runs = 0;
  let busy = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let cancelIdle: (() => void) | null = null;

  const discard = async (s: PrintSurface | null) => {
    if (s === surface) surface = null;
    if (s && !s.isClosed()) await s.close().catch(() => undefined);
  };

  const armIdle = () => {
    cancelIdle?.();
    cancelIdle = null;
    if (!surface && !opening) return; // nothing to close
    cancelIdle = setTimer(() => {
      cancelIdle = null;
      if (busy === 0) void discard(surface);
    }, idleMs);
  };

  const ensureOpen = async (): Promise<PrintSurface> => {
    if (surface && !surface.isClosed()) return surface;
    surface = null;
    if (!opening) {
      opening = options.open(`${options.indexUrl}${PRINT_IDLE_HASH}`).then(
        (s) => {
          opening = null;
          surface = s;
          return s;
        },
        (err: unknown) => {
          opening = null;
          throw err;
        },
      );
    }
    return opening;
  };

  /** Prints one run; `settled` resolves once the page is parked (or discarded) afterwards. */
  const printOnce = async (
    paperSize: PdfPaper,
  ): Promise<{ bytes: Uint8Array; settled: Promise<void> }> => {
    cancelIdle?.();
    const page = await ensureOpen();
    runs += 1;
    const run = String(runs);
    try {
      await page.evaluate(goTo(printRunHash(run)));
      await waitForPrintReady(() => page.evaluate(PRINT_STATE_PROBE), {
        timeoutMs,
        pollMs,
        sleep,
        clock,
        run,
      });
      const bytes = await page.pdf(paperSize);
      // Parked, the page holds no live queries and draws nothing until the next export. The
      // caller has its bytes already; the next export waits for this in the queue.
      const settled = page.evaluate(goTo(PRINT_IDLE_HASH)).then(
        () => undefined,
        () => discard(page),
      );
      return { bytes, settled };
    } catch (err) {
      await discard(page);
      throw err;
    }
  };

  const print: PdfPrinter = ({ paperSize }) => {
    busy += 1;
    const job = queue.then(() => printOnce(paperSize));
    const done = job.then(
      (r) => r.settled,
      () => undefined,
    );
    queue = done;
    void done.then(() => {
      busy -= 1;
      if (busy === 0) armIdle();
    });
    return job.then((r) => r.bytes);
  };

  return {
    print,
    prepare: () => {
      ensureOpen().then(
        () => {
          if (busy === 0) armIdle();
        },
        () => undefined,
      );
    },
    close: async () => {
      cancelIdle?.();
      cancelIdle = null;
      const pending = opening;
      await discard(surface);
      // A page still opening is closed as soon as it arrives.
      if (pending) await discard(await pending.catch(() => null));
    },
  };
};
