/**
 * The assessment as the worksheet shows it: the saved row, overlaid with the
 * answers still being written (the app's pending writes, kind `assessment`,
 * keyed by workbook id — `lib/pendingWrites.ts`) so a control never flicks
 * back to its old value between a keypress and the live query catching up.
 * Writes go through `mutations.ts`; a failed write drops its answer from the
 * overlay (the saved value shows again) and reports the error.
 */

import { answerAssessment, blankAssessment } from '@renderer/features/fit/mutations';
import { pendingWrites } from '@renderer/lib/pendingWrites';
import { useAssessment } from '@renderer/lib/useAssessment';
import type { Assessment } from '@shared/schemas/records';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export type FitAnswers = {
  /** `undefined` while loading; a blank, unsaved record when the workbook has none yet. */
  assessment: Assessment | undefined;
  /** Applies `change` on screen at once and saves it. */
  answer: (change: (a: Assessment) => Assessment) => void;
};

const overlay = (
  base: Assessment | undefined,
  patch: Partial<Assessment> | undefined,
): Assessment | undefined => (base && patch ? { ...base, ...patch } : base);

export const useFitAnswers = (workbookId: string, onError: (err: unknown) => void): FitAnswers => {
  const saved = useAssessment(workbookId);
  const readPatch = useCallback(() => pendingWrites.patch('assessment', workbookId), [workbookId]);
  const patch = useSyncExternalStore(pendingWrites.subscribe, readPatch);

  const base = useMemo(
    () =>
      saved === undefined
        ? undefined
        : (saved ?? blankAssessment(workbookId, 'unsaved', new Date(0))),
    [saved, workbookId],
  );
  const shown = useMemo(() => overlay(base, patch), [base, patch]);

  const answer = useCallback(
    (change: (a: Assessment) => Assessment) => {
      // Read the store now, not the render's copy: two keypresses in one frame
      // must build on each other.
      const current = overlay(base, pendingWrites.patch('assessment', workbookId));
      answerAssessment(workbookId, current, change).catch(onError);
    },
    [workbookId, base, onError],
  );

  return { assessment: shown, answer };
};
