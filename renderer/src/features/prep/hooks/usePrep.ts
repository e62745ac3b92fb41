/** Live reads for the Prep page, each in screen order. */

import { db } from '@renderer/db/db';
import type { InterviewRound, MockAnswer, PrepItem, Question } from '@shared/schemas/records';
import { useLiveQuery } from 'dexie-react-hooks';

/** Checklist items by position; `undefined` while loading. */
export const usePrepItems = (workbookId: string): PrepItem[] | undefined =>
  useLiveQuery(
    () => db.prepItems.where('workbookId').equals(workbookId).sortBy('position'),
    [workbookId],
  );

/** Interview rounds by position; `undefined` while loading. */
export const useRounds = (workbookId: string): InterviewRound[] | undefined =>
  useLiveQuery(
    () => db.rounds.where('workbookId').equals(workbookId).sortBy('position'),
    [workbookId],
  );

/** Questions, template ones first then the user's own by creation; `undefined` while loading. */
export const useQuestions = (workbookId: string): Question[] | undefined =>
  useLiveQuery(async () => {
    const all = await db.questions.where('workbookId').equals(workbookId).toArray();
    const own = (q: Question) => (q.templateQuestionId === null ? 1 : 0);
    return all.sort((a, b) => own(a) - own(b) || a.createdAt.localeCompare(b.createdAt));
  }, [workbookId]);

/** Every mock answer of the workbook, newest first; `undefined` while loading. */
export const useMockAnswers = (workbookId: string): MockAnswer[] | undefined =>
  useLiveQuery(async () => {
    const all = await db.mockAnswers.where('workbookId').equals(workbookId).toArray();
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [workbookId]);
