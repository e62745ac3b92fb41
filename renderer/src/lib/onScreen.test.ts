import { describe, expect, it } from 'vitest';
import { watchOnScreen } from './onScreen';

/** An observer driven by the test: `report` delivers entries as the browser would. */
const fakeObserver = () => {
  const made: {
    callback: (e: { isIntersecting: boolean }[]) => void;
    observed: Element[];
    on: boolean;
  }[] = [];
  class Observer {
    private readonly own: (typeof made)[number];
    constructor(callback: (e: { isIntersecting: boolean }[]) => void) {
      this.own = { callback, observed: [], on: true };
      made.push(this.own);
    }
    observe(el: Element) {
      this.own.observed.push(el);
    }
    disconnect() {
      this.own.on = false;
    }
  }
  const report = (...states: boolean[]) => {
    for (const o of made)
      if (o.on) o.callback(states.map((isIntersecting) => ({ isIntersecting })));
  };
  return { Observer, made, report };
};

describe('watchOnScreen', () => {
  const el = {} as Element;

  it('observes the element and passes on each state it reports', () => {
    const fake = fakeObserver();
    const seen: boolean[] = [];
    watchOnScreen(el, (on) => seen.push(on), fake.Observer);
    expect(fake.made).toHaveLength(1);
    expect(fake.made[0]?.observed).toEqual([el]);
    fake.report(false); // the initial report: below the fold
    fake.report(true); // scrolled into view
    expect(seen).toEqual([false, true]);
  });

  it('takes the last of several crossings reported together', () => {
    const fake = fakeObserver();
    const seen: boolean[] = [];
    watchOnScreen(el, (on) => seen.push(on), fake.Observer);
    fake.report(true, false);
    expect(seen).toEqual([false]);
    fake.report();
    expect(seen).toEqual([false]); // an empty report says nothing
  });

  it('stops reporting once stopped', () => {
    const fake = fakeObserver();
    const seen: boolean[] = [];
    const stop = watchOnScreen(el, (on) => seen.push(on), fake.Observer);
    stop();
    fake.report(true);
    expect(seen).toEqual([]);
    expect(fake.made[0]?.on).toBe(false);
  });
});
