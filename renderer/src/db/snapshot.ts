/**
 * Whole-workbook reads and writes against the live store: the snapshot main
 * keeps on disk, and replacing everything with a validated workbook (new,
 * opened, restored). One transaction each, so a reader never sees half.
 */
import type { WorkbookData } from '@shared/schemas/records';
import type { AppDB } from './AppDB';

/** Reads the open workbook and all its records, or null when there is none. */
export const readSnapshot = async (db: AppDB): Promise<WorkbookData | null> =>
  db.transaction('r', db.dataTables, async () => {
    const workbook = await db.workbooks.toCollection().first();
    if (!workbook) return null;
    const byWorkbook = { workbookId: workbook.id };
    const [offers, assessments, prepItems, rounds, questions, mockAnswers] = await Promise.all([
      db.offers.where(byWorkbook).sortBy('position'),
      db.assessments.where(byWorkbook).toArray(),
      db.prepItems.where(byWorkbook).sortBy('position'),
      db.rounds.where(byWorkbook).sortBy('position'),
      db.questions.where(byWorkbook).toArray(),
      db.mockAnswers.where(byWorkbook).toArray(),
    ]);
    return { workbook, offers, assessments, prepItems, rounds, questions, mockAnswers };
  });

/** Replaces the whole live store with `data` (already validated). */
export const replaceAll = async (db: AppDB, data: WorkbookData): Promise<void> => {
  await db.transaction('rw', db.dataTables, async () => {
    await Promise.all(db.dataTables.map((t) => t.clear()));
    await db.workbooks.put(data.workbook);
    await db.offers.bulkPut(data.offers);
    await db.assessments.bulkPut(data.assessments);
    await db.prepItems.bulkPut(data.prepItems);
    await db.rounds.bulkPut(data.rounds);
    await db.questions.bulkPut(data.questions);
    await db.mockAnswers.bulkPut(data.mockAnswers);
  });
};
