/**
 * The "ready to print" signal the main process (and the e2e printer) waits
 * for, per print run, written with the attributes of `@shared/ipc/print`:
 * `<html data-print-run="<run>" data-print-ready="true">`, set once fonts have
 * loaded, no part of the page is still loading (every loading state — lazy
 * charts through `LazyPart`, Suspense fallbacks, data not yet read — carries
 * `aria-busy="true"`), every chart has drawn its SVG at a real size, and the
 * page has stopped changing for a moment. On failure it sets
 * `data-print-error` instead, so main can report the reason rather than time
 * out. A kept-warm print page prints many runs: each run first clears the
 * previous run's signal, and a signal is only ever written for the run that is
 * current, so main never mistakes an earlier run's "ready" for this one's.
 *
 * Also owns the print window's frames: a hidden window may get no animation
 * frames at all (on Windows, an open Electron report), and recharts 3 delivers
 * its state to the charts through `requestAnimationFrame`, so the print route
 * installs {@link installFrameFallback} and never depends on a frame.
 */

import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  PRINT_RUN_ATTRIBUTE,
} from '@shared/ipc/print';

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
  const html = root();
  html.removeAttribute(PRINT_READY_ATTRIBUTE);
  html.removeAttribute(PRINT_ERROR_ATTRIBUTE);
  if (run === null) html.removeAttribute(PRINT_RUN_ATTRIBUTE);
  else html.setAttribute(PRINT_RUN_ATTRIBUTE, run);
};

const isCurrent = (run: string): boolean => root().getAttribute(PRINT_RUN_ATTRIBUTE) === run;

/** Reports that run `run` cannot be printed (ignored once another run has started). */
export const signalPrintError = (run: string, message: string): void => {
  if (isCurrent(run)) root().setAttribute(PRINT_ERROR_ATTRIBUTE, message);
};

/** True while any part of the page says it is still loading (an explicit state, never its text). */
const pendingParts = (): boolean => document.querySelector('[aria-busy="true"]') !== null;

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
    if (!signal.aborted && isCurrent(run)) root().setAttribute(PRINT_READY_ATTRIBUTE, 'true');
  } catch (err) {
    if (!signal.aborted) signalPrintError(run, err instanceof Error ? err.message : String(err));
  }
};

/** How late an animation frame may be before a timer runs its callback instead, in ms. */
export const FRAME_FALLBACK_MS = 50;

/** The part of `window` the frame fallback replaces and uses. */
export type FrameHost = {
  requestAnimationFrame: (callback: FrameRequestCallback) => number;
  cancelAnimationFrame: (handle: number) => void;
};

const installed = new WeakSet<object>();

/**
 * Makes `requestAnimationFrame` on `host` dependable without painting: each
 * callback runs once, on the next frame or after `lateMs` by a timer,
 * whichever comes first; `cancelAnimationFrame` cancels both. Installing twice
 * on one host does nothing. Meant for the print window only, which draws once
 * and never animates.
 */
export const installFrameFallback = (
  host: FrameHost = window,
  lateMs: number = FRAME_FALLBACK_MS,
): void => {
  if (installed.has(host)) return;
  installed.add(host);
  const nativeRequest = host.requestAnimationFrame.bind(host);
  const nativeCancel = host.cancelAnimationFrame.bind(host);
  const pending = new Map<number, { frame: number; timer: ReturnType<typeof setTimeout> }>();
  let lastId = 0;
  const settle = (id: number): boolean => {
    const entry = pending.get(id);
    if (!entry) return false;
    pending.delete(id);
    nativeCancel(entry.frame);
    clearTimeout(entry.timer);
    return true;
  };
  host.requestAnimationFrame = (callback) => {
    lastId += 1;
    const id = lastId;
    const run = (time: number) => {
      if (settle(id)) callback(time);
    };
    const frame = nativeRequest(run);
    const timer = setTimeout(() => run(performance.now()), lateMs);
    pending.set(id, { frame, timer });
    return id;
  };
  host.cancelAnimationFrame = (id) => {
    settle(id);
  };
};
