/**
 * The one query that picks a workbook's role-fit assessment, shared by the
 * live hook and the mutations so reads and writes always aim at the same row.
 * Reads only; must not write.
 */

import type { AppDB } from '@renderer/db/AppDB';
import type { Assessment } from '@shared/schemas/records';

/**
 * The workbook's assessment: the one with the lowest id when a file holds
 * several (the schema allows up to 10), or null when it has none. Ordered by
 * id, never by `updatedAt`, so saving an answer cannot switch rows.
 */
export const findAssessment = async (db: AppDB, workbookId: string): Promise<Assessment | null> => {
  const rows = await db.assessments.where('workbookId').equals(workbookId).sortBy('id');
  return rows[0] ?? null;
};
