import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createFirstReads } from './firstReads';
import { liveFrom } from './live';
import { openWorkbook } from './queries';
import { freshDb } from './testing';
import { countWritesInFlight, createWritesInFlight } from './writesInFlight';

const setUp = async () => {
  const db = freshDb();
  const writes = createWritesInFlight();
  countWritesInFlight(db, writes);
  await db.open();
  return { db, writes, reads: createFirstReads(writes) };
};

const workbook = (name: string) => ({ id: 'w1', name }) as never;

/** The first value `observable` gives a subscriber, then unsubscribes. */
const firstAnswer = <T>(observable: ReturnType<typeof liveFrom<T>>) =>
  new Promise<T>((resolve, reject) => {
    const subscription = observable.subscribe((value) => {
      resolve(value);
      queueMicrotask(() =>
        typeof subscription === 'function' ? subscription() : subscription.unsubscribe(),
      );
    }, reject);
  });

describe('firstReads', () => {
  it('hands out what was read while nothing has been written since', async () => {
    const { db, reads } = await setUp();
    await db.workbooks.put(workbook('Stored'));
    const read = await reads.prime('workbook', () => openWorkbook(db));
    expect(read).toEqual({ id: 'w1', name: 'Stored' });
    // The very object read, every time it is asked for (two hooks, a remount).
    expect(reads.take('workbook')).toBe(read);
    expect(reads.take('workbook')).toBe(read);
    expect(reads.take('offers:w1')).toBeUndefined();
    db.close();
  });

  it('keeps an answer of null (nothing stored), which is an answer, not "not read"', async () => {
    const { db, reads } = await setUp();
    await reads.prime('workbook', () => openWorkbook(db));
    expect(reads.take('workbook')).toBeNull();
    db.close();
  });

  it('drops every answer once a write has started, before it even finishes', async () => {
    const { db, reads } = await setUp();
    await db.workbooks.put(workbook('Before'));
    await reads.prime('workbook', () => openWorkbook(db));
    await reads.prime('other', async () => 'kept too');
    const write = db.workbooks.put(workbook('After'));
    // The write has not committed: the store may still say "Before", but not for long.
    expect(reads.take('workbook')).toBeUndefined();
    expect(reads.take('other')).toBeUndefined();
    await write;
    expect(reads.take('workbook')).toBeUndefined();
    db.close();
  });

  it('keeps nothing from a write that started while the read was on its way', async () => {
    const { db, reads } = await setUp();
    await db.workbooks.put(workbook('Before'));
    const reading = reads.prime('workbook', () => openWorkbook(db));
    await db.workbooks.put(workbook('During'));
    await reading;
    expect(reads.take('workbook')).toBeUndefined();
    db.close();
  });

  it('keeps nothing when the read fails', async () => {
    const { db, reads } = await setUp();
    await expect(
      reads.prime('workbook', () => Promise.reject(new Error('unreadable'))),
    ).rejects.toThrow('unreadable');
    expect(reads.take('workbook')).toBeUndefined();
    db.close();
  });
});

describe('liveFrom', () => {
  it('holds the value read ahead before it has queried anything', () => {
    const first = { id: 'w1', name: 'Read ahead' };
    const observable = liveFrom(() => first, first);
    expect(observable.hasValue?.()).toBe(true);
    expect(observable.getValue?.()).toBe(first);
  });

  it("answers with the value read ahead itself when the live query finds the same records, so a component's memos see no change", async () => {
    const { db } = await setUp();
    await db.workbooks.put(workbook('Same'));
    const first = await openWorkbook(db);
    const answer = await firstAnswer(liveFrom(() => openWorkbook(db), first));
    expect(answer).toBe(first);
    db.close();
  });

  it('answers with what the store holds when it differs from the value read ahead', async () => {
    const { db } = await setUp();
    await db.workbooks.put(workbook('Newer'));
    const stale = { id: 'w1', name: 'Older' } as never;
    const answer = await firstAnswer(liveFrom(() => openWorkbook(db), stale));
    expect(answer).toEqual({ id: 'w1', name: 'Newer' });
    db.close();
  });

  it('is a plain live query when nothing was read ahead', () => {
    const observable = liveFrom(() => 1, undefined);
    expect(observable.hasValue?.()).toBe(false);
  });
});
