import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestTemplates } from './app/templates';
import './styles.css';

// On its way while React starts (the print route needs the templates too).
void requestTemplates().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
