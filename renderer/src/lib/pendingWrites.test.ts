import type { SaveState } from '@renderer/db/persistence';
import type { Offer } from '@shared/schemas/records';
import { describe, expect, it } from 'vitest';
import { createPendingWriteStore, SETTLE_MS, shownSaveState, withPending } from './pendingWrites';

/** A store whose scheduled drops run only when the test says so. */
const manual = () => {
  const due: { run: () => void; ms: number }[] = [];
  const store = createPendingWriteStore((run, ms) => {
    due.push({ run, ms });
  });
  const runAll = () => {
    for (const d of due.splice(0)) d.run();
  };
  return { store, due, runAll };
};

const offer = (id: string, baseSalary: number) =>
  ({ id, baseSalary, name: id }) as unknown as Offer;

describe('pending writes', () => {
  it('shows an edit at once and tells subscribers', () => {
    const { store } = manual();
    let calls = 0;
    store.subscribe(() => calls++);
    store.show('offer', 'a', { baseSalary: 150_000_00 });
    expect(store.patch('offer', 'a')).toEqual({ baseSalary: 150_000_00 });
    expect(calls).toBe(1);
  });

  it('merges later fields into the same offer and replaces the snapshot', () => {
    const { store } = manual();
    store.show('offer', 'a', { baseSalary: 1 });
    const first = store.patches('offer');
    store.show('offer', 'a', { name: 'PM' });
    expect(store.patches('offer')).not.toBe(first);
    expect(store.patch('offer', 'a')).toEqual({ baseSalary: 1, name: 'PM' });
  });

  it('takes a failed write back at once', () => {
    const { store, due } = manual();
    const patch = { baseSalary: 2 };
    store.show('offer', 'a', patch);
    store.settle('offer', 'a', patch, false);
    expect(store.patch('offer', 'a')).toBeUndefined();
    expect(due).toHaveLength(0);
  });

  it('keeps a written value for SETTLE_MS, then drops it', () => {
    const { store, due, runAll } = manual();
    const patch = { baseSalary: 3 };
    store.show('offer', 'a', patch);
    store.settle('offer', 'a', patch, true);
    expect(store.patch('offer', 'a')).toEqual({ baseSalary: 3 });
    expect(due.map((d) => d.ms)).toEqual([SETTLE_MS]);
    runAll();
    expect(store.patch('offer', 'a')).toBeUndefined();
  });

  it('leaves a field alone when a later edit has changed it', () => {
    const { store, runAll } = manual();
    const first = { baseSalary: 4 };
    store.show('offer', 'a', first);
    const second = { baseSalary: 5 };
    store.show('offer', 'a', second);
    store.settle('offer', 'a', first, true);
    runAll();
    // The first edit's drop must not remove the second edit's value.
    expect(store.patch('offer', 'a')).toEqual({ baseSalary: 5 });
    store.settle('offer', 'a', second, false);
    expect(store.patch('offer', 'a')).toBeUndefined();
  });

  it('does not notify when a drop changes nothing', () => {
    const { store } = manual();
    let calls = 0;
    store.subscribe(() => calls++);
    store.settle('offer', 'missing', { baseSalary: 1 }, false);
    expect(calls).toBe(0);
  });

  it('counts writes in flight, and stays busy until a written value is dropped', () => {
    const { store, runAll } = manual();
    expect(store.busy()).toBe(false);
    const offer = { baseSalary: 6 };
    const answer = { weeklyFilter: 'pm' };
    store.show('offer', 'a', offer);
    store.show('assessment', 'wb', answer);
    // Two shows, no settle yet: 2 in flight.
    expect(store.inFlight()).toBe(2);
    store.settle('assessment', 'wb', answer, false);
    // The failed write is settled and its value dropped at once: 2 − 1 = 1.
    expect(store.inFlight()).toBe(1);
    expect(store.patch('assessment', 'wb')).toBeUndefined();
    store.settle('offer', 'a', offer, true);
    // Written, so nothing is in flight, but the value is shown until SETTLE_MS: still busy.
    expect(store.inFlight()).toBe(0);
    expect(store.busy()).toBe(true);
    runAll();
    expect(store.busy()).toBe(false);
  });

  it('keeps one kind’s map and one record’s patch the same object while others change', () => {
    const { store } = manual();
    const empty = store.patches('offer');
    store.show('assessment', 'wb', { weeklyFilter: 'pm' });
    expect(store.patches('offer')).toBe(empty);
    store.show('offer', 'a', { baseSalary: 7 });
    const offers = store.patches('offer');
    const a = store.patch('offer', 'a');
    store.show('assessment', 'wb', { weeklyFilter: 'pmm' });
    store.show('offer', 'b', { baseSalary: 8 });
    expect(store.patch('offer', 'a')).toBe(a);
    store.show('control', 'c1', { value: 'x' });
    expect(store.patches('offer')).not.toBe(offers);
    expect(store.patches('offer').get('a')).toBe(a);
  });

  it('stops notifying after unsubscribe', () => {
    const { store } = manual();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    off();
    store.show('offer', 'a', { baseSalary: 1 });
    expect(calls).toBe(0);
  });
});

describe('withPending', () => {
  const offers = [offer('a', 100), offer('b', 200)];

  it('returns the same array when nothing pending applies', () => {
    expect(withPending(offers, new Map())).toBe(offers);
    expect(withPending(offers, new Map([['gone', { baseSalary: 1 }]]))).toBe(offers);
  });

  it('lays pending fields over their offer only, keeping the others as they were', () => {
    const out = withPending(offers, new Map([['b', { baseSalary: 250 }]]));
    expect(out.map((o) => o.baseSalary)).toEqual([100, 250]);
    expect(out[0]).toBe(offers[0]);
    expect(offers[1]?.baseSalary).toBe(200);
  });
});

describe('shownSaveState', () => {
  const saved: SaveState = { status: 'saved', savedAt: '2026-11-30T02:00:00.000Z' };
  const failed: SaveState = { status: 'failed', savedAt: null, message: 'Disk full.' };

  it('reads a calm state as saving while a write is in flight', () => {
    expect(shownSaveState({ status: 'idle' }, true)).toEqual({ status: 'saving', savedAt: null });
    expect(shownSaveState(saved, true)).toEqual({ status: 'saving', savedAt: saved.savedAt });
  });

  it('shows every state as it is when nothing is in flight, and failures always', () => {
    expect(shownSaveState(saved, false)).toBe(saved);
    expect(shownSaveState(failed, true)).toBe(failed);
  });
});
