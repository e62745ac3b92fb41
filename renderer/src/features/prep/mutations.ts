/**
 * Writes for the Prep page: checklist items, interview rounds, questions and
 * mock answers. All go through the write kit (`db/writeKit.ts`): every record
 * is validated whole with its shared zod schema (and a round also with the
 * prep rules) inside one transaction, so a rejected edit throws a
 * `WriteError` keyed by field and leaves the saved record exactly as it was.
 * Must not be imported by components for reads — reads live in `hooks/`.
 */

import { db } from '@renderer/db/db';
import { WriteError } from '@renderer/db/writeError';
import { type Written, write, writeValue } from '@renderer/db/writeKit';
import { newId } from '@renderer/lib/ids';
import { moveInOrder } from '@shared/domain/offers';
import { firstIssueMessage } from '@shared/domain/parse';
import { validateRound } from '@shared/domain/prep';
import type { InterviewRound, MockAnswer, PrepItem, Question } from '@shared/schemas/records';
import { PrepItemSchema } from '@shared/schemas/records';

/** Most history entries kept per item (the schema's limit); the oldest go first. */
const HISTORY_LIMIT = 1000;

// ---------------------------------------------------------------- checklist

export type NewPrepItem = Pick<PrepItem, 'title' | 'roleId' | 'target'>;

/** Adds a user's own checklist item at the end. Throws {@link WriteError}. */
export const addPrepItem = async (workbookId: string, input: NewPrepItem): Promise<PrepItem> =>
  writeValue(db, ['prepItems'], async (tx) => {
    const last = await db.prepItems.where('workbookId').equals(workbookId).sortBy('position');
    return tx.put('prepItems', {
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
  });

export type PrepItemEdit = Partial<
  Pick<PrepItem, 'title' | 'roleId' | 'target' | 'notes' | 'link'>
>;

/** Edits an item's text fields and target. Throws {@link WriteError}; nothing is written then. */
export const updatePrepItem = async (id: string, edit: PrepItemEdit): Promise<void> => {
  await write(db, ['prepItems'], (tx) =>
    tx.update(
      'prepItems',
      id,
      (item) => ({ ...item, ...edit }),
      WriteError.ofFields({ form: 'This item no longer exists.' }),
    ),
  );
};

/**
 * Sets how many units of an item are done (whole, 0–100) and records the
 * change with time `now` in the item's history. Same value: no write.
 * Throws {@link WriteError} for a count the schema refuses.
 */
export const setPrepDone = async (id: string, done: number, now: Date): Promise<void> => {
  await write(
    db,
    ['prepItems'],
    async (tx) => {
      const item = await tx.get('prepItems', id);
      if (!item) throw WriteError.ofFields({ done: 'This item no longer exists.' });
      if (item.done === done) return;
      const history = [...item.history, { at: tx.now.toISOString(), done }].slice(-HISTORY_LIMIT);
      await tx.put('prepItems', { ...item, done, history });
    },
    { now },
  );
};

/**
 * Moves an item one place up (−1) or down (+1) with the same ordering rule
 * as the offers (`moveInOrder`); no-op at the ends. Positions are renumbered
 * 0..n−1 so they stay dense and unique whatever came before.
 */
export const movePrepItem = async (workbookId: string, id: string, by: -1 | 1): Promise<void> => {
  await write(db, ['prepItems'], async (tx) => {
    const items = await db.prepItems.where('workbookId').equals(workbookId).sortBy('position');
    if (!items.some((i) => i.id === id)) return;
    const byId = new Map(items.map((i) => [i.id, i]));
    const changed = moveInOrder(
      items.map((i) => i.id),
      id,
      by,
    ).flatMap((itemId, position) => {
      const item = byId.get(itemId);
      return item && item.position !== position ? [{ ...item, position }] : [];
    });
    await tx.bulkPut('prepItems', changed);
  });
};

/** Removes an item; returns it with the undo snapshot, or null when it was gone. */
export const removePrepItem = async (id: string): Promise<Written<PrepItem> | null> => {
  const done = await write(db, ['prepItems'], (tx) => tx.delete('prepItems', id));
  return done.value ? { value: done.value, undo: done.undo } : null;
};

// ---------------------------------------------------------------- rounds

export type RoundEdit = Pick<
  InterviewRound,
  'scheduledAt' | 'status' | 'interviewer' | 'notes' | 'confidence'
>;

/**
 * Saves the given fields of a round (one field as the user types, or several
 * at once), after checking the whole record with its schema and the status
 * against the date as seen at `now`. Throws {@link WriteError} keyed by
 * field; nothing is written then.
 */
export const saveRound = async (id: string, edit: Partial<RoundEdit>, now: Date): Promise<void> => {
  await write(
    db,
    ['rounds'],
    async (tx) => {
      const round = await tx.get('rounds', id);
      if (!round) throw WriteError.ofFields({ form: 'This round no longer exists.' });
      // The schema's check comes first (in put, which the rollback undoes), then the prep rules.
      const next = await tx.put('rounds', { ...round, ...edit });
      const issues = validateRound(next, tx.now);
      if (issues.length > 0) {
        throw WriteError.ofFields(Object.fromEntries(issues.map((i) => [i.field, i.message])));
      }
    },
    { now },
  );
};

// ---------------------------------------------------------------- questions

/** Adds the user's own question. Throws {@link WriteError} (e.g. empty text). */
export const addQuestion = async (
  workbookId: string,
  input: Pick<Question, 'roleId' | 'text'>,
  now: Date,
): Promise<Question> =>
  writeValue(
    db,
    ['questions'],
    (tx) =>
      tx.put('questions', {
        id: newId(),
        workbookId,
        templateQuestionId: null,
        createdAt: tx.now.toISOString(),
        ...input,
      }),
    { now },
  );

// ---------------------------------------------------------------- mock answers

export type NewMockAnswer = Pick<MockAnswer, 'questionId' | 'parts' | 'durationSec' | 'selfScore'>;

/**
 * Saves a new attempt at a question, stamped `now`. An attempt with all six
 * parts blank is refused. Throws {@link WriteError}.
 */
export const saveMockAnswer = async (
  workbookId: string,
  input: NewMockAnswer,
  now: Date,
): Promise<MockAnswer> => {
  if (Object.values(input.parts).every((p) => p.trim() === '')) {
    throw WriteError.ofFields({ parts: 'Write at least one part before saving the attempt.' });
  }
  return writeValue(
    db,
    ['mockAnswers'],
    (tx) =>
      tx.put('mockAnswers', {
        id: newId(),
        workbookId,
        createdAt: tx.now.toISOString(),
        ...input,
      }),
    { now },
  );
};

/** Removes an attempt; returns it with the undo snapshot, or null when it was gone. */
export const removeMockAnswer = async (id: string): Promise<Written<MockAnswer> | null> => {
  const done = await write(db, ['mockAnswers'], (tx) => tx.delete('mockAnswers', id));
  return done.value ? { value: done.value, undo: done.undo } : null;
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
  return parsed.success ? null : firstIssueMessage(parsed.error, 'That value cannot be saved.');
};
