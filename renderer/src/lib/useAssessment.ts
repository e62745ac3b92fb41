/** Live read of the open workbook's role-fit assessment, for every feature that shows the fit (Role fit, Offers, Summary). */

import { db } from '@renderer/db/db';
import { findAssessment } from '@renderer/lib/assessmentQuery';
import type { Assessment } from '@shared/schemas/records';
import { useLiveQuery } from 'dexie-react-hooks';

const LOADING = Symbol('loading');

/** The assessment; `undefined` while loading, `null` when the workbook has none yet. */
export const useAssessment = (workbookId: string): Assessment | null | undefined => {
  const value = useLiveQuery(() => findAssessment(db, workbookId), [workbookId], LOADING);
  return value === LOADING ? undefined : value;
};
