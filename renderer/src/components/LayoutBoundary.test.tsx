/**
 * LayoutBoundary's measuring (`sizeToContent`) against a stand-in ResizeObserver, and its markup.
 * The browser side — the box keeping its content's height as the verdict grows — is covered end to
 * end (offers spec, "the boxes an edit lays out on their own…").
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FrameClock } from '../lib/afterPaint';
import { LayoutBoundary, sizeToContent } from './LayoutBoundary';

/** A clock whose frames come when `paint()` is called; timers never fire on their own. */
const frames = () => {
  let pending: (() => void)[] = [];
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => {
      pending.push(callback);
      return pending.length;
    },
    cancelAnimationFrame: () => {},
    setTimeout: (callback, ms) => {
      if (ms === 0) pending.push(callback);
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: () => {},
    postUrgentTask: (callback) => pending.push(callback),
  };
  const paint = () => {
    // The frame, then the task after it.
    for (let i = 0; i < 2; i++) {
      const now = pending;
      pending = [];
      for (const run of now) run();
    }
  };
  return { clock, paint };
};

type Entry = { borderBoxSize: { blockSize: number }[] };

/** A box as far as `sizeToContent` touches it: its first child, its custom property, its data. */
const fakeBox = () => {
  const props = new Map<string, string>();
  const setProperty = vi.fn((name: string, value: string) => props.set(name, value));
  const box = {
    firstElementChild: {},
    dataset: {} as Record<string, string>,
    style: { getPropertyValue: (name: string) => props.get(name) ?? '', setProperty },
  };
  return { box, setProperty, height: () => props.get('--layout-boundary-height') };
};

/** Installs a ResizeObserver that records what it observes; `report` delivers entries. */
const stubObserver = () => {
  const seen: { observed: unknown[]; disconnected: boolean; report: (e: Entry[]) => void } = {
    observed: [],
    disconnected: false,
    report: () => {},
  };
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: (entries: Entry[]) => void) {
        seen.report = callback;
      }
      observe(target: unknown) {
        seen.observed.push(target);
      }
      disconnect() {
        seen.disconnected = true;
      }
    },
  );
  return seen;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sizeToContent', () => {
  it('starts once the page has painted, takes the content’s height, then marks the box sized', () => {
    const observer = stubObserver();
    const { box, height } = fakeBox();
    const { clock, paint } = frames();
    sizeToContent(box as unknown as HTMLElement, clock);
    expect(observer.observed).toEqual([]);
    paint();
    expect(observer.observed).toEqual([box.firstElementChild]);
    expect(box.dataset.sized).toBeUndefined();
    observer.report([{ borderBoxSize: [{ blockSize: 212.5 }] }]);
    expect(height()).toBe('212.5px');
    expect(box.dataset.sized).toBe('');
  });

  it('follows a change of height, and leaves the box alone when the height is the same', () => {
    const observer = stubObserver();
    const { box, setProperty, height } = fakeBox();
    const { clock, paint } = frames();
    sizeToContent(box as unknown as HTMLElement, clock);
    paint();
    observer.report([{ borderBoxSize: [{ blockSize: 100 }] }]);
    observer.report([{ borderBoxSize: [{ blockSize: 100 }] }]);
    expect(setProperty).toHaveBeenCalledTimes(1);
    // The last entry is the newest when several arrive at once.
    observer.report([
      { borderBoxSize: [{ blockSize: 120 }] },
      { borderBoxSize: [{ blockSize: 140 }] },
    ]);
    expect(height()).toBe('140px');
  });

  it('stops observing when the box is removed, and never starts if that comes before the paint', () => {
    const observer = stubObserver();
    const { box } = fakeBox();
    const { clock, paint } = frames();
    const cleanup = sizeToContent(box as unknown as HTMLElement, clock);
    cleanup?.();
    expect(observer.disconnected).toBe(true);
    paint();
    expect(observer.observed).toEqual([]);
  });

  it('leaves an ordinary block where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { box, setProperty } = fakeBox();
    expect(sizeToContent(box as unknown as HTMLElement)).toBeUndefined();
    expect(setProperty).not.toHaveBeenCalled();
    expect(box.dataset.sized).toBeUndefined();
  });
});

describe('LayoutBoundary', () => {
  it('wraps its children in the box and the content block it measures', () => {
    expect(renderToStaticMarkup(<LayoutBoundary>text</LayoutBoundary>)).toBe(
      '<div class="layout-boundary"><div class="layout-boundary__content">text</div></div>',
    );
  });
});
