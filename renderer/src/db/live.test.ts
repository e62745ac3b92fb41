/**
 * `shownLive`: a live query's answer as a page shows it, telling its
 * subscriber only when what is shown changes (fake IndexedDB, real Dexie
 * live queries).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { shownLive } from './live';
import { freshDb } from './testing';

type Row = { id: string; name: string };

/** A second store the view reads (as the pending edits are), with its own change signal. */
const otherStore = () => {
  let suffix = '';
  const listeners = new Set<() => void>();
  return {
    suffix: () => suffix,
    set: (next: string) => {
      suffix = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};

/** Names with the other store's suffix; keeps its last result while the text is the same. */
const namesView =
  (other: ReturnType<typeof otherStore>) =>
  (rows: Row[], shown: string | undefined): string => {
    const next = rows.map((r) => r.name + other.suffix()).join(', ');
    return next === shown ? shown : next;
  };

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const setUp = async () => {
  const db = freshDb();
  await db.open();
  await db.workbooks.put({ id: 'w1', name: 'First' } as never);
  const query = async () => (await db.workbooks.toArray()) as unknown as Row[];
  return { db, query };
};

describe('shownLive', () => {
  it('shows the answer read ahead before anything subscribes, and nothing while none is read', async () => {
    const { db, query } = await setUp();
    const other = otherStore();
    expect(
      shownLive(query, [{ id: 'w1', name: 'Ahead' }], namesView(other), other.subscribe).snapshot(),
    ).toBe('Ahead');
    expect(
      shownLive(query, undefined, namesView(other), other.subscribe).snapshot(),
    ).toBeUndefined();
    db.close();
  });

  it('tells its subscriber of a change only when what is shown changes', async () => {
    const { db, query } = await setUp();
    const other = otherStore();
    const store = shownLive(query, undefined, namesView(other), other.subscribe);
    let changes = 0;
    const stop = store.subscribe(() => {
      changes += 1;
    });
    await settle();
    expect(store.snapshot()).toBe('First');
    expect(changes).toBe(1);
    // A write that leaves what is shown as it was: the query answers again, nobody is told.
    await db.workbooks.put({ id: 'w1', name: 'First' } as never);
    await settle();
    expect(changes).toBe(1);
    // A write that changes it.
    await db.workbooks.put({ id: 'w1', name: 'Renamed' } as never);
    await settle();
    expect(store.snapshot()).toBe('Renamed');
    expect(changes).toBe(2);
    // The other store: a change it shows, then one it does not.
    other.set('*');
    expect(store.snapshot()).toBe('Renamed*');
    expect(changes).toBe(3);
    other.set('*');
    expect(changes).toBe(3);
    stop();
    // Unsubscribed: neither store reaches it any more.
    other.set('!');
    await db.workbooks.put({ id: 'w1', name: 'Later' } as never);
    await settle();
    expect(changes).toBe(3);
    db.close();
  });

  it('keeps the query’s error for the hook to throw, and tells the subscriber', async () => {
    const other = otherStore();
    const store = shownLive(
      () => Promise.reject(new Error('The store is gone.')),
      undefined,
      namesView(other),
      other.subscribe,
    );
    let changes = 0;
    const stop = store.subscribe(() => {
      changes += 1;
    });
    await settle();
    expect(store.failure()).toEqual(new Error('The store is gone.'));
    expect(changes).toBe(1);
    stop();
  });
});
