/**
 * Records read ahead of React's first commit, so the opening screen's first
 * render finds them instead of waiting for its live queries' first round trip
 * (a live query starts reading only once its component has committed). A
 * value read here is handed out only while no write transaction has started
 * since its read began: IndexedDB orders a read after the writes started
 * before it, so until then the value is what the store holds. The live query
 * that starts with it takes over at once (`live.ts`). Reads only; must not
 * write.
 */

import type { WritesInFlight } from './writesInFlight';

export type FirstReads = {
  /**
   * Reads `read` now and keeps its answer under `key`; resolves to the answer.
   * Rejects when the read does (nothing is kept then).
   */
  prime: <T>(key: string, read: () => Promise<T>) => Promise<T>;
  /**
   * The answer kept under `key` while it is still what the store holds (no
   * write started since its read began); otherwise `undefined`, and every
   * kept answer is dropped.
   */
  take: <T>(key: string) => T | undefined;
};

/** Kept answers for one database, checked against `writes` (the same database's counter). */
export const createFirstReads = (writes: Pick<WritesInFlight, 'started'>): FirstReads => {
  const kept = new Map<string, { value: unknown; writesBefore: number }>();
  return {
    prime: async (key, read) => {
      const writesBefore = writes.started();
      const value = await read();
      kept.set(key, { value, writesBefore });
      return value;
    },
    take: <T>(key: string) => {
      const entry = kept.get(key);
      if (!entry) return undefined;
      if (entry.writesBefore !== writes.started()) {
        kept.clear();
        return undefined;
      }
      return entry.value as T;
    },
  };
};
