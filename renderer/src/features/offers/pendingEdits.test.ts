import type { Offer } from '@shared/schemas/records';
import { describe, expect, it } from 'vitest';
import { createPendingEditStore, SETTLE_MS, withPendingEdits } from './pendingEdits';

/** A store whose scheduled drops run only when the test says so. */
const manual = () => {
  const due: { run: () => void; ms: number }[] = [];
  const store = createPendingEditStore((run, ms) => {
    due.push({ run, ms });
  });
  const runAll = () => {
    for (const d of due.splice(0)) d.run();
  };
  return { store, due, runAll };
};

const offer = (id: string, baseSalary: number) =>
  ({ id, baseSalary, name: id }) as unknown as Offer;

describe('pending offer edits', () => {
  it('shows an edit at once and tells subscribers', () => {
    const { store } = manual();
    let calls = 0;
    store.subscribe(() => calls++);
    store.show('a', { baseSalary: 150_000_00 });
    expect(store.snapshot().get('a')).toEqual({ baseSalary: 150_000_00 });
    expect(calls).toBe(1);
  });

  it('merges later fields into the same offer and replaces the snapshot', () => {
    const { store } = manual();
    store.show('a', { baseSalary: 1 });
    const first = store.snapshot();
    store.show('a', { name: 'PM' });
    expect(store.snapshot()).not.toBe(first);
    expect(store.snapshot().get('a')).toEqual({ baseSalary: 1, name: 'PM' });
  });

  it('takes a failed write back at once', () => {
    const { store, due } = manual();
    const patch = { baseSalary: 2 };
    store.show('a', patch);
    store.settle('a', patch, false);
    expect(store.snapshot().has('a')).toBe(false);
    expect(due).toHaveLength(0);
  });

  it('keeps a written value for SETTLE_MS, then drops it', () => {
    const { store, due, runAll } = manual();
    const patch = { baseSalary: 3 };
    store.show('a', patch);
    store.settle('a', patch, true);
    expect(store.snapshot().get('a')).toEqual({ baseSalary: 3 });
    expect(due.map((d) => d.ms)).toEqual([SETTLE_MS]);
    runAll();
    expect(store.snapshot().has('a')).toBe(false);
  });

  it('leaves a field alone when a later edit has changed it', () => {
    const { store, runAll } = manual();
    const first = { baseSalary: 4 };
    store.show('a', first);
    const second = { baseSalary: 5 };
    store.show('a', second);
    store.settle('a', first, true);
    runAll();
    // The first edit's drop must not remove the second edit's value.
    expect(store.snapshot().get('a')).toEqual({ baseSalary: 5 });
    store.settle('a', second, false);
    expect(store.snapshot().has('a')).toBe(false);
  });

  it('does not notify when a drop changes nothing', () => {
    const { store } = manual();
    let calls = 0;
    store.subscribe(() => calls++);
    store.settle('missing', { baseSalary: 1 }, false);
    expect(calls).toBe(0);
  });

  it('stops notifying after unsubscribe', () => {
    const { store } = manual();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    off();
    store.show('a', { baseSalary: 1 });
    expect(calls).toBe(0);
  });
});

describe('withPendingEdits', () => {
  const offers = [offer('a', 100), offer('b', 200)];

  it('returns the same array when nothing pending applies', () => {
    expect(withPendingEdits(offers, new Map())).toBe(offers);
    expect(withPendingEdits(offers, new Map([['gone', { baseSalary: 1 }]]))).toBe(offers);
  });

  it('lays pending fields over their offer only, keeping the others as they were', () => {
    const out = withPendingEdits(offers, new Map([['b', { baseSalary: 250 }]]));
    expect(out.map((o) => o.baseSalary)).toEqual([100, 250]);
    expect(out[0]).toBe(offers[0]);
    expect(offers[1]?.baseSalary).toBe(200);
  });
});
