/**
 * Writes to the role-fit assessment. Each answer is applied inside one
 * read-modify-write transaction of the write kit (`db/writeKit.ts`), so
 * quick arrow-key changes never overwrite each other, and the whole record
 * is validated with `AssessmentSchema` before it is stored: a value the
 * schema rejects is never written.
 * Must not compute scores (that is `shared/domain/fit.ts`).
 */

import type { AppDB } from '@renderer/db/AppDB';
import { db as appDb } from '@renderer/db/db';
import { writeValue } from '@renderer/db/writeKit';
import { findAssessment } from '@renderer/lib/assessmentQuery';
import { newId } from '@renderer/lib/ids';
import {
  type PendingPatches,
  type PendingWriteStore,
  pendingWrites,
} from '@renderer/lib/pendingWrites';
import type { Assessment } from '@shared/schemas/records';

/** A rating answer: 1–5, `null` for "not sure", `undefined` to clear the answer. */
export type RatingAnswer = number | null | undefined;

/** A blank assessment for `workbookId`, as a new workbook has. */
export const blankAssessment = (workbookId: string, id: string, now: Date): Assessment => ({
  id,
  workbookId,
  ratings: {},
  stories: {},
  backgroundIds: [],
  weeklyFilter: null,
  updatedAt: now.toISOString(),
});

/** `a` with `artifactId` rated `rating` (see {@link RatingAnswer}). Pure. */
export const withRating = (a: Assessment, artifactId: string, rating: RatingAnswer): Assessment => {
  const ratings = { ...a.ratings };
  if (rating === undefined) delete ratings[artifactId];
  else ratings[artifactId] = rating;
  return { ...a, ratings };
};

/** `a` with the story mark for `artifactId` set. Pure. */
export const withStory = (a: Assessment, artifactId: string, hasStory: boolean): Assessment => ({
  ...a,
  stories: { ...a.stories, [artifactId]: hasStory },
});

/** `a` with background `id` added or removed; order follows `order` (the template's). Pure. */
export const withBackground = (
  a: Assessment,
  id: string,
  on: boolean,
  order: readonly string[],
): Assessment => {
  const set = new Set(a.backgroundIds);
  if (on) set.add(id);
  else set.delete(id);
  const rank = (x: string) => {
    const i = order.indexOf(x);
    return i < 0 ? order.length : i;
  };
  return { ...a, backgroundIds: [...set].sort((p, q) => rank(p) - rank(q)) };
};

/** `a` with the weekly-work filter set to a role id, `unsure` (FILTER_UNSURE), or null. Pure. */
export const withWeeklyFilter = (a: Assessment, filter: string | null): Assessment => ({
  ...a,
  weeklyFilter: filter,
});

/**
 * Applies `change` to the workbook's assessment (creating a blank one first if
 * the workbook has none), stamps `updatedAt` with `now` (default: the write
 * kit's clock), validates the result and stores it. Throws a `WriteError`,
 * writing nothing, when the result is invalid.
 */
export const updateAssessment = async (
  workbookId: string,
  change: (a: Assessment) => Assessment,
  options: { db?: AppDB; now?: Date } = {},
): Promise<Assessment> => {
  const db = options.db ?? appDb;
  return writeValue(
    db,
    ['assessments'],
    async (tx) => {
      const current =
        (await findAssessment(db, workbookId)) ?? blankAssessment(workbookId, newId(), tx.now);
      return tx.put('assessments', change(current));
    },
    { now: options.now },
  );
};

/** The answer fields `next` changed from `from` (by identity), as a pending patch. */
const answerPatch = (from: Assessment, next: Assessment): PendingPatches['assessment'] => {
  const patch: Record<string, unknown> = {};
  for (const key of ['ratings', 'stories', 'backgroundIds', 'weeklyFilter'] as const) {
    if (!Object.is(from[key], next[key])) patch[key] = next[key];
  }
  return patch as PendingPatches['assessment'];
};

/**
 * The worksheet's write: shows `change` applied to `shown` (the assessment as
 * the screen has it) at once through the pending-writes store, keyed by
 * workbook id, then stores it with {@link updateAssessment}, which applies
 * `change` again to the stored row. A failed write takes the shown answer back
 * and rethrows, so the page can say why.
 */
export const answerAssessment = async (
  workbookId: string,
  shown: Assessment | undefined,
  change: (a: Assessment) => Assessment,
  options: { db?: AppDB; now?: Date; pending?: PendingWriteStore } = {},
): Promise<Assessment> => {
  const pending = options.pending ?? pendingWrites;
  const patch = shown ? answerPatch(shown, change(shown)) : {};
  pending.show('assessment', workbookId, patch);
  let written = false;
  try {
    const saved = await updateAssessment(workbookId, change, options);
    written = true;
    return saved;
  } finally {
    pending.settle('assessment', workbookId, patch, written);
  }
};
