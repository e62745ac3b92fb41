/**
 * The root for the print route: loads templates and the open workbook and
 * shows the print page — without the shell, the autosaver or recovery (the
 * window that prints only reads; the main window owns storage).
 */
import { lazy, Suspense } from 'react';
import { TemplatesProvider, useTemplates } from '../../app/templates';
import { useWorkbook } from '../workbook/hooks/useWorkbook';

// Fetched as soon as the print route starts, while templates and the workbook load.
const printRouteModule = isPrintRouteHash() ? import('./PrintRoute') : null;
const PrintRoute = lazy(() =>
  (printRouteModule ?? import('./PrintRoute')).then((m) => ({ default: m.PrintRoute })),
);

function isPrintRouteHash(): boolean {
  return /^#\/print(?:$|[/?])/.test(window.location.hash);
}

/** True when the page was opened on the print route. */
export const isPrintRoute = isPrintRouteHash;

const fail = (message: string) => {
  document.documentElement.dataset.printError = message;
  return (
    <p role="alert" className="banner banner--error">
      {message}
    </p>
  );
};

const PrintRoot = () => {
  const templates = useTemplates();
  const workbook = useWorkbook();
  if (templates.status === 'failed')
    return fail(`the templates could not be read: ${templates.message}`);
  if (templates.status === 'loading' || workbook === undefined)
    return <p aria-busy="true">Loading the summary…</p>;
  if (workbook === null) return fail('no workbook is open.');
  const template = templates.templates.find((t) => t.id === workbook.templateId);
  if (!template) return fail(`the template “${workbook.templateId}” is not installed.`);
  return (
    <Suspense fallback={<p aria-busy="true">Loading the summary…</p>}>
      <PrintRoute workbook={workbook} template={template} />
    </Suspense>
  );
};

export const PrintApp = () => (
  <TemplatesProvider>
    <PrintRoot />
  </TemplatesProvider>
);
