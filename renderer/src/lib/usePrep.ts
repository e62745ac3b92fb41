/** Live reads for the Prep page, each in screen order from its query (the `db/live.ts` convention). */

import { db } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import {
  mockAnswersNewestFirst,
  prepItemsInOrder,
  questionsInOrder,
  roundsInOrder,
} from '@renderer/db/queries';
import type { InterviewRound, MockAnswer, PrepItem, Question } from '@shared/schemas/records';

/** Checklist items by position; `undefined` while loading. */
export const usePrepItems = (workbookId: string): PrepItem[] | undefined =>
  useLive(() => prepItemsInOrder(db, workbookId), [workbookId]);

/** Interview rounds by position; `undefined` while loading. */
export const useRounds = (workbookId: string): InterviewRound[] | undefined =>
  useLive(() => roundsInOrder(db, workbookId), [workbookId]);

/** Questions, template ones first then the user's own by creation; `undefined` while loading. */
export const useQuestions = (workbookId: string): Question[] | undefined =>
  useLive(() => questionsInOrder(db, workbookId), [workbookId]);

/** Every mock answer of the workbook, newest first; `undefined` while loading. */
export const useMockAnswers = (workbookId: string): MockAnswer[] | undefined =>
  useLive(() => mockAnswersNewestFirst(db, workbookId), [workbookId]);
