/**
 * Work that waits until the frame showing the current change has been
 * painted. `useDeferredValue` does not: React starts its background render in
 * the task right after the commit, and the browser runs that task before the
 * frame when the frame is not yet due — a trace of one grid edit showed 2–7 ms
 * of "what could change" rendered between the edit and the frame with its
 * numbers (bench/README.md, session 7).
 *
 * The frame is found with `requestAnimationFrame`, whose callbacks run in the
 * frame before it paints (HTML, "update the rendering"), and the work is
 * posted from there as a task, which runs after that frame's task. A hidden
 * window gets no frames, so a timer runs the work anyway if no frame comes.
 */
import { startTransition, useEffect, useState } from 'react';

/** How long to wait for a frame before running anyway (a hidden window). */
export const NO_FRAME_MS = 100;

export type FrameClock = {
  requestAnimationFrame: (callback: () => void) => number;
  cancelAnimationFrame: (handle: number) => void;
  setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
  /** Posts a task that runs before the page's ordinary tasks (see {@link afterNextPaint}'s `urgent`). */
  postUrgentTask: (callback: () => void) => void;
};

type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => unknown;

const BROWSER_CLOCK: FrameClock = {
  requestAnimationFrame: (callback) => globalThis.requestAnimationFrame(callback),
  cancelAnimationFrame: (handle) => globalThis.cancelAnimationFrame(handle),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
  // Prioritized Task Scheduling (`scheduler.postTask`, in Chromium): a `user-blocking` task runs
  // as soon as the current task ends, ahead of timers and React's scheduler messages.
  postUrgentTask: (callback) => {
    const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
    if (scheduler?.postTask) scheduler.postTask(callback, { priority: 'user-blocking' });
    else globalThis.setTimeout(callback, 0);
  },
};

/** One run after the next frame: in the first task after it, or queued behind waiting work. */
const afterFrameOnce = (
  run: () => void,
  clock: FrameClock,
  urgency: 'urgent' | 'queued',
): (() => void) => {
  let done = false;
  let frame: number | undefined;
  let noFrame: ReturnType<typeof setTimeout> | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  // Declared before anything is asked of the clock, which may call back at once (a test's clock).
  const cancel = () => {
    done = true;
    if (frame !== undefined) clock.cancelAnimationFrame(frame);
    if (noFrame !== undefined) clock.clearTimeout(noFrame);
    if (afterFrame !== undefined) clock.clearTimeout(afterFrame);
  };
  const once = () => {
    if (done) return;
    cancel();
    run();
  };
  frame = clock.requestAnimationFrame(() => {
    if (urgency === 'urgent') clock.postUrgentTask(once);
    else afterFrame = clock.setTimeout(once, 0);
  });
  if (!done) noFrame = clock.setTimeout(once, NO_FRAME_MS);
  return cancel;
};

/** Queued work waiting for the same frame, per clock, and the cancel of that frame's task. */
const waiting = new WeakMap<FrameClock, { runs: Set<() => void>; cancel: () => void }>();

/**
 * Runs `run` once, in a task after the next frame has painted (or after
 * {@link NO_FRAME_MS} without a frame). Returns a function that cancels it.
 * `urgent` runs it in the first task after that frame's (the moment the frame
 * is known to have painted, for the app-ready signal); otherwise it queues
 * behind the work already waiting, as deferred rendering should, and all the
 * queued work waiting for the same frame runs in one task, in the order it
 * was asked for — so the renders it starts (the charts and "what could
 * change" after an edit) are batched by React into one commit and one frame.
 */
export const afterNextPaint = (
  run: () => void,
  clock: FrameClock = BROWSER_CLOCK,
  urgency: 'urgent' | 'queued' = 'queued',
): (() => void) => {
  if (urgency === 'urgent') return afterFrameOnce(run, clock, 'urgent');
  let batch = waiting.get(clock);
  if (!batch) {
    const runs = new Set<() => void>();
    const made = { runs, cancel: () => {} };
    waiting.set(clock, made);
    made.cancel = afterFrameOnce(
      () => {
        // Work asked for while this batch runs waits for the next frame.
        if (waiting.get(clock) === made) waiting.delete(clock);
        for (const next of runs) {
          try {
            next();
          } catch (err) {
            // One failing run must not hold back the others: it fails on its own, as in a task of its own.
            queueMicrotask(() => {
              throw err;
            });
          }
        }
      },
      clock,
      'queued',
    );
    batch = made;
  }
  const own = batch;
  // Its own function, so the same `run` asked for twice runs twice.
  const entry = () => run();
  own.runs.add(entry);
  return () => {
    own.runs.delete(entry);
    if (own.runs.size === 0 && waiting.get(clock) === own) {
      waiting.delete(clock);
      own.cancel();
    }
  };
};

/**
 * `value`, as last seen after a paint: the first render returns it at once;
 * a later change is returned by a render started, as a transition, once the
 * frame after the change has painted. A change that is replaced before then
 * is skipped. For parts of a page that may follow an edit by a frame (the
 * charts, "what could change") so that they never delay the edit's own frame.
 */
export const useValueAfterPaint = <T>(value: T): T => {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
};
