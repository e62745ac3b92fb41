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
import { useMemo, useSyncExternalStore } from 'react';

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

/** A live query's answer as a page shows it, for `useSyncExternalStore` ({@link useLiveShown}). */
export type ShownStore<V> = {
  subscribe: (changed: () => void) => () => void;
  /** What is shown; `undefined` while the first answer is loading. */
  snapshot: () => V | undefined;
  /** The live query's error, once it has failed; `null` until then. */
  failure: () => unknown;
};

/**
 * `query`'s answer passed through `show(answer, shown)`, where `shown` is
 * what it returned last: recomputed when the query answers and when `also`
 * reports a change of the other store it reads. Subscribers hear of a change
 * only when `show` returns something new, so a `show` that keeps its last
 * result when nothing it shows has changed costs the page no render at all.
 * `first` is an answer read ahead (`firstReads.ts`), shown before any
 * subscription.
 */
export const shownLive = <T, V>(
  query: () => Promise<T> | T,
  first: T | undefined,
  show: (answer: T, shown: V | undefined) => V,
  also: (changed: () => void) => () => void,
): ShownStore<V> => {
  const live = liveFrom(query, first);
  let answer: { value: T } | null = first === undefined ? null : { value: first };
  let shown: V | undefined = answer ? show(answer.value, undefined) : undefined;
  let failure: unknown = null;
  return {
    snapshot: () => shown,
    failure: () => failure,
    subscribe: (changed) => {
      const update = () => {
        if (!answer) return;
        const next = show(answer.value, shown);
        if (next === shown) return;
        shown = next;
        changed();
      };
      const subscription = live.subscribe(
        (value) => {
          answer = { value };
          update();
        },
        (err: unknown) => {
          failure = err;
          changed();
        },
      );
      const stopAlso = also(update);
      return () => {
        if (typeof subscription === 'function') subscription();
        else subscription.unsubscribe();
        stopAlso();
      };
    },
  };
};

/**
 * {@link useLive} for a page that shows a view of the answer ({@link shownLive}):
 * the component re-renders only when the view changes, not at every answer
 * of the live query. Throws the query's error, as `useLive` does.
 */
export const useLiveShown = <T, V>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
  first: T | undefined,
  show: (answer: T, shown: V | undefined) => V,
  also: (changed: () => void) => () => void,
): V | undefined => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: one store per `deps`, as `useLive` re-runs its query.
  const store = useMemo(() => shownLive(query, first, show, also), deps);
  const shown = useSyncExternalStore(store.subscribe, store.snapshot);
  const failure = store.failure();
  if (failure !== null) throw failure;
  return shown;
};
