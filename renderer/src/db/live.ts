/**
 * The one convention for live reads. A hook built on {@link useLive} returns
 * `undefined` while its first result is loading, and only then: a query that
 * can find nothing returns `null` (one record) or `[]` (rows), never
 * `undefined`. Pages show their loading line while a read is `undefined` and
 * raise app-ready only once every read they show is not.
 *
 * Rows come in screen order from the query itself (`queries.ts`: Dexie
 * `sortBy`), never sorted again after it.
 */

import { useLiveQuery } from 'dexie-react-hooks';

/** Stands in for "not loaded yet" inside Dexie's hook, so a query may answer `null`. */
const LOADING = Symbol('loading');

/**
 * A live query's latest answer, or `undefined` while the first is loading.
 * Re-runs when `deps` change and whenever a table it read is written.
 */
export const useLive = <T extends NonNullable<unknown> | null>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
): T | undefined => {
  const value = useLiveQuery<T | typeof LOADING, typeof LOADING>(query, [...deps], LOADING);
  return value === LOADING ? undefined : value;
};
