/**
 * Text the user typed that was refused and so is not saved, kept across
 * section switches so it is never dropped without a word. The save indicator
 * counts it and links to the first one; a field that comes back on screen
 * picks its draft up again.
 *
 * Display only: nothing here is ever written to storage. Owns the store and
 * the "focus this field when it mounts" request; it does not parse.
 */

/** One refused draft. `key` is stable across remounts, e.g. `offer:<id>:baseSalary`. */
export type UnsavedDraft = {
  key: string;
  /** The field's accessible name, e.g. "Base salary, Amazon PM". */
  label: string;
  /** The section the field lives in, as a hash route id ("offers"). */
  section: string;
  /** The text as typed. */
  text: string;
};

export type UnsavedDraftStore = {
  subscribe: (listener: () => void) => () => void;
  /** All refused drafts in the order they were first refused. Replaced, never mutated. */
  snapshot: () => readonly UnsavedDraft[];
  get: (key: string) => UnsavedDraft | undefined;
  /** Records (or updates) a refused draft. */
  hold: (draft: UnsavedDraft) => void;
  /** Forgets a draft: it was fixed, cancelled, or its record is gone. */
  release: (key: string) => void;
  /** Forgets every draft whose key starts with `prefix` (all with ""). */
  releaseAll: (prefix: string) => void;
  /** Asks the field with `key` to take focus when it is (or next is) on screen. */
  requestFocus: (key: string) => void;
  /** True once for the field asked for by {@link UnsavedDraftStore.requestFocus}. */
  takeFocusRequest: (key: string) => boolean;
};

/** A new, empty store (one per app; tests make their own). */
export const createUnsavedDraftStore = (): UnsavedDraftStore => {
  let drafts: readonly UnsavedDraft[] = [];
  let focusKey: string | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: readonly UnsavedDraft[]) => {
    drafts = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => drafts,
    get: (key) => drafts.find((d) => d.key === key),
    hold: (draft) => {
      const at = drafts.findIndex((d) => d.key === draft.key);
      const current = drafts[at];
      if (current && current.text === draft.text && current.label === draft.label) return;
      publish(at < 0 ? [...drafts, draft] : drafts.map((d, i) => (i === at ? draft : d)));
    },
    release: (key) => {
      if (drafts.some((d) => d.key === key)) publish(drafts.filter((d) => d.key !== key));
    },
    releaseAll: (prefix) => {
      if (drafts.some((d) => d.key.startsWith(prefix))) {
        publish(drafts.filter((d) => !d.key.startsWith(prefix)));
      }
    },
    requestFocus: (key) => {
      focusKey = key;
    },
    takeFocusRequest: (key) => {
      if (focusKey !== key) return false;
      focusKey = null;
      return true;
    },
  };
};

/** The app's one store of refused drafts. */
export const unsavedDrafts = createUnsavedDraftStore();
