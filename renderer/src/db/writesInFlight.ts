/**
 * Knows which IndexedDB write transactions the page has started and not yet
 * seen finish, so the page can refuse to unload while an edit is still on its
 * way to disk (see `app/unloadGuard.ts`). It sits in Dexie's DBCore stack, so
 * every write is counted — every feature's mutations, the autosaver's
 * replacements — without any of them knowing about it.
 *
 * Dexie creates a write's IDB transaction synchronously when the write is
 * called on an open database (`tempTransaction` → `Transaction.create`), so a
 * write started in a keystroke's event handler is counted before that handler
 * returns: there is no moment where an edit is neither counted nor stored.
 */

import type { DBCore, DBCoreTransaction, Dexie } from 'dexie';

export type WritesInFlight = {
  /** Write transactions started and not yet complete or aborted. */
  count: () => number;
  /**
   * Resolves once every write started before the call has finished (each
   * one complete or aborted; never rejects). Writes started later
   * are not waited for, so a busy page cannot hold it off for ever.
   */
  settled: () => Promise<void>;
  /** Write transactions that have completed (committed) so far; only grows. */
  completed: () => number;
  /** Write transactions started so far (finished or not); only grows. */
  started: () => number;
  /** Starts counting `transaction` until it completes or aborts (a failed one aborts). */
  track: (transaction: EventTarget) => void;
};

/** A counter of write transactions; one per database. */
export const createWritesInFlight = (): WritesInFlight => {
  const open = new Map<EventTarget, Promise<void>>();
  let completed = 0;
  let started = 0;
  return {
    count: () => open.size,
    completed: () => completed,
    started: () => started,
    settled: async () => {
      await Promise.all([...open.values()]);
    },
    track: (transaction) => {
      started += 1;
      const done = new Promise<void>((resolve) => {
        const finish = () => {
          open.delete(transaction);
          resolve();
        };
        // Every IDB transaction ends in exactly one of these (a request's `error` event bubbles
        // here too, but the transaction may go on). Listeners, not `oncomplete`/`onabort`: Dexie
        // sets those properties on the same transaction.
        transaction.addEventListener(
          'complete',
          () => {
            completed += 1;
            finish();
          },
          { once: true },
        );
        transaction.addEventListener('abort', finish, { once: true });
      });
      open.set(transaction, done);
    },
  };
};

const isEventTarget = (value: unknown): value is EventTarget =>
  typeof (value as { addEventListener?: unknown }).addEventListener === 'function';

/**
 * Adds `writes` to `db`'s DBCore stack: every `readwrite` transaction the
 * database opens is counted from the moment it is created.
 */
export const countWritesInFlight = (db: Dexie, writes: WritesInFlight): void => {
  db.use({
    stack: 'dbcore',
    name: 'writesInFlight',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (stores, mode, options): DBCoreTransaction => {
        const transaction = down.transaction(stores, mode, options);
        // The base DBCore hands back the IDBTransaction itself, an event target (a duck-typed
        // check: fake-indexeddb's transactions in unit tests are not the global EventTarget).
        if (mode === 'readwrite' && isEventTarget(transaction)) writes.track(transaction);
        return transaction;
      },
    }),
  });
};
