/**
 * Structural sharing for live-query results: a fresh read of the same records
 * keeps the previous objects (and their nested values) wherever the content
 * is unchanged, so memoised components and figures see the same identities
 * and skip their work. Pure; JSON-like values only (plain objects, arrays,
 * strings, numbers, booleans, null, undefined).
 */

/** Deep equality of JSON-like values; `NaN` equals `NaN` (`Object.is` on leaves). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  const oa = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(ob, k) && deepEqual(oa[k], ob[k]));
};

/**
 * `next` with every top-level field that equals `prev`'s replaced by `prev`'s
 * value (so nested objects keep their identity), or `prev` itself when
 * nothing changed.
 */
export const shareRecord = <T extends object>(prev: T, next: T): T => {
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (Object.hasOwn(p, key) && deepEqual(p[key], n[key])) out[key] = p[key];
    else {
      out[key] = n[key];
      same = false;
    }
  }
  return same ? prev : (out as T);
};

/**
 * `next` with each record whose id was in `prev` shared with it
 * ({@link shareRecord}); `prev` itself when every record and the order are
 * unchanged. O(n) in records plus the size of the records compared.
 */
export const shareById = <T extends { id: string }>(
  prev: readonly T[] | undefined,
  next: T[],
): T[] => {
  if (!prev) return next;
  const byId = new Map(prev.map((r) => [r.id, r]));
  const shared = next.map((r) => {
    const before = byId.get(r.id);
    return before ? shareRecord(before, r) : r;
  });
  const unchanged = shared.length === prev.length && shared.every((r, i) => r === prev[i]);
  return unchanged ? (prev as T[]) : shared;
};
