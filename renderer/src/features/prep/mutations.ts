/**
 * Writes for the Prep page: checklist items, interview rounds, questions and
 * mock answers. Every record is validated with its shared zod schema (and a
 * round also with the prep rules) before anything is written, so a rejected
 * edit leaves the saved record exactly as it was. Must not be imported by
 * components for reads — reads live in `hooks/`.
 */

import { db } from '@renderer/db/db';
import { newId } from '@renderer/lib/ids';
import { validateRound } from '@shared/domain/prep';
import {
  type InterviewRound,
  InterviewRoundSchema,
  type MockAnswer,
  MockAnswerSchema,
  type PrepItem,
  PrepItemSchema,
  type Question,
  QuestionSchema,
} from '@shared/schemas/records';
import type { z } from 'zod';

/** Field → message for an edit that was refused; nothing was written. */
export class PrepInputError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields)[0] ?? 'That cannot be saved.');
    this.name = 'PrepInputError';
  }
}

const parseOrThrow = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  throw new PrepInputError(fields);
};

/** Most history entries kept per item (the schema's limit); the oldest go first. */
const HISTORY_LIMIT = 1000;

// ---------------------------------------------------------------- checklist

export type NewPrepItem = Pick<PrepItem, 'title' | 'roleId' | 'target'>;

/** Adds a user's own checklist item at the end. Throws {@link PrepInputError}. */
export const addPrepItem = async (workbookId: string, input: NewPrepItem): Promise<PrepItem> =>
  db.transaction('rw', db.prepItems, async () => {
    const last = await db.prepItems.where('workbookId').equals(workbookId).sortBy('position');
    const item = parseOrThrow(PrepItemSchema, {
      id: newId(),
      workbookId,
      templateItemId: null,
      position: (last.at(-1)?.position ?? -1) + 1,
      done: 0,
      notes: '',
      link: '',
      history: [],
      ...input,
    });
    await db.prepItems.add(item);
    return item;
  });

export type PrepItemEdit = Partial<
  Pick<PrepItem, 'title' | 'roleId' | 'target' | 'notes' | 'link'>
>;

/** Edits an item's text fields and target. Throws {@link PrepInputError}; nothing is written then. */
export const updatePrepItem = async (id: string, edit: PrepItemEdit): Promise<void> =>
  db.transaction('rw', db.prepItems, async () => {
    const item = await db.prepItems.get(id);
    if (!item) throw new PrepInputError({ form: 'This item no longer exists.' });
    await db.prepItems.put(parseOrThrow(PrepItemSchema, { ...item, ...edit }));
  });

/**
 * Sets how many units of an item are done (whole, 0–100) and records the
 * change with time `now` in the item's history. Same value: no write.
 * Throws {@link PrepInputError} for a count the schema refuses.
 */
export const setPrepDone = async (id: string, done: number, now: Date): Promise<void> =>
  db.transaction('rw', db.prepItems, async () => {
    const item = await db.prepItems.get(id);
    if (!item) throw new PrepInputError({ done: 'This item no longer exists.' });
    if (item.done === done) return;
    const history = [...item.history, { at: now.toISOString(), done }].slice(-HISTORY_LIMIT);
    await db.prepItems.put(parseOrThrow(PrepItemSchema, { ...item, done, history }));
  });

/** Swaps an item with its neighbour above (−1) or below (+1); no-op at the ends. */
export const movePrepItem = async (workbookId: string, id: string, by: -1 | 1): Promise<void> =>
  db.transaction('rw', db.prepItems, async () => {
    const items = await db.prepItems.where('workbookId').equals(workbookId).sortBy('position');
    const at = items.findIndex((i) => i.id === id);
    const other = items[at + by];
    const self = items[at];
    if (at < 0 || !other || !self) return;
    const order = items.map((i) => i.id);
    order[at] = other.id;
    order[at + by] = self.id;
    // Renumber 0..n−1 so positions stay dense and unique whatever came before.
    await db.prepItems.bulkPut(
      order.flatMap((itemId, position) => {
        const item = items.find((i) => i.id === itemId);
        return item ? [{ ...item, position }] : [];
      }),
    );
  });

/** Removes an item and returns it, so the caller can offer undo. */
export const removePrepItem = async (id: string): Promise<PrepItem | undefined> =>
  db.transaction('rw', db.prepItems, async () => {
    const item = await db.prepItems.get(id);
    if (item) await db.prepItems.delete(id);
    return item;
  });

/** Puts a removed item back as it was (undo). */
export const restorePrepItem = async (item: PrepItem): Promise<void> => {
  await db.prepItems.put(PrepItemSchema.parse(item));
};

// ---------------------------------------------------------------- rounds

export type RoundEdit = Pick<
  InterviewRound,
  'scheduledAt' | 'status' | 'interviewer' | 'notes' | 'confidence'
>;

/**
 * Saves the given fields of a round (one field as the user types, or several
 * at once), after checking the whole record with its schema and the status
 * against the date as seen at `now`. Throws {@link PrepInputError} keyed by
 * field; nothing is written then.
 */
export const saveRound = async (id: string, edit: Partial<RoundEdit>, now: Date): Promise<void> =>
  db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(id);
    if (!round) throw new PrepInputError({ form: 'This round no longer exists.' });
    const next = parseOrThrow(InterviewRoundSchema, { ...round, ...edit });
    const issues = validateRound(next, now);
    if (issues.length > 0) {
      throw new PrepInputError(Object.fromEntries(issues.map((i) => [i.field, i.message])));
    }
    await db.rounds.put(next);
  });

// ---------------------------------------------------------------- questions

/** Adds the user's own question. Throws {@link PrepInputError} (e.g. empty text). */
export const addQuestion = async (
  workbookId: string,
  input: Pick<Question, 'roleId' | 'text'>,
  now: Date,
): Promise<Question> => {
  const question = parseOrThrow(QuestionSchema, {
    id: newId(),
    workbookId,
    templateQuestionId: null,
    createdAt: now.toISOString(),
    ...input,
  });
  await db.questions.add(question);
  return question;
};

// ---------------------------------------------------------------- mock answers

export type NewMockAnswer = Pick<MockAnswer, 'questionId' | 'parts' | 'durationSec' | 'selfScore'>;

/**
 * Saves a new attempt at a question, stamped `now`. An attempt with all six
 * parts blank is refused. Throws {@link PrepInputError}.
 */
export const saveMockAnswer = async (
  workbookId: string,
  input: NewMockAnswer,
  now: Date,
): Promise<MockAnswer> => {
  if (Object.values(input.parts).every((p) => p.trim() === '')) {
    throw new PrepInputError({ parts: 'Write at least one part before saving the attempt.' });
  }
  const answer = parseOrThrow(MockAnswerSchema, {
    id: newId(),
    workbookId,
    createdAt: now.toISOString(),
    ...input,
  });
  await db.mockAnswers.add(answer);
  return answer;
};

/** Removes an attempt and returns it, so the caller can offer undo. */
export const removeMockAnswer = async (id: string): Promise<MockAnswer | undefined> =>
  db.transaction('rw', db.mockAnswers, async () => {
    const answer = await db.mockAnswers.get(id);
    if (answer) await db.mockAnswers.delete(id);
    return answer;
  });

/** Puts a removed attempt back (undo). */
export const restoreMockAnswer = async (answer: MockAnswer): Promise<void> => {
  await db.mockAnswers.put(MockAnswerSchema.parse(answer));
};

/**
 * The message for a typed value of a single checklist field, or null when
 * the schema accepts it — for showing next to the field while typing.
 */
export const prepFieldError = (
  field: 'title' | 'target' | 'done' | 'notes' | 'link',
  value: unknown,
): string | null => {
  const parsed = PrepItemSchema.shape[field].safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'That value cannot be saved.');
};
