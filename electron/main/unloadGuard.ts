/**
 * Main's half of holding an unload for edits in flight (the renderer's half
 * is renderer/src/app/unloadGuard.ts). When the page refuses to unload,
 * Electron cancels the close or reload and tells main with webContents
 * `will-prevent-unload` (Electron docs: webContents, Event
 * 'will-prevent-unload': "Calling event.preventDefault() will ignore the
 * beforeunload event handler and allow the page to be unloaded"). Main then
 * asks the page to flush — the same `app:flush` as quitting, with its timeout
 * — and does what was asked again. A refusal right after that retry is
 * overridden, so a page that keeps refusing (or a renderer in trouble) can
 * delay a close or reload by at most one flush, never stop it.
 */

/** The one webContents event this module listens to. */
export type UnloadRefusals = {
  on: (
    event: 'will-prevent-unload',
    listener: (event: { preventDefault: () => void }) => void,
  ) => unknown;
};

export type UnloadRetry = {
  /** Asks the page to write its last edits; resolves when it answered or timed out. */
  flush: () => Promise<unknown>;
  /** Does again what the page refused (close the window, reload, quit). */
  retry: () => void;
  /** Milliseconds since some fixed point (`performance.now`, injectable for tests). */
  now?: () => number;
};

/**
 * How long after a retry a refusal is taken as that retry's, and overridden.
 * The retry's beforeunload runs within milliseconds; a refusal much later is
 * a new edit's, which gets its own flush.
 */
export const RETRY_WINDOW_MS = 2_000;

/**
 * Answers `contents`' unload refusals: the first is let stand while the page
 * flushes, then the unload is retried; a refusal within
 * {@link RETRY_WINDOW_MS} of that retry is overridden (the page goes).
 * Refusals while a flush is running are let stand: the retry follows it.
 */
export const retryUnloadAfterFlush = (
  contents: UnloadRefusals,
  { flush, retry, now = () => performance.now() }: UnloadRetry,
): void => {
  let flushing = false;
  let overrideUntil = Number.NEGATIVE_INFINITY;
  contents.on('will-prevent-unload', (event) => {
    if (now() <= overrideUntil) {
      overrideUntil = Number.NEGATIVE_INFINITY;
      event.preventDefault();
      return;
    }
    if (flushing) return;
    flushing = true;
    void flush()
      .catch(() => undefined)
      .then(() => {
        flushing = false;
        overrideUntil = now() + RETRY_WINDOW_MS;
        retry();
      });
  });
};
