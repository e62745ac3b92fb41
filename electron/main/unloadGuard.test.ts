import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RETRY_WINDOW_MS, retryUnloadAfterFlush } from './unloadGuard';

/** A webContents stand-in: emits `will-prevent-unload` with an event that records preventDefault. */
const setUp = () => {
  const contents = new EventEmitter();
  let clock = 0;
  let answerFlush: () => void = () => undefined;
  const calls = { flushes: 0, retries: 0 };
  retryUnloadAfterFlush(
    { on: (name, listener) => contents.on(name, listener) },
    {
      flush: () => {
        calls.flushes += 1;
        return new Promise<void>((resolve) => {
          answerFlush = resolve;
        });
      },
      retry: () => {
        calls.retries += 1;
      },
      now: () => clock,
    },
  );
  /** The page refuses to unload; true when main overrode the refusal (the page goes). */
  const refuse = () => {
    let overridden = false;
    contents.emit('will-prevent-unload', {
      preventDefault: () => {
        overridden = true;
      },
    });
    return overridden;
  };
  return {
    calls,
    refuse,
    answer: async () => {
      answerFlush();
      // The retry runs after the flush's promise chain.
      for (let i = 0; i < 3; i++) await Promise.resolve();
    },
    tick: (ms: number) => {
      clock += ms;
    },
  };
};

describe("retryUnloadAfterFlush (Electron docs: webContents, Event 'will-prevent-unload')", () => {
  it('lets the first refusal stand, flushes, then retries the unload', async () => {
    const guard = setUp();
    expect(guard.refuse()).toBe(false);
    expect(guard.calls).toEqual({ flushes: 1, retries: 0 });
    await guard.answer();
    expect(guard.calls).toEqual({ flushes: 1, retries: 1 });
  });

  it('starts no second flush for refusals while one is running', async () => {
    const guard = setUp();
    guard.refuse();
    expect(guard.refuse()).toBe(false);
    expect(guard.calls.flushes).toBe(1);
    await guard.answer();
    expect(guard.calls.retries).toBe(1);
  });

  it('overrides a refusal of the retry itself, so the page is never stuck', async () => {
    const guard = setUp();
    guard.refuse();
    await guard.answer();
    guard.tick(RETRY_WINDOW_MS);
    expect(guard.refuse()).toBe(true);
    expect(guard.calls).toEqual({ flushes: 1, retries: 1 });
  });

  it('treats a refusal long after the retry as a new edit: flush and retry again', async () => {
    const guard = setUp();
    guard.refuse();
    await guard.answer();
    guard.tick(RETRY_WINDOW_MS + 1);
    expect(guard.refuse()).toBe(false);
    expect(guard.calls.flushes).toBe(2);
    await guard.answer();
    expect(guard.calls.retries).toBe(2);
  });
});
