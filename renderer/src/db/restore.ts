/**
 * Undo for the write kit: puts back the rows an {@link UndoSnapshot} recorded.
 * Kept apart from `writeKit.ts` because only actions offering Undo need it,
 * and those are not on the first screen.
 */

import type { AppDB } from './AppDB';
import {
  deepEqual,
  isEmptyUndo,
  isPlainObject as isPlain,
  now,
  type UndoSnapshot,
  validateRow,
} from './writeKit';

type Plain = Record<string, unknown>;
type WithId = { id: string };

const isIdList = (v: unknown): v is WithId[] =>
  Array.isArray(v) && v.every((x) => isPlain(x) && typeof x.id === 'string');

/**
 * Puts back the rows `undo` recorded, in one transaction, each validated as
 * `write` in `writeKit.ts` does (rows with `updatedAt` are stamped with the time of the undo).
 * A row nothing has touched since comes back exactly as it was. A row edited
 * since keeps those later edits: only what the undone write changed goes
 * back (field by field; lists of records with ids by id, a removed one
 * returning to its old place). A row the write created is deleted.
 */
export const restore = async (
  db: AppDB,
  undo: UndoSnapshot,
  options: { now?: Date | undefined } = {},
): Promise<void> => {
  if (isEmptyUndo(undo)) return;
  const at = options.now ?? now();
  const tables = [...new Set(undo.changes.map((c) => c.table))];
  await db.transaction(
    'rw',
    tables.map((t) => db.table(t)),
    async () => {
      for (const c of undo.changes) {
        const table = db.table(c.table);
        const current: unknown = await table.get(c.id);
        const back = c.before === undefined ? undefined : revert(current, c.before, c.after);
        if (back === undefined) {
          if (current !== undefined) await table.delete(c.id);
        } else {
          await table.put(validateRow(c.table, back, at));
        }
      }
    },
  );
};

/**
 * `current` with the change from `before` to `after` taken back. Exact
 * (`before`) when nothing changed since; otherwise field by field, so a
 * later edit to something the write did not touch survives.
 */
const revert = (current: unknown, before: unknown, after: unknown): unknown => {
  if (current === undefined || deepEqual(current, after)) return before;
  if (isPlain(current) && isPlain(before) && isPlain(after)) {
    const out: Plain = { ...current };
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (deepEqual(before[k], after[k])) continue;
      const v = before[k] === undefined ? undefined : revert(current[k], before[k], after[k]);
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  }
  if (isIdList(current) && isIdList(before) && isIdList(after)) {
    const was = new Map(before.map((x) => [x.id, x]));
    const left = new Map(after.map((x) => [x.id, x]));
    const out: unknown[] = current
      .filter((x) => was.has(x.id) || !left.has(x.id))
      .map((x) => {
        const b = was.get(x.id);
        const a = left.get(x.id);
        return b && a && !deepEqual(a, b) ? revert(x, b, a) : x;
      });
    before.forEach((b, i) => {
      if (!left.has(b.id) && !out.some((x) => (x as WithId).id === b.id))
        out.splice(Math.min(i, out.length), 0, b);
    });
    return out;
  }
  return before;
};
