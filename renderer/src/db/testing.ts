/**
 * Test helpers for the renderer's storage: the one way a unit test gets a
 * database (a fresh AppDB over fake-indexeddb, or the app's `db` module
 * replaced by one) and a fake bridge whose calls are recorded. Test-only.
 */
import 'fake-indexeddb/auto';
import { createBridge } from '@shared/ipc/bridge';
import type { Channel } from '@shared/ipc/channels';
import { AppDB } from './AppDB';

let counter = 0;

/**
 * A database name no other test has used, in the process's fake IndexedDB
 * (the app reads the global `indexedDB`, so there is one factory; a new name
 * is a new, empty database).
 */
export const freshDbName = (): string => `test-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A new, empty database of the app's schema, shared with no other test. */
export const freshDb = (): AppDB => new AppDB(freshDbName());

/**
 * The module `@renderer/db/db` with its `db` replaced by a fresh database, for
 * code that imports the app's one database:
 * `vi.mock('@renderer/db/db', async () => (await import('@renderer/db/testing')).liveDbModule())`.
 */
export const liveDbModule = (): { db: AppDB } => ({ db: freshDb() });

/** Empties every table of `db` (for a test file sharing one {@link liveDbModule} database). */
export const emptyTables = (db: AppDB): Promise<void> =>
  db
    .transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
    .then(() => undefined);

export type FakeMain = {
  calls: { channel: Channel; payload: unknown }[];
  respond: (channel: Channel, reply: (payload: unknown) => unknown) => void;
};

/** Installs `window.crossroads` with replies scripted per channel. */
export const installFakeBridge = (): FakeMain => {
  const replies = new Map<Channel, (payload: unknown) => unknown>();
  const calls: FakeMain['calls'] = [];
  const bridge = createBridge(
    async (channel, payload) => {
      calls.push({ channel, payload });
      const reply = replies.get(channel);
      if (!reply)
        return { ok: false, error: { code: 'not-scripted', message: `No reply for ${channel}` } };
      try {
        return { ok: true, data: await reply(payload) };
      } catch (err) {
        return { ok: false, error: { code: 'failed', message: (err as Error).message } };
      }
    },
    () => () => undefined,
    () => undefined,
  );
  // Dexie's change propagation listens on the global scope, so `window` must be
  // the real global (an EventTarget in Node), not a stand-in object.
  const scope = globalThis as { window?: unknown; crossroads?: unknown };
  scope.window = globalThis;
  scope.crossroads = bridge;
  return { calls, respond: (channel, reply) => replies.set(channel, reply) };
};
