/**
 * The app-ready signal e2e tests and benchmarks wait on: set once, when the
 * first screen has real data on it (a section signals when its records are
 * on the page, not while it says "Loading…"). Also leaves a performance mark.
 */
import { useEffect } from 'react';

export const APP_READY_ATTR = 'appReady';

let signalled = false;
const afterReady: (() => void)[] = [];

/** Marks the document ready (idempotent) and runs what waited for it. */
export const signalAppReady = (): void => {
  if (signalled) return;
  signalled = true;
  performance.mark('crossroads:app-ready');
  document.documentElement.dataset[APP_READY_ATTR] = 'true';
  for (const run of afterReady.splice(0)) run();
};

/** Runs `run` once the app is ready (at once if it already is): work that must not delay it. */
export const afterAppReady = (run: () => void): void => {
  if (signalled) run();
  else afterReady.push(run);
};

/** For a section page: signals readiness once `loaded` (its data is on the page). */
export const useReadyWhen = (loaded: boolean): void => {
  useEffect(() => {
    if (loaded) signalAppReady();
  }, [loaded]);
};
