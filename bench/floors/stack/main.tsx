/**
 * The stack's floor for start-up benchmarks: React renders one heading after
 * opening an empty Dexie database — the least any app on this stack does.
 */
import { Dexie } from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const db = new Dexie('crossroads-floor');
db.version(1).stores({ things: 'id' });

const App = () => {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    db.table('things')
      .count()
      .then(setCount, () => setCount(-1));
  }, []);
  useEffect(() => {
    if (count === null) return;
    performance.mark('crossroads:app-ready');
    document.documentElement.dataset.appReady = 'true';
  }, [count]);
  return <h1>{count === null ? 'Opening…' : `Floor (${count} things)`}</h1>;
};

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
