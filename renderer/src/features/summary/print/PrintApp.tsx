/**
 * The root for the print route: loads templates once, then for each print run
 * reads the open workbook afresh and shows the print page — without the
 * shell, the autosaver or recovery (the window that prints only reads; the
 * main window owns storage).
 *
 * The printer keeps this page warm between exports and drives it by hash:
 * `#/print?run=<id>` starts a run (everything below the templates is mounted
 * anew, so every read happens after the request), `#/print?idle` parks it
 * (nothing mounted, so no live queries redraw hidden charts on every edit).
 * Plain `#/print` is a single run with the id "".
 */

import { TemplatesProvider, useTemplates } from '@renderer/lib/templates';
import { useWorkbook } from '@renderer/lib/useWorkbook';
import { isPrintRouteHash, printRunOf } from '@shared/ipc/print';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { beginPrintRun, installFrameFallback, signalPrintError } from './printReady';

/** True when the page was opened on the print route. */
export const isPrintRoute = (): boolean => isPrintRouteHash(window.location.hash);

// The print window may be hidden and get no animation frames; the charts must draw anyway.
if (isPrintRoute()) installFrameFallback();

// Fetched as soon as the print route starts, while templates and the workbook load.
const printRouteModule = isPrintRoute() ? import('./PrintRoute') : null;
const PrintRoute = lazy(() =>
  (printRouteModule ?? import('./PrintRoute')).then((m) => ({ default: m.PrintRoute })),
);

// The run is tracked outside React so the previous run's signal is cleared before anything of
// the new run renders (and possibly reports an error).
let currentRun: string | null = null;
const listeners = new Set<() => void>();
const followHash = () => {
  const run = printRunOf(window.location.hash);
  if (run === currentRun) return;
  currentRun = run;
  beginPrintRun(run);
  for (const l of listeners) l();
};
if (isPrintRoute()) {
  followHash();
  window.addEventListener('hashchange', followHash);
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const useRun = () => useSyncExternalStore(subscribe, () => currentRun);

const Failure = ({ run, message }: { run: string; message: string }) => {
  useEffect(() => signalPrintError(run, message), [run, message]);
  return (
    <p role="alert" className="banner banner--error">
      {message}
    </p>
  );
};

const PrintRoot = ({ run }: { run: string }) => {
  const templates = useTemplates();
  const workbook = useWorkbook();
  if (templates.status === 'failed')
    return <Failure run={run} message={`the templates could not be read: ${templates.message}`} />;
  if (templates.status === 'loading' || workbook === undefined)
    return <p aria-busy="true">Loading the summary…</p>;
  if (workbook === null) return <Failure run={run} message="no workbook is open." />;
  const template = templates.templates.find((t) => t.id === workbook.templateId);
  if (!template)
    return (
      <Failure run={run} message={`the template “${workbook.templateId}” is not installed.`} />
    );
  return (
    <Suspense fallback={<p aria-busy="true">Loading the summary…</p>}>
      <PrintRoute run={run} workbook={workbook} template={template} />
    </Suspense>
  );
};

const PrintRuns = () => {
  const run = useRun();
  // Keyed by run: a new run starts from nothing, so no earlier read or drawing is reused.
  return run === null ? null : <PrintRoot key={run} run={run} />;
};

export const PrintApp = () => (
  <TemplatesProvider>
    <PrintRuns />
  </TemplatesProvider>
);
