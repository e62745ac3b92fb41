import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_IDLE_CALLBACK_MS, whenIdle } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks requestIdleCallback, with the options given', () => {
    const asked: [unknown, unknown][] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (run: unknown, options: unknown) => asked.push([run, options]),
    });
    const run = () => {};
    whenIdle(run, { timeout: 2_000 });
    expect(asked).toEqual([[run, { timeout: 2_000 }]]);
  });

  it('without it, runs after a timer and reports no idle time left', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
    const seen: { didTimeout: boolean; left: number }[] = [];
    whenIdle((deadline) =>
      seen.push({ didTimeout: deadline.didTimeout, left: deadline.timeRemaining() }),
    );
    vi.advanceTimersByTime(NO_IDLE_CALLBACK_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([{ didTimeout: true, left: 0 }]);
  });
});
