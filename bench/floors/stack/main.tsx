/**
 * The stack's floor for start-up benchmarks: React renders one heading after
 * opening an empty Dexie database — the least any app on this stack does.
 * Signals ready the way the app does (`renderer/src/lib/appReady.ts`): asked
 * at the commit that shows the count, raised once that frame has painted.
 */
import { Dexie } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterNextPaint } from '../../../renderer/src/lib/afterPaint';

const db = new Dexie('crossroads-floor');
db.version(1).stores({ things: 'id' });

const App = () => {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    db.table('things')
      .count()
      .then(setCount, () => setCount(-1));
  }, []);
  useLayoutEffect(() => {
    if (count === null) return;
    return afterNextPaint(
      () => {
        performance.mark('crossroads:app-ready');
        document.documentElement.dataset.appReady = 'true';
      },
      undefined,
      'urgent',
    );
  }, [count]);
  return <h1>{count === null ? 'Opening…' : `Floor (${count} things)`}</h1>;
};

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
