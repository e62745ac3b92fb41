/**
 * The assessment as the worksheet shows it: the saved row, overlaid with the
 * answers still being written so a control never flicks back to its old value
 * between a keypress and the live query catching up. Writes go through
 * `mutations.ts`; a failed write drops the overlay (the saved value shows
 * again) and reports the error.
 */

import { blankAssessment, updateAssessment } from '@renderer/features/fit/mutations';
import { useAssessment } from '@renderer/lib/useAssessment';
import type { Assessment } from '@shared/schemas/records';
import { useCallback, useEffect, useRef, useState } from 'react';

export type FitAnswers = {
  /** `undefined` while loading; a blank, unsaved record when the workbook has none yet. */
  assessment: Assessment | undefined;
  /** Applies `change` on screen at once and saves it. */
  answer: (change: (a: Assessment) => Assessment) => void;
};

export const useFitAnswers = (workbookId: string, onError: (err: unknown) => void): FitAnswers => {
  const saved = useAssessment(workbookId);
  const [overlay, setOverlay] = useState<Assessment | null>(null);
  const pending = useRef(0);
  const [lastWritten, setLastWritten] = useState<string | null>(null);

  const base =
    saved === undefined
      ? undefined
      : (saved ?? blankAssessment(workbookId, 'unsaved', new Date(0)));
  const shown = overlay ?? base;

  // Drop the overlay once every write has landed and the live row shows the last one.
  useEffect(() => {
    if (overlay && pending.current === 0 && saved && saved.updatedAt === lastWritten) {
      setOverlay(null);
    }
  }, [saved, overlay, lastWritten]);

  const answer = useCallback(
    (change: (a: Assessment) => Assessment) => {
      setOverlay((prev) => {
        const from = prev ?? base;
        return from ? change(from) : prev;
      });
      pending.current += 1;
      updateAssessment(workbookId, change).then(
        (written) => {
          pending.current -= 1;
          setLastWritten(written.updatedAt);
        },
        (err: unknown) => {
          pending.current -= 1;
          setOverlay(null);
          onError(err);
        },
      );
    },
    [workbookId, base, onError],
  );

  return { assessment: shown, answer };
};
