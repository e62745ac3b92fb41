/**
 * The reads behind the live hooks, each answering rows in screen order from
 * the query (Dexie `sortBy`), so no hook or component sorts after it. Take
 * the database as an argument, so tests run them on a fresh one. Read only.
 */

import type {
  InterviewRound,
  MockAnswer,
  Offer,
  PrepItem,
  Question,
  Workbook,
} from '@shared/schemas/records';
import type { AppDB } from './AppDB';

/** The open workbook (the first and only one), or null when there is none. */
export const openWorkbook = async (db: AppDB): Promise<Workbook | null> =>
  (await db.workbooks.toCollection().first()) ?? null;

/** A workbook's offers by `position` (its columns, left to right). */
export const offersInOrder = (db: AppDB, workbookId: string): Promise<Offer[]> =>
  db.offers.where('workbookId').equals(workbookId).sortBy('position');

/** A workbook's checklist items by `position`. */
export const prepItemsInOrder = (db: AppDB, workbookId: string): Promise<PrepItem[]> =>
  db.prepItems.where('workbookId').equals(workbookId).sortBy('position');

/** A workbook's interview rounds by `position`. */
export const roundsInOrder = (db: AppDB, workbookId: string): Promise<InterviewRound[]> =>
  db.rounds.where('workbookId').equals(workbookId).sortBy('position');

/**
 * A workbook's questions: the template's first, then the user's own, each
 * group oldest first (sorted by `createdAt` in the query, then split in two
 * keeping that order).
 */
export const questionsInOrder = async (db: AppDB, workbookId: string): Promise<Question[]> => {
  const byTime = await db.questions.where('workbookId').equals(workbookId).sortBy('createdAt');
  return [
    ...byTime.filter((q) => q.templateQuestionId !== null),
    ...byTime.filter((q) => q.templateQuestionId === null),
  ];
};

/** Every mock answer of a workbook, newest first (`createdAt` descending). */
export const mockAnswersNewestFirst = (db: AppDB, workbookId: string): Promise<MockAnswer[]> =>
  db.mockAnswers.where('workbookId').equals(workbookId).reverse().sortBy('createdAt');
