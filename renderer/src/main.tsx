import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prepareLiveStore } from './app/persistence';
import { isPrintRoute } from './features/summary/print/PrintApp';
import { requestTemplates } from './lib/templates';
import './styles.css';

// On their way while React starts. The print route needs the templates too, but it never opens
// the store for writing, so it has no pre-upgrade step to run.
void requestTemplates().catch(() => undefined);
if (!isPrintRoute()) void prepareLiveStore().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
