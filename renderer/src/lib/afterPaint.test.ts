import { describe, expect, it } from 'vitest';
import { afterNextPaint, type FrameClock, NO_FRAME_MS } from './afterPaint';

/** A hand-driven clock: frames and timers run only when the test says so. */
const manualClock = () => {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; run: () => void }>();
  const urgent: (() => void)[] = [];
  let now = 0;
  const clock: FrameClock = {
    requestAnimationFrame: (cb) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (h) => {
      frames.delete(h);
    },
    setTimeout: (cb, ms) => {
      timers.set(next, { at: now + ms, run: cb });
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: (h) => {
      timers.delete(h as unknown as number);
    },
    postUrgentTask: (cb) => {
      urgent.push(cb);
    },
  };
  return {
    clock,
    /** Runs the frame's callbacks (the frame paints after them). */
    frame: () => {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb();
    },
    /** Moves time on by `ms` and runs the timers then due, in order, after any urgent tasks. */
    advance: (ms: number) => {
      for (const cb of urgent.splice(0)) cb();
      now += ms;
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= now)
        .sort((a, b) => a[1].at - b[1].at);
      for (const [h, t] of due) {
        if (!timers.has(h)) continue;
        timers.delete(h);
        t.run();
      }
    },
    /** Runs the urgent tasks posted so far (the first tasks after a frame). */
    urgentTasks: () => {
      for (const cb of urgent.splice(0)) cb();
    },
    pending: () => frames.size + timers.size + urgent.length,
  };
};

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not in the frame itself', () => {
    const c = manualClock();
    let runs = 0;
    afterNextPaint(() => runs++, c.clock);
    c.advance(0);
    expect(runs).toBe(0); // no frame yet
    c.frame();
    expect(runs).toBe(0); // the frame's callbacks run before it paints
    c.advance(0);
    expect(runs).toBe(1);
    c.advance(NO_FRAME_MS);
    expect(runs).toBe(1); // once only: the no-frame timer was cleared
    expect(c.pending()).toBe(0);
  });

  it('runs anyway when no frame comes (a hidden window)', () => {
    const c = manualClock();
    let runs = 0;
    afterNextPaint(() => runs++, c.clock);
    c.advance(NO_FRAME_MS - 1);
    expect(runs).toBe(0);
    c.advance(1);
    expect(runs).toBe(1);
    c.frame();
    c.advance(0);
    expect(runs).toBe(1); // the frame request was cancelled
    expect(c.pending()).toBe(0);
  });

  it('urgent: runs in the first task after the frame, ahead of timers already due', () => {
    const c = manualClock();
    const order: string[] = [];
    c.clock.setTimeout(() => order.push('timer'), 0);
    afterNextPaint(() => order.push('urgent'), c.clock, 'urgent');
    afterNextPaint(() => order.push('queued'), c.clock);
    c.frame();
    expect(order).toEqual([]); // not in the frame itself
    c.urgentTasks();
    expect(order).toEqual(['urgent']);
    c.advance(0);
    expect(order).toEqual(['urgent', 'timer', 'queued']);
    c.advance(NO_FRAME_MS);
    expect(order).toHaveLength(3); // each once: the no-frame timers were cleared
    expect(c.pending()).toBe(0);
  });

  it('urgent: runs nothing once cancelled after the frame', () => {
    const c = manualClock();
    let runs = 0;
    const cancel = afterNextPaint(() => runs++, c.clock, 'urgent');
    c.frame();
    cancel();
    c.urgentTasks();
    c.advance(NO_FRAME_MS);
    expect(runs).toBe(0);
  });

  it('runs the queued work asked for before the same frame in one task after it, in order', () => {
    const c = manualClock();
    const order: string[] = [];
    afterNextPaint(() => order.push('charts'), c.clock);
    afterNextPaint(() => order.push('what could change'), c.clock);
    expect(c.pending()).toBe(2); // one frame request and one no-frame timer for both
    c.frame();
    expect(c.pending()).toBe(2); // one task after the frame, and the no-frame timer
    c.advance(0);
    expect(order).toEqual(['charts', 'what could change']);
    expect(c.pending()).toBe(0);
  });

  it('work asked for while a batch runs waits for the next frame', () => {
    const c = manualClock();
    const order: string[] = [];
    afterNextPaint(() => {
      order.push('first');
      afterNextPaint(() => order.push('asked while running'), c.clock);
    }, c.clock);
    c.frame();
    c.advance(0);
    expect(order).toEqual(['first']);
    c.frame();
    c.advance(0);
    expect(order).toEqual(['first', 'asked while running']);
  });

  it('a cancelled run leaves the rest of its batch; cancelling all cancels the frame and timers', () => {
    const c = manualClock();
    const order: string[] = [];
    const cancelA = afterNextPaint(() => order.push('a'), c.clock);
    afterNextPaint(() => order.push('b'), c.clock);
    cancelA();
    c.frame();
    c.advance(0);
    expect(order).toEqual(['b']);
    const cancelC = afterNextPaint(() => order.push('c'), c.clock);
    const cancelD = afterNextPaint(() => order.push('d'), c.clock);
    cancelC();
    cancelD();
    expect(c.pending()).toBe(0);
    c.frame();
    c.advance(NO_FRAME_MS);
    expect(order).toEqual(['b']);
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    const c = manualClock();
    let runs = 0;
    afterNextPaint(() => runs++, c.clock)();
    const cancelAfterFrame = afterNextPaint(() => runs++, c.clock);
    c.frame();
    cancelAfterFrame();
    c.advance(NO_FRAME_MS);
    expect(runs).toBe(0);
    expect(c.pending()).toBe(0);
  });
});
