/**
 * The "ready to print" signal the main process (and the e2e printer) waits
 * for, per print run: `<html data-print-run="<run>" data-print-ready="true">`,
 * set once fonts have loaded, no part of the page is still loading (lazy
 * charts, Suspense fallbacks), every chart has drawn its SVG at a real size,
 * and the page has stopped changing for a moment. On failure it sets
 * `data-print-error` instead, so main can report the reason rather than time
 * out. A kept-warm print page prints many runs: each run first clears the
 * previous run's signal, and a signal is only ever written for the run that is
 * current, so main never mistakes an earlier run's "ready" for this one's.
 */

/** How long the page must stay unchanged before it counts as drawn, in ms. */
const QUIET_MS = 120;
/** Give up after this long; main has its own, longer timeout. */
const GIVE_UP_MS = 12_000;

const root = () => document.documentElement;

/**
 * Starts run `run` (`null`: parked, no run): drops the previous run's ready
 * or error signal and records which run the page is now on. Call it before
 * the run renders.
 */
export const beginPrintRun = (run: string | null): void => {
  const data = root().dataset;
  delete data.printReady;
  delete data.printError;
  if (run === null) delete data.printRun;
  else data.printRun = run;
};

const isCurrent = (run: string): boolean => root().dataset.printRun === run;

/** Reports that run `run` cannot be printed (ignored once another run has started). */
export const signalPrintError = (run: string, message: string): void => {
  if (isCurrent(run)) root().dataset.printError = message;
};

const pendingParts = (): boolean =>
  document.querySelector('[aria-busy="true"], [data-print-pending]') !== null ||
  // Lazy parts owned by other features say "Loading…" while they load.
  /\bLoading\b[^.]*…/.test(document.body.textContent ?? '');

const chartsDrawn = (): boolean =>
  [...document.querySelectorAll('.recharts-wrapper')].every((w) => {
    const svg = w.querySelector('svg');
    return svg !== null && svg.getBoundingClientRect().width > 0;
  });

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Resolves once the page is drawn and marks run `run` ready. Stops without
 * signalling when `signal` aborts (the run was left or replaced). Timers, not
 * animation frames: a hidden window may never paint a frame.
 */
export const signalWhenPrintable = async (run: string, signal: AbortSignal): Promise<void> => {
  try {
    await document.fonts.ready;
    let lastChange = performance.now();
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const started = performance.now();
    try {
      for (;;) {
        if (signal.aborted) return;
        const quiet = performance.now() - lastChange >= QUIET_MS;
        if (quiet && !pendingParts() && chartsDrawn()) break;
        if (performance.now() - started > GIVE_UP_MS)
          throw new Error('the charts did not finish drawing.');
        await sleep(20);
      }
    } finally {
      observer.disconnect();
    }
    if (!signal.aborted && isCurrent(run)) root().dataset.printReady = 'true';
  } catch (err) {
    if (!signal.aborted) signalPrintError(run, err instanceof Error ? err.message : String(err));
  }
};
