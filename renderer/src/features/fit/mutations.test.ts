import 'fake-indexeddb/auto';
import type { AppDB } from '@renderer/db/AppDB';
import type { SaveState } from '@renderer/db/persistence';
import { freshDb } from '@renderer/db/testing';
import { createPendingWriteStore, shownSaveState } from '@renderer/lib/pendingWrites';
import type { Assessment } from '@shared/schemas/records';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  answerAssessment,
  blankAssessment,
  updateAssessment,
  withBackground,
  withRating,
  withStory,
  withWeeklyFilter,
} from './mutations';

const T0 = new Date('2026-11-26T17:00:00.000Z');
const T1 = new Date('2026-11-26T18:00:00.000Z');
const base = (): Assessment => blankAssessment('wb', 'as-1', T0);

describe('pure answer transforms', () => {
  it('sets, marks "not sure" and clears a rating', () => {
    const rated = withRating(base(), 'prd', 4);
    expect(rated.ratings).toEqual({ prd: 4 });
    expect(withRating(rated, 'prd', null).ratings).toEqual({ prd: null });
    expect(Object.hasOwn(withRating(rated, 'prd', undefined).ratings, 'prd')).toBe(false);
  });

  it('does not change the record it was given', () => {
    const a = base();
    withRating(a, 'prd', 4);
    withStory(a, 'prd', true);
    expect(a.ratings).toEqual({});
    expect(a.stories).toEqual({});
  });

  it('keeps backgrounds in template order whatever order they are ticked in', () => {
    const order = ['marketing', 'consulting', 'engineering'];
    let a = withBackground(base(), 'engineering', true, order);
    a = withBackground(a, 'marketing', true, order);
    expect(a.backgroundIds).toEqual(['marketing', 'engineering']);
    expect(withBackground(a, 'marketing', false, order).backgroundIds).toEqual(['engineering']);
  });

  it('sets the weekly filter', () => {
    expect(withWeeklyFilter(base(), 'unsure').weeklyFilter).toBe('unsure');
  });
});

describe('updateAssessment', () => {
  let db: AppDB;
  beforeEach(() => {
    db = freshDb();
  });

  it('creates the assessment when the workbook has none, then updates the same row', async () => {
    const first = await updateAssessment('wb', (a) => withRating(a, 'prd', 5), { db, now: T0 });
    await updateAssessment('wb', (a) => withStory(a, 'prd', true), { db, now: T1 });
    const rows = await db.assessments.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first.id,
      ratings: { prd: 5 },
      stories: { prd: true },
      updatedAt: T1.toISOString(),
    });
  });

  it('writes nothing when the change is invalid and keeps the saved answer', async () => {
    await db.assessments.put(withRating(base(), 'prd', 3));
    await expect(
      updateAssessment('wb', (a) => withRating(a, 'prd', 7), { db, now: T1 }),
    ).rejects.toThrow();
    expect(await db.assessments.get('as-1')).toMatchObject({
      ratings: { prd: 3 },
      updatedAt: T0.toISOString(),
    });
  });

  it('does not lose answers given in quick succession', async () => {
    await db.assessments.put(base());
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(
      ids.map((id, i) => updateAssessment('wb', (a) => withRating(a, id, i + 1), { db })),
    );
    // Each write reads the row inside its own transaction, so all five survive: a=1 … e=5.
    expect((await db.assessments.get('as-1'))?.ratings).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5 });
  });
});

describe('updateAssessment with several assessments in one workbook', () => {
  it('keeps writing to the same row even after it becomes the newest', async () => {
    const db = freshDb();
    // Ids "as-1" < "as-2"; as-2 is the older one. Writes must stay on as-1.
    await db.assessments.put({ ...base(), updatedAt: T1.toISOString() });
    await db.assessments.put({ ...blankAssessment('wb', 'as-2', T0) });
    await updateAssessment('wb', (a) => withRating(a, 'prd', 4), { db });
    await updateAssessment('wb', (a) => withRating(a, 'roadmap', 2), { db });
    expect((await db.assessments.get('as-1'))?.ratings).toEqual({ prd: 4, roadmap: 2 });
    expect((await db.assessments.get('as-2'))?.ratings).toEqual({});
  });
});

describe('answerAssessment', () => {
  let db: AppDB;
  beforeEach(() => {
    db = freshDb();
  });

  /** A pending-writes store whose drops after a successful write run only when the test says so. */
  const manual = () => {
    const due: (() => void)[] = [];
    const pending = createPendingWriteStore((run) => {
      due.push(run);
    });
    const settleAll = () => {
      for (const run of due.splice(0)) run();
    };
    return { pending, settleAll };
  };

  it('shows the answer before the write finishes, then stores it', async () => {
    const { pending } = manual();
    const shown = base();
    const done = answerAssessment('wb', shown, (a) => withRating(a, 'prd', 4), { db, pending });
    // Synchronously visible under the workbook id: the write has not had a chance to run yet.
    expect(pending.patch('assessment', 'wb')).toEqual({ ratings: { prd: 4 } });
    await done;
    expect((await db.assessments.toArray())[0]?.ratings).toEqual({ prd: 4 });
  });

  it('makes the save indicator say "Saving…" while a fit write is in flight', async () => {
    const { pending, settleAll } = manual();
    const saved: SaveState = { status: 'saved', savedAt: T0.toISOString() };
    expect(shownSaveState(saved, pending.busy()).status).toBe('saved');
    const done = answerAssessment('wb', base(), (a) => withWeeklyFilter(a, 'pm'), {
      db,
      pending,
    });
    expect(pending.inFlight()).toBe(1);
    expect(shownSaveState(saved, pending.busy()).status).toBe('saving');
    await done;
    // Written, but shown until the live query catches up: still "Saving…".
    expect(shownSaveState(saved, pending.busy()).status).toBe('saving');
    settleAll();
    expect(shownSaveState(saved, pending.busy())).toBe(saved);
  });

  it('takes the shown answer back at once when the write fails, and rethrows', async () => {
    const { pending } = manual();
    await expect(
      answerAssessment('wb', base(), (a) => withRating(a, 'prd', 7), { db, pending }),
    ).rejects.toThrow();
    expect(pending.patch('assessment', 'wb')).toBeUndefined();
    expect(pending.busy()).toBe(false);
    expect(await db.assessments.count()).toBe(0);
  });
});
