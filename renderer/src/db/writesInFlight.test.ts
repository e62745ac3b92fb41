import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from './testing';
import { countWritesInFlight, createWritesInFlight } from './writesInFlight';

const setUp = async () => {
  const db = freshDb();
  const writes = createWritesInFlight();
  countWritesInFlight(db, writes);
  await db.open();
  return { db, writes };
};

const workbook = (name: string) => ({ id: 'w1', name }) as never;

describe('writesInFlight', () => {
  it('counts a write from the call that starts it, before anything is awaited', async () => {
    const { db, writes } = await setUp();
    expect(writes.count()).toBe(0);
    const put = db.workbooks.put(workbook('One'));
    // Same task as the call: the transaction exists and is counted.
    expect(writes.count()).toBe(1);
    await put;
    await writes.settled();
    expect(writes.count()).toBe(0);
    db.close();
  });

  it('counts an explicit transaction by the time its scope runs, in the microtasks of the task that started it', async () => {
    const { db, writes } = await setUp();
    let counted = -1;
    const tx = db.transaction('rw', db.workbooks, async () => {
      counted = writes.count();
      await db.workbooks.put(workbook('Inside'));
    });
    // Dexie enters the scope in a microtask, so no other task (a beforeunload) runs between.
    await tx;
    expect(counted).toBe(1);
    await writes.settled();
    expect(writes.count()).toBe(0);
    db.close();
  });

  it('settled() waits for the writes started before it', async () => {
    const { db, writes } = await setUp();
    void db.workbooks.put(workbook('First'));
    void db.workbooks.put(workbook('Second'));
    expect(writes.count()).toBe(2);
    await writes.settled();
    expect(writes.count()).toBe(0);
    // Both had committed: the later one is what is stored.
    expect((await db.workbooks.get('w1'))?.name).toBe('Second');
    db.close();
  });

  it('does not count reads', async () => {
    const { db, writes } = await setUp();
    const read = db.workbooks.get('w1');
    expect(writes.count()).toBe(0);
    expect(writes.started()).toBe(0);
    await read;
    db.close();
  });

  it('started() counts every write from its call, finished or failed, and never goes down', async () => {
    const { db, writes } = await setUp();
    expect(writes.started()).toBe(0);
    const put = db.workbooks.put(workbook('One'));
    expect(writes.started()).toBe(1);
    await put;
    await writes.settled();
    // Finished: no longer in flight, still started.
    expect(writes.count()).toBe(0);
    expect(writes.started()).toBe(1);
    // A second add of the same key fails and aborts: it was started all the same.
    await expect(db.workbooks.add(workbook('Again'))).rejects.toThrow();
    expect(writes.started()).toBe(2);
    db.close();
  });

  it('a write that fails is no longer counted once its transaction aborts', async () => {
    const { db, writes } = await setUp();
    await db.workbooks.add(workbook('Taken'));
    // A second add of the same key fails and aborts its transaction.
    const failing = db.workbooks.add(workbook('Again'));
    expect(writes.count()).toBe(1);
    await expect(failing).rejects.toThrow();
    await writes.settled();
    expect(writes.count()).toBe(0);
    db.close();
  });
});
