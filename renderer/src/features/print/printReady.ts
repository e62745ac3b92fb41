/**
 * The "ready to print" signal the main process (and the e2e printer) waits
 * for: `<html data-print-ready="true">`, set once fonts have loaded, no part
 * of the page is still loading (lazy charts, Suspense fallbacks), every chart
 * has drawn its SVG at a real size, and the page has stopped changing for a
 * moment. On failure it sets `data-print-error` instead, so main can report
 * the reason rather than time out.
 */

/** How long the page must stay unchanged before it counts as drawn, in ms. */
const QUIET_MS = 120;
/** Give up after this long; main has its own, longer timeout. */
const GIVE_UP_MS = 12_000;

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
 * Resolves once the page is drawn and marks it ready. Timers, not animation
 * frames: a hidden window may never paint a frame.
 */
export const signalWhenPrintable = async (): Promise<void> => {
  const root = document.documentElement;
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
        const quiet = performance.now() - lastChange >= QUIET_MS;
        if (quiet && !pendingParts() && chartsDrawn()) break;
        if (performance.now() - started > GIVE_UP_MS)
          throw new Error('the charts did not finish drawing.');
        await sleep(20);
      }
    } finally {
      observer.disconnect();
    }
    root.dataset.printReady = 'true';
  } catch (err) {
    root.dataset.printError = err instanceof Error ? err.message : String(err);
  }
};
