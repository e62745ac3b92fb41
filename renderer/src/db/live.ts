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

import { deepEqual } from '@renderer/lib/structuralSharing';
import { liveQuery } from 'dexie';
import { type InteropableObservable, useObservable } from 'dexie-react-hooks';

/** Stands in for "not loaded yet" inside Dexie's hook, so a query may answer `null`. */
const LOADING = Symbol('loading');

/**
 * `query` as a live query that already holds `first` (a value read ahead,
 * `firstReads.ts`), so the hook's first render shows it. Each subscription's
 * first answer is `first` itself when it holds the same records, so the
 * component does not render the same records again when the live query
 * catches up; any later or different answer passes as it is.
 */
export const liveFrom = <T>(
  query: () => Promise<T> | T,
  first: T | undefined,
): InteropableObservable<T> => {
  const live = liveQuery(query);
  if (first === undefined) return live;
  return {
    hasValue: () => true,
    getValue: () => first,
    subscribe: (onNext, onError) => {
      let answered = false;
      return live.subscribe({
        next: (value) => {
          const same = !answered && deepEqual(value, first);
          answered = true;
          onNext(same ? first : value);
        },
        error: (err: unknown) => onError?.(err),
      });
    },
  };
};

/**
 * A live query's latest answer, or `undefined` while the first is loading.
 * Re-runs when `deps` change and whenever a table it read is written. `first`,
 * when given, is the answer read ahead for these `deps` (`firstReads.ts`):
 * the first render shows it instead of loading.
 */
export const useLive = <T extends NonNullable<unknown> | null>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
  first?: T,
): T | undefined => {
  const value = useObservable<T, typeof LOADING>(() => liveFrom(query, first), [...deps], LOADING);
  return value === LOADING ? undefined : value;
};
