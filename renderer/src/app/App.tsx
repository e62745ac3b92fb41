/**
 * The root: starts storage (recovery, autosave), loads templates and the
 * open workbook, then shows the welcome screen or the workbook shell, and
 * raises the app-ready signal once the first real screen is on the page.
 */

import { ToastProvider } from '@renderer/components/Toast';
import { CsvExportCommand } from '@renderer/features/summary/components/CsvExportCommand';
import { PdfExportCommand } from '@renderer/features/summary/components/PdfExportCommand';
import { isPrintRoute, PrintApp } from '@renderer/features/summary/print/PrintApp';
import { AboutDialog } from '@renderer/features/workbook/components/AboutDialog';
import { StartupNoticeBanner } from '@renderer/features/workbook/components/StartupNoticeBanner';
import { Welcome } from '@renderer/features/workbook/components/Welcome';
import { FileActionsProvider, useFileActions } from '@renderer/features/workbook/fileActions';
import { signalAppReady } from '@renderer/lib/appReady';
import { TemplatesProvider, useTemplates } from '@renderer/lib/templates';
import { useWorkbook } from '@renderer/lib/useWorkbook';
import { useEffect, useLayoutEffect, useState } from 'react';
import { OfferLetterCommand } from './OfferLetterCommand';
import { PersistenceProvider, usePersistence } from './persistence';
import { currentSectionLoaded, isCurrentSectionLoaded, Shell } from './Shell';

const Root = () => {
  const persistence = usePersistence();
  const templates = useTemplates();
  const workbook = useWorkbook();
  const files = useFileActions();
  const [sectionCode, setSectionCode] = useState(isCurrentSectionLoaded);
  useEffect(() => {
    let live = true;
    // Settled either way: a chunk that failed to load is reported by the section's error boundary.
    void currentSectionLoaded.finally(() => live && setSectionCode(true));
    return () => {
      live = false;
    };
  }, []);
  const loaded =
    persistence.status === 'ready' && templates.status !== 'loading' && workbook !== undefined;

  // The shell signals readiness itself once its section has rendered (pages load lazily).
  const showsShell =
    loaded && workbook !== null && !files.startingNew && templates.status === 'ready';
  const shellWaitsForCode = showsShell && !sectionCode;
  useLayoutEffect(() => {
    if (loaded && !showsShell) signalAppReady();
  }, [loaded, showsShell]);

  const failure =
    persistence.status === 'failed'
      ? `Your workbook could not be opened: ${persistence.message}`
      : templates.status === 'failed'
        ? `The templates could not be read: ${templates.message}`
        : null;
  if (failure) {
    return (
      <main id="main" className="welcome">
        <h1>Crossroads could not start</h1>
        <p role="alert" className="banner banner--error">
          {failure}
        </p>
      </main>
    );
  }
  if (
    !loaded ||
    shellWaitsForCode ||
    templates.status !== 'ready' ||
    persistence.status !== 'ready'
  ) {
    return (
      <main id="main" className="loading" aria-busy="true">
        <p>Opening your workbook…</p>
      </main>
    );
  }
  const notice = persistence.notice ? (
    <StartupNoticeBanner notice={persistence.notice} onDismiss={persistence.dismiss} />
  ) : null;
  if (workbook === null || files.startingNew) {
    return (
      <Welcome
        templates={templates.templates}
        notice={notice}
        onCancel={workbook === null ? undefined : files.endNew}
        onDone={files.endNew}
      />
    );
  }
  return (
    <Shell
      workbook={workbook}
      template={templates.templates.find((t) => t.id === workbook.templateId)}
      notice={notice}
    />
  );
};

// The print route (`#/print`, opened only by the PDF printer) renders the summary for paper,
// without the shell or storage start-up.
export const App = () =>
  isPrintRoute() ? (
    <PrintApp />
  ) : (
    <TemplatesProvider>
      <ToastProvider>
        <PersistenceProvider>
          <FileActionsProvider>
            <Root />
            <AboutDialog />
            <PdfExportCommand />
            <OfferLetterCommand />
            <CsvExportCommand />
          </FileActionsProvider>
        </PersistenceProvider>
      </ToastProvider>
    </TemplatesProvider>
  );
