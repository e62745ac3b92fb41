/**
 * Holds the page's own unload (a reload, the window closing) while an edit is
 * still on its way to disk, and starts the flush that lets it go.
 *
 * What "on its way" means: an IndexedDB write transaction has started and not
 * finished (a keystroke's edit — the page going now would abort it), one has
 * finished that the autosaver has not read yet, or the autosaver has a change
 * it is about to write or is writing to `workbook.json`. A save that failed or waits for the user's confirmation is
 * not held for: waiting would not change it, and the page must never be stuck.
 *
 * Holding is the platform's `beforeunload` cancellation (HTML: "beforeunload"
 * with `preventDefault()`; Chromium honours it only on a page the person has
 * interacted with, which a page with an edit always is). In Electron the
 * cancellation is reported to main as webContents `will-prevent-unload`
 * (Electron docs: webContents, Event 'will-prevent-unload'): main flushes
 * through the same `app:flush` command as quitting, then closes or reloads
 * again, and lets the page go at the second refusal (see
 * `electron/main/unloadGuard.ts`). The e2e harness plays main's part with
 * the beforeunload dialog Chromium raises.
 */

import type { SaveState } from '@renderer/db/persistence';

/** What the guard reads when the page is asked to unload. */
export type UnloadSources = {
  /** IndexedDB write transactions started and not finished. */
  writesInFlight: () => number;
  /** The autosaver's state. */
  saveState: () => SaveState;
  /** A write has completed that the autosaver has not read yet (its state lags one step). */
  unseenWrites: () => boolean;
  /** Starts writing everything now (the autosaver's flush); never rejects. */
  flush: () => void;
};

/**
 * True while unloading would lose an edit or leave it out of the file: a
 * write to IndexedDB has not finished, one has finished that the autosaver
 * has not read yet, or a change is waiting for or in its write to the data
 * folder.
 */
export const editsInFlight = (
  writesInFlight: number,
  save: SaveState,
  unseenWrites = false,
): boolean =>
  writesInFlight > 0 || unseenWrites || save.status === 'pending' || save.status === 'saving';

/**
 * The `beforeunload` handler: with edits in flight it cancels the unload and
 * starts the flush at once (so the retry finds nothing left); otherwise the
 * page goes untouched.
 */
export const holdUnloadForEdits =
  (sources: UnloadSources) =>
  (event: BeforeUnloadEvent): void => {
    if (!editsInFlight(sources.writesInFlight(), sources.saveState(), sources.unseenWrites()))
      return;
    sources.flush();
    event.preventDefault();
    // Older engines read `returnValue` instead of the cancellation flag (HTML: beforeunload).
    event.returnValue = '';
  };

/** Installs the guard on `target` (the window); returns its removal. */
export const installUnloadGuard = (target: Window, sources: UnloadSources): (() => void) => {
  const onBeforeUnload = holdUnloadForEdits(sources);
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
};
