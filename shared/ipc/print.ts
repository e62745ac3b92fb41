/**
 * The print route's contract between the main process (which drives a hidden
 * page to print the decision summary) and the renderer (which draws it): the
 * route's hash, how a hash names a print run, the attributes on `<html>` that
 * report a run's state, and the probe main evaluates in the page to read them.
 * Both sides import these names from here, so neither restates a string.
 *
 * Protocol: main sets `#/print?run=<id>` to start a run and `#/print?idle` to
 * park the page. The renderer records the run it is on in
 * {@link PRINT_RUN_ATTRIBUTE} before drawing it, then sets
 * {@link PRINT_READY_ATTRIBUTE} to `"true"` once it can be printed, or
 * {@link PRINT_ERROR_ATTRIBUTE} to a sentence saying why it cannot. Signals
 * are only ever written for the current run.
 *
 * Pure: strings and string functions only (no DOM, no Node).
 */

/** Where the renderer's print route lives, relative to the app's index.html. */
export const PRINT_ROUTE_HASH = '#/print';

/** The print route parked between exports: nothing is mounted. */
export const PRINT_IDLE_HASH = `${PRINT_ROUTE_HASH}?idle`;

/** The print route running print run `run` (an id without `&`, `#` or spaces, e.g. "7"). */
export const printRunHash = (run: string): string =>
  `${PRINT_ROUTE_HASH}?run=${encodeURIComponent(run)}`;

/** The attribute on `<html>` naming the run the page is drawing. */
export const PRINT_RUN_ATTRIBUTE = 'data-print-run';
/** The attribute on `<html>` set to `"true"` when the current run can be printed. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** The attribute on `<html>` holding why the current run cannot be printed. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';

/** True when `hash` (e.g. `location.hash`) is on the print route: `#/print`, `#/print?…`, `#/print/…`. */
export const isPrintRouteHash = (hash: string): boolean => /^#\/print(?:$|[/?])/.test(hash);

/**
 * The print run a print-route hash asks for: its id, `''` for plain `#/print`
 * (a single run), or `null` when the page is parked (`?idle`).
 */
export const printRunOf = (hash: string): string | null => {
  const query = hash.split('?')[1] ?? '';
  let run: string | undefined;
  for (const part of query.split('&')) {
    const [key = '', value = ''] = part.split('=');
    if (key === 'idle') return null;
    if (key === 'run' && run === undefined) run = decodeURIComponent(value.replace(/\+/g, ' '));
  }
  return run ?? '';
};

/** What the probe reads off the page: each attribute's value, or null when it is absent. */
export type PrintState = { run: string | null; ready: string | null; error: string | null };

/**
 * A JavaScript expression, evaluated in the print page, that returns its
 * {@link PrintState}.
 */
export const PRINT_STATE_PROBE = `(() => { const e = document.documentElement; return { run: e.getAttribute(${JSON.stringify(PRINT_RUN_ATTRIBUTE)}), ready: e.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)}), error: e.getAttribute(${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}) }; })()`;
