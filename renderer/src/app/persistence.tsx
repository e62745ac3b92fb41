/**
 * Starts the app's storage: runs the startup recovery, then the autosaver,
 * and shares both with the UI. Answers the quit-time flush from main.
 */

import { db, writesInFlight } from '@renderer/db/db';
import { messageOf } from '@renderer/lib/api';
import { afterAppReady } from '@renderer/lib/appReady';
import { autosaver } from '@renderer/lib/autosaver';
import { useCommand } from '@renderer/lib/commands';
import { currentSection } from '@renderer/lib/routes';
import { type StartupNotice, startUp } from '@renderer/lib/startup';
import { createContext, type ReactNode, use, useEffect, useState } from 'react';
import { openingRecordsRead, prepareLiveStore, readOpeningRecords } from './openingReads';
import { installUnloadGuard } from './unloadGuard';

type PersistenceState =
  | { status: 'starting' }
  | { status: 'ready'; notice: StartupNotice | null; dismiss: () => void }
  | { status: 'failed'; message: string };

const PersistenceContext = createContext<PersistenceState>({ status: 'starting' });

/**
 * The first screen is up (see `appReady.ts`), or 1.5 s have passed: a screen
 * that never comes (a section that failed to load) must not hold back the
 * data-folder check and, after it, the autosaver.
 */
const firstScreenOrTimeout = () =>
  new Promise<void>((resolve) => {
    afterAppReady(resolve);
    setTimeout(resolve, 1_500);
  });

export const PersistenceProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<PersistenceState>({ status: 'starting' });
  // The UI below reads the store through live queries, which open it: hold it back until the
  // store is prepared (a failure is reported through startUp below, which awaits the same step)
  // and the opening section's records are read ahead (`openingReads.ts`).
  const [prepared, setPrepared] = useState(openingRecordsRead);

  useEffect(() => {
    let live = true;
    const prepared = prepareLiveStore();
    // The UI comes once the opening section's records are read too, so its first render shows
    // them; after at most 1 s without them (a store slow to open), it shows its loading lines.
    const show = () => live && setPrepared(true);
    readOpeningRecords(currentSection()).then(show, () => undefined);
    prepared.then(
      () => setTimeout(show, 1_000),
      () => undefined,
    );
    const dismiss = () => setState((s) => (s.status === 'ready' ? { ...s, notice: null } : s));
    // Show a workbook already in the live store at once; the data-folder check finishes behind it.
    const whenLocalReady = () =>
      live &&
      setState((s) => (s.status === 'starting' ? { status: 'ready', notice: null, dismiss } : s));
    startUp(db, { whenLocalReady, prepared, checkDiskAfter: firstScreenOrTimeout() }).then(
      ({ notice, baseline }) => {
        if (!live) return;
        if (notice?.kind === 'different-workbooks') {
          // Nothing is saved until the user picks one: the autosaver starts after the choice.
          const keep = async (which: 'app' | 'file') => {
            const onDisk = await notice.keep(which);
            autosaver.start(onDisk);
            dismiss();
            return onDisk;
          };
          setState({ status: 'ready', notice: { ...notice, keep }, dismiss });
          return;
        }
        autosaver.start(baseline);
        setState({ status: 'ready', notice, dismiss });
      },
      (err: unknown) => live && setState({ status: 'failed', message: messageOf(err) }),
    );
    // The page's own unload waits for edits in flight (see unloadGuard.ts); pagehide is the last
    // chance for anything that slipped past it.
    const removeGuard = installUnloadGuard(window, {
      writesInFlight: writesInFlight.count,
      saveState: autosaver.getState,
      unseenWrites: () => autosaver.hasUnseenWrites(),
      flush: () => void autosaver.flush(),
    });
    const onHide = () => void autosaver.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      removeGuard();
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

  // Nothing below renders until then (the store's first reads); Root then shows its own loading
  // line if anything is still missing.
  return (
    <PersistenceContext value={state}>
      {prepared || state.status === 'failed' ? children : null}
    </PersistenceContext>
  );
};

export const usePersistence = (): PersistenceState => use(PersistenceContext);
