/**
 * Test helpers for the renderer's storage: a fresh AppDB over fake-indexeddb
 * and a fake bridge whose `workbook.*` calls are recorded. Test-only.
 */
import 'fake-indexeddb/auto';
import { createBridge } from '@shared/ipc/bridge';
import type { Channel } from '@shared/ipc/channels';
import { AppDB } from './AppDB';

let counter = 0;

/** A new, empty database with its own fake IndexedDB. */
export const freshDb = (): AppDB =>
  new AppDB(`test-${++counter}-${Math.random().toString(36).slice(2)}`);

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
