/**
 * The root: loads templates and the open workbook, then shows the welcome
 * screen or the workbook shell, and raises the app-ready signal once the
 * first real screen is on the page.
 */
import { useEffect } from 'react';
import { ToastProvider } from '../components/Toast';
import { AboutDialog } from '../features/workbook/components/AboutDialog';
import { Welcome } from '../features/workbook/components/Welcome';
import { useWorkbook } from '../features/workbook/hooks/useWorkbook';
import { signalAppReady } from './appReady';
import { Shell } from './Shell';
import { TemplatesProvider, useTemplates } from './templates';

const Root = () => {
  const templates = useTemplates();
  const workbook = useWorkbook();
  const loaded = templates.status !== 'loading' && workbook !== undefined;

  useEffect(() => {
    if (loaded) signalAppReady();
  }, [loaded]);

  if (templates.status === 'failed') {
    return (
      <main id="main" className="welcome">
        <h1>Crossroads could not start</h1>
        <p role="alert" className="banner banner--error">
          The templates could not be read: {templates.message}
        </p>
      </main>
    );
  }
  if (!loaded || templates.status !== 'ready') {
    return (
      <main id="main" className="loading" aria-busy="true">
        <p>Opening your workbook…</p>
      </main>
    );
  }
  if (workbook === null) return <Welcome templates={templates.templates} />;
  return (
    <Shell
      workbook={workbook}
      template={templates.templates.find((t) => t.id === workbook.templateId)}
    />
  );
};

export const App = () => (
  <TemplatesProvider>
    <ToastProvider>
      <Root />
      <AboutDialog />
    </ToastProvider>
  </TemplatesProvider>
);
