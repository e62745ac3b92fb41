/**
 * The app's one autosaver (see `db/persistence.ts`) and the hook that reads
 * its state. Lives below the features so any of them can flush before a file
 * action or show the save state; `app/persistence.tsx` starts and stops it.
 */
import { db, writesInFlight } from '@renderer/db/db';
import { Autosaver, type SaveState } from '@renderer/db/persistence';
import { useSyncExternalStore } from 'react';

/** The autosaver of the open workbook; started by the app shell once recovery is done. */
export const autosaver = new Autosaver(db, writesInFlight);

/** The autosaver's current state, re-rendering on change. */
export const useSaveState = (): SaveState =>
  useSyncExternalStore(autosaver.subscribe, autosaver.getState);
