import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_FALLBACK_MS, type FrameHost, installFrameFallback } from './printReady';

/** A window whose frames come only when the test paints one (or never: a hidden window). */
const fakeHost = () => {
  const frames = new Map<number, FrameRequestCallback>();
  let next = 0;
  const host: FrameHost & { paint: (time: number) => void; waiting: () => number } = {
    requestAnimationFrame: (callback) => {
      next += 1;
      frames.set(next, callback);
      return next;
    },
    cancelAnimationFrame: (id) => {
      frames.delete(id);
    },
    paint: (time) => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(time);
    },
    waiting: () => frames.size,
  };
  return host;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => vi.useRealTimers());

describe('installFrameFallback (the print window may get no animation frames when hidden)', () => {
  it('runs a callback by timer when no frame ever comes', () => {
    const host = fakeHost();
    installFrameFallback(host);
    const callback = vi.fn();
    host.requestAnimationFrame(callback);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(typeof callback.mock.calls[0]?.[0]).toBe('number');
    // The frame request it stood in for is withdrawn.
    expect(host.waiting()).toBe(0);
  });

  it('runs a callback once, on the frame, when frames do come', () => {
    const host = fakeHost();
    installFrameFallback(host);
    const callback = vi.fn();
    host.requestAnimationFrame(callback);
    host.paint(16.5);
    expect(callback).toHaveBeenCalledWith(16.5);
    vi.advanceTimersByTime(10 * FRAME_FALLBACK_MS);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('cancelAnimationFrame cancels both the frame and the timer', () => {
    const host = fakeHost();
    installFrameFallback(host);
    const callback = vi.fn();
    const id = host.requestAnimationFrame(callback);
    host.cancelAnimationFrame(id);
    host.paint(1);
    vi.advanceTimersByTime(10 * FRAME_FALLBACK_MS);
    expect(callback).not.toHaveBeenCalled();
  });

  it('keeps callbacks apart and installs only once per window', () => {
    const host = fakeHost();
    installFrameFallback(host);
    const patched = host.requestAnimationFrame;
    installFrameFallback(host);
    expect(host.requestAnimationFrame).toBe(patched);
    const first = vi.fn();
    const second = vi.fn();
    host.requestAnimationFrame(first);
    host.cancelAnimationFrame(host.requestAnimationFrame(second));
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('without it, a hidden window never runs the callback (what recharts 3 would wait on)', () => {
    const host = fakeHost();
    const callback = vi.fn();
    host.requestAnimationFrame(callback);
    vi.advanceTimersByTime(60_000);
    expect(callback).not.toHaveBeenCalled();
  });
});
