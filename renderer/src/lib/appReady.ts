/**
 * The app-ready signal e2e tests and benchmarks wait on: set once, when the
 * first screen has real data on it (a section signals when its records are
 * on the page, not while it says "Loading…"). Also leaves a performance mark.
 *
 * "On it" means painted: a screen asks for the signal when it commits its
 * records (a layout effect, which runs before the browser can paint that
 * commit), and the signal is raised in the first task after the next frame —
 * the frame that paints them (`afterNextPaint`, urgent). Raised from a passive
 * effect instead, it fell before or after that paint depending on whether
 * React's effects task or the browser's frame came first, so a start was timed
 * with or without its first paint (bench/README.md, session 8).
 */
import { useLayoutEffect } from 'react';
import { afterNextPaint, type FrameClock } from './afterPaint';

export const APP_READY_ATTR = 'appReady';

let requested = false;
let signalled = false;
const afterReady: (() => void)[] = [];

const raise = (): void => {
  signalled = true;
  performance.mark('crossroads:app-ready');
  document.documentElement.dataset[APP_READY_ATTR] = 'true';
  for (const run of afterReady.splice(0)) run();
};

/**
 * Marks the document ready once the frame after this call has painted
 * (idempotent) and then runs what waited for it. Call it when the first
 * screen's records are committed; `clock` is for tests.
 */
export const signalAppReady = (clock?: FrameClock): void => {
  if (requested) return;
  requested = true;
  afterNextPaint(raise, clock, 'urgent');
};

/** Runs `run` once the app is ready (at once if it already is): work that must not delay it. */
export const afterAppReady = (run: () => void): void => {
  if (signalled) run();
  else afterReady.push(run);
};

/** For a section page: signals readiness once `loaded` (its data is committed to the page). */
export const useReadyWhen = (loaded: boolean): void => {
  useLayoutEffect(() => {
    if (loaded) signalAppReady();
  }, [loaded]);
};
