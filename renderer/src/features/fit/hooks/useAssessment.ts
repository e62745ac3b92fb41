/** Live read of the open workbook's role-fit assessment. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../../../../../shared/schemas/records';
import { db } from '../../../db/db';
import { findAssessment } from '../assessmentQuery';

const LOADING = Symbol('loading');

/** The assessment; `undefined` while loading, `null` when the workbook has none yet. */
export const useAssessment = (workbookId: string): Assessment | null | undefined => {
  const value = useLiveQuery(() => findAssessment(db, workbookId), [workbookId], LOADING);
  return value === LOADING ? undefined : value;
};
