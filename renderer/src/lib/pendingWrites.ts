/**
 * The app's one store of values the screen shows while their write is still
 * in flight, for every feature. An edit already validated is shown at once,
 * in the same frame as the keystroke, instead of after the IndexedDB round
 * trip (write, commit, live query re-run), which takes tens of milliseconds.
 *
 * Keyed by record kind + id, with one patch of fields per key. Display only:
 * this module never writes, and what it holds never reaches storage. A
 * pending value is dropped when its write fails (the screen falls back to the
 * saved value and the field shows why) and `SETTLE_MS` after its write
 * succeeds (by then the live query shows the saved value itself). The save
 * indicator reads {@link PendingWriteStore.busy} to say "Saving…" while any
 * feature's write is in flight.
 */
import type { SaveState } from '@renderer/db/persistence';
import type { Assessment, Offer } from '@shared/schemas/records';

/** The offer fields an edit may change. */
export type OfferPatch = Partial<Omit<Offer, 'id' | 'workbookId' | 'position'>>;

/** The patch each kind of record takes. `control` is a select or checkbox whose record the control does not know. */
export type PendingPatches = {
  offer: OfferPatch;
  assessment: Partial<Omit<Assessment, 'id' | 'workbookId'>>;
  control: { value: unknown };
};

export type PendingKind = keyof PendingPatches;

/** Pending patches of one kind, by record id. Replaced, never mutated, so it works as a React snapshot. */
export type PendingOf<K extends PendingKind> = ReadonlyMap<string, PendingPatches[K]>;

/** How long a written value stays pending; the live query needs one round trip to catch up. */
export const SETTLE_MS = 1_000;

export type PendingWriteStore = {
  subscribe: (listener: () => void) => () => void;
  /** The pending patches of `kind`; the same map until one of them changes. */
  patches: <K extends PendingKind>(kind: K) => PendingOf<K>;
  /** The pending patch of one record; the same object until it changes. */
  patch: <K extends PendingKind>(kind: K, id: string) => PendingPatches[K] | undefined;
  /** Writes shown and not yet settled (≥ 0). */
  inFlight: () => number;
  /** True while any write is in flight or any written value is still shown. */
  busy: () => boolean;
  /** Shows `patch` on record `id` of `kind` until {@link PendingWriteStore.settle} is called for it. */
  show: <K extends PendingKind>(kind: K, id: string, patch: PendingPatches[K]) => void;
  /**
   * Ends `patch`'s pending life: at once when its write failed, after
   * `SETTLE_MS` when it succeeded. A field that a later edit has since
   * changed is left to that edit. Call exactly once per `show`.
   */
  settle: <K extends PendingKind>(
    kind: K,
    id: string,
    patch: PendingPatches[K],
    written: boolean,
  ) => void;
};

type AnyPatch = Record<string, unknown>;
const EMPTY: ReadonlyMap<string, AnyPatch> = new Map();

/** A store of pending writes; `schedule` (run after `ms` milliseconds) is injectable for tests. */
export const createPendingWriteStore = (
  schedule: (run: () => void, ms: number) => void = (run, ms) => {
    setTimeout(run, ms);
  },
): PendingWriteStore => {
  // Only the changed kind's map is replaced, so a grid reading offers does not
  // see a new snapshot when a fit answer is pending.
  const byKind = new Map<PendingKind, ReadonlyMap<string, AnyPatch>>();
  let inFlight = 0;
  const listeners = new Set<() => void>();
  const publish = () => {
    for (const listener of listeners) listener();
  };
  const mapOf = (kind: PendingKind) => byKind.get(kind) ?? EMPTY;

  const drop = (kind: PendingKind, id: string, patch: AnyPatch): boolean => {
    const current = mapOf(kind).get(id);
    if (!current) return false;
    const kept: AnyPatch = { ...current };
    let changed = false;
    for (const [key, value] of Object.entries(patch)) {
      // Identity, not equality: only the value this edit put there is removed.
      if (key in kept && Object.is(kept[key], value)) {
        delete kept[key];
        changed = true;
      }
    }
    if (!changed) return false;
    const next = new Map(mapOf(kind));
    if (Object.keys(kept).length === 0) next.delete(id);
    else next.set(id, kept);
    byKind.set(kind, next);
    return true;
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    patches: <K extends PendingKind>(kind: K) => mapOf(kind) as PendingOf<K>,
    patch: <K extends PendingKind>(kind: K, id: string) =>
      mapOf(kind).get(id) as PendingPatches[K] | undefined,
    inFlight: () => inFlight,
    busy: () => inFlight > 0 || [...byKind.values()].some((m) => m.size > 0),
    show: (kind, id, patch) => {
      // An empty patch is counted in flight but never stored, so it cannot outlive its write.
      if (Object.keys(patch).length > 0) {
        const next = new Map(mapOf(kind));
        next.set(id, { ...next.get(id), ...(patch as AnyPatch) });
        byKind.set(kind, next);
      }
      inFlight += 1;
      publish();
    },
    settle: (kind, id, patch, written) => {
      const counted = inFlight > 0;
      if (counted) inFlight -= 1;
      if (written) {
        if (counted) publish();
        schedule(() => {
          if (drop(kind, id, patch as AnyPatch)) publish();
        }, SETTLE_MS);
      } else if (drop(kind, id, patch as AnyPatch) || counted) {
        publish();
      }
    },
  };
};

/**
 * `records` with their pending fields laid over them. Returns the same array
 * when nothing pending applies, so memoised figures are not recomputed; a
 * record without a pending patch keeps its identity.
 */
export const withPending = <T extends { id: string }>(
  records: T[],
  pending: ReadonlyMap<string, Partial<NoInfer<T>>>,
): T[] => {
  if (pending.size === 0 || !records.some((r) => pending.has(r.id))) return records;
  return records.map((r) => {
    const patch = pending.get(r.id);
    return patch ? { ...r, ...patch } : r;
  });
};

/**
 * The save state as the header shows it: while any feature's write is in
 * flight (`busy`), a calm state ("All changes are saved", "Saved 10:42")
 * reads as saving, so "Saved" never stands next to a value that is not stored
 * yet. Warnings and failures are shown as they are.
 */
export const shownSaveState = (state: SaveState, busy: boolean): SaveState => {
  if (!busy) return state;
  if (state.status === 'idle') return { status: 'saving', savedAt: null };
  if (state.status === 'saved') return { status: 'saving', savedAt: state.savedAt };
  return state;
};

/** The app's one store of pending writes. */
export const pendingWrites = createPendingWriteStore();
