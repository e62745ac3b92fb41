/**
 * The app-ready signal e2e tests and benchmarks wait on: set once, when the
 * first screen has real data on it. Also leaves a performance mark.
 */
export const APP_READY_ATTR = 'appReady';

let signalled = false;

/** Marks the document ready (idempotent). */
export const signalAppReady = (): void => {
  if (signalled) return;
  signalled = true;
  performance.mark('crossroads:app-ready');
  document.documentElement.dataset[APP_READY_ATTR] = 'true';
};
