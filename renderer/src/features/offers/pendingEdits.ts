/**
 * Offer edits the screen shows while the store is still writing them. An
 * edit already validated against the whole record is shown at once, in the
 * same frame as the keystroke, instead of after the IndexedDB round trip
 * (write, commit, live query re-run), which takes tens of milliseconds.
 *
 * Display only: this module never writes, and what it holds never reaches
 * storage. A pending value is dropped when its write fails (the screen falls
 * back to the saved value and the field shows why) and shortly after its
 * write succeeds (by then the live query shows the saved value itself).
 */
import type { Offer } from '@shared/schemas/records';

export type OfferPatch = Partial<Omit<Offer, 'id' | 'workbookId' | 'position'>>;

/** Pending fields per offer id. Replaced, never mutated, so it works as a React snapshot. */
export type PendingEdits = ReadonlyMap<string, OfferPatch>;

/** How long a written value stays pending; the live query needs one round trip to catch up. */
export const SETTLE_MS = 1_000;

export type PendingEditStore = {
  subscribe: (listener: () => void) => () => void;
  snapshot: () => PendingEdits;
  /** Shows `patch` on `offerId` until {@link PendingEditStore.settle} is called for it. */
  show: (offerId: string, patch: OfferPatch) => void;
  /**
   * Ends `patch`'s pending life: at once when its write failed, after
   * `SETTLE_MS` when it succeeded. A field that a later edit has since
   * changed is left to that edit.
   */
  settle: (offerId: string, patch: OfferPatch, written: boolean) => void;
};

/** A store of pending edits; `schedule` is injectable for tests. */
export const createPendingEditStore = (
  schedule: (run: () => void, ms: number) => void = (run, ms) => {
    setTimeout(run, ms);
  },
): PendingEditStore => {
  let edits: PendingEdits = new Map();
  const listeners = new Set<() => void>();
  const publish = (next: Map<string, OfferPatch>) => {
    edits = next;
    for (const listener of listeners) listener();
  };

  const drop = (offerId: string, patch: OfferPatch) => {
    const current = edits.get(offerId);
    if (!current) return;
    const kept: Record<string, unknown> = { ...current };
    let changed = false;
    for (const [key, value] of Object.entries(patch)) {
      // Identity, not equality: only the value this edit put there is removed.
      if (key in kept && Object.is(kept[key], value)) {
        delete kept[key];
        changed = true;
      }
    }
    if (!changed) return;
    const next = new Map(edits);
    if (Object.keys(kept).length === 0) next.delete(offerId);
    else next.set(offerId, kept as OfferPatch);
    publish(next);
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => edits,
    show: (offerId, patch) => {
      const next = new Map(edits);
      next.set(offerId, { ...edits.get(offerId), ...patch });
      publish(next);
    },
    settle: (offerId, patch, written) => {
      if (written) schedule(() => drop(offerId, patch), SETTLE_MS);
      else drop(offerId, patch);
    },
  };
};

/**
 * `offers` with their pending fields laid over them. Returns the same array
 * when nothing pending applies, so memoised figures are not recomputed.
 */
export const withPendingEdits = (offers: Offer[], edits: PendingEdits): Offer[] => {
  if (edits.size === 0 || !offers.some((o) => edits.has(o.id))) return offers;
  return offers.map((o) => {
    const patch = edits.get(o.id);
    return patch ? { ...o, ...patch } : o;
  });
};

/** The app's one store of pending offer edits. */
export const pendingOfferEdits = createPendingEditStore();
