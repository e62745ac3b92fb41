/** Live read of the open workbook's role-fit assessment, for every feature that shows the fit (Role fit, Offers, Summary); the `db/live.ts` convention. */

import { db, firstReads } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { findAssessment } from '@renderer/lib/assessmentQuery';
import type { Assessment } from '@shared/schemas/records';

const key = (workbookId: string) => `assessment:${workbookId}`;

/** Reads the assessment ahead of the first screen (`db/firstReads.ts`). */
export const readAssessmentAhead = (workbookId: string): Promise<unknown> =>
  firstReads.prime(key(workbookId), () => findAssessment(db, workbookId));

/** The assessment; `undefined` while loading, `null` when the workbook has none yet. */
export const useAssessment = (workbookId: string): Assessment | null | undefined =>
  useLive(
    () => findAssessment(db, workbookId),
    [workbookId],
    firstReads.take<Assessment | null>(key(workbookId)),
  );
