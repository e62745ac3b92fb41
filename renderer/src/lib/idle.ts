/**
 * The one way to run work when the renderer is idle: `requestIdleCallback`,
 * or where a window has none, a timer that stands in and reports no idle time
 * left (so work that paces itself by `timeRemaining()` does one step per call).
 */

/** Asks for `run` at an idle moment, as `requestIdleCallback` does. */
export type Idle = (run: (deadline: IdleDeadline) => void, options?: IdleRequestOptions) => void;

/** How long the stand-in timer waits, ms. */
export const NO_IDLE_CALLBACK_MS = 200;

export const whenIdle: Idle = (run, options) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(run, options);
    return;
  }
  window.setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), NO_IDLE_CALLBACK_MS);
};
