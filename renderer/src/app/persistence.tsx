/**
 * Starts the app's storage: runs the startup recovery, then the autosaver,
 * and shares both with the UI. Answers the quit-time flush from main.
 */
import {
  createContext,
  type ReactNode,
  use,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { db } from '../db/db';
import { Autosaver, type SaveState } from '../db/persistence';
import { messageOf } from '../lib/api';
import { afterAppReady } from './appReady';
import { useCommand } from './commands';
import { prepareStore, type StartupNotice, startUp } from './startup';

export const autosaver = new Autosaver(db);

type PersistenceState =
  | { status: 'starting' }
  | { status: 'ready'; notice: StartupNotice | null; dismiss: () => void }
  | { status: 'failed'; message: string };

const PersistenceContext = createContext<PersistenceState>({ status: 'starting' });

/**
 * Started as soon as this module loads, before anything renders: a pending
 * upgrade's pin must come before the first query opens the store, and the
 * check should not wait for React's first commit.
 */
const storePrepared = prepareStore(db);
/**
 * The first screen is up (see `appReady.ts`), or 1.5 s have passed: a screen
 * that never comes (a section that failed to load) must not hold back the
 * data-folder check and, after it, the autosaver.
 */
const firstScreen = new Promise<void>((resolve) => {
  afterAppReady(resolve);
  setTimeout(resolve, 1_500);
});

export const PersistenceProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<PersistenceState>({ status: 'starting' });
  // The UI below reads the store through live queries, which open it: hold it back until the
  // store is prepared (a failure is reported through startUp below, which awaits the same step).
  const [prepared, setPrepared] = useState(false);

  useEffect(() => {
    let live = true;
    storePrepared.then(
      () => live && setPrepared(true),
      () => undefined,
    );
    const dismiss = () => setState((s) => (s.status === 'ready' ? { ...s, notice: null } : s));
    // Show a workbook already in the live store at once; the data-folder check finishes behind it.
    const whenLocalReady = () =>
      live &&
      setState((s) => (s.status === 'starting' ? { status: 'ready', notice: null, dismiss } : s));
    startUp(db, { whenLocalReady, prepared: storePrepared, checkDiskAfter: firstScreen }).then(
      ({ notice, baseline }) => {
        if (!live) return;
        autosaver.start(baseline);
        setState({ status: 'ready', notice, dismiss });
      },
      (err: unknown) => live && setState({ status: 'failed', message: messageOf(err) }),
    );
    const onHide = () => void autosaver.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      window.removeEventListener('pagehide', onHide);
      autosaver.stop();
    };
  }, []);

  useCommand('app:flush', async () => {
    try {
      await autosaver.flush();
    } finally {
      window.crossroads?.flushed();
    }
  });

  return (
    <PersistenceContext value={state}>
      {prepared || state.status === 'failed' ? (
        children
      ) : (
        <main id="main" className="loading" aria-busy="true">
          <p>Opening your workbook…</p>
        </main>
      )}
    </PersistenceContext>
  );
};

export const usePersistence = (): PersistenceState => use(PersistenceContext);

/** The autosaver's current state, re-rendering on change. */
export const useSaveState = (): SaveState =>
  useSyncExternalStore(autosaver.subscribe, autosaver.getState);
