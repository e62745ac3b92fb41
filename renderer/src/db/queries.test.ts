import type { MockAnswer, Offer, PrepItem, Question } from '@shared/schemas/records';
import { describe, expect, it } from 'vitest';
import {
  mockAnswersNewestFirst,
  offersInOrder,
  openWorkbook,
  prepItemsInOrder,
  questionsInOrder,
} from './queries';
import { freshDb } from './testing';

// Rows carry only the fields the queries read; storage does not validate them.
const offer = (id: string, workbookId: string, position: number) =>
  ({ id, workbookId, position }) as unknown as Offer;

describe('the live reads answer in screen order', () => {
  it('offers by position whatever order they were written in, one workbook only', async () => {
    const db = freshDb();
    // Written out of order (ids sort the other way round) and beside another workbook's offer.
    await db.offers.bulkAdd([
      offer('a', 'w1', 2),
      offer('b', 'w1', 0),
      offer('c', 'w2', 1),
      offer('d', 'w1', 1),
    ]);
    expect((await offersInOrder(db, 'w1')).map((o) => o.id)).toEqual(['b', 'd', 'a']);
    expect((await offersInOrder(db, 'w3')).map((o) => o.id)).toEqual([]);
    db.close();
  });

  it('checklist items by position', async () => {
    const db = freshDb();
    await db.prepItems.bulkAdd(
      [
        { id: 'x', workbookId: 'w', position: 1 },
        { id: 'y', workbookId: 'w', position: 0 },
      ].map((r) => r as unknown as PrepItem),
    );
    expect((await prepItemsInOrder(db, 'w')).map((i) => i.id)).toEqual(['y', 'x']);
    db.close();
  });

  it('questions: the template’s first, then the user’s own, each oldest first', async () => {
    const db = freshDb();
    const q = (id: string, createdAt: string, templateQuestionId: string | null) =>
      ({ id, workbookId: 'w', createdAt, templateQuestionId }) as unknown as Question;
    await db.questions.bulkAdd([
      q('own-new', '2026-11-03T00:00:00.000Z', null),
      q('tpl-new', '2026-11-02T00:00:00.000Z', 't2'),
      q('own-old', '2026-11-01T00:00:00.000Z', null),
      q('tpl-old', '2026-11-04T00:00:00.000Z', 't1'),
    ]);
    // Template ones: tpl-new (Nov 2) before tpl-old (Nov 4); own: own-old (Nov 1), own-new (Nov 3).
    expect((await questionsInOrder(db, 'w')).map((x) => x.id)).toEqual([
      'tpl-new',
      'tpl-old',
      'own-old',
      'own-new',
    ]);
    db.close();
  });

  it('mock answers newest first', async () => {
    const db = freshDb();
    const a = (id: string, createdAt: string) =>
      ({ id, workbookId: 'w', questionId: 'q', createdAt }) as unknown as MockAnswer;
    await db.mockAnswers.bulkAdd([
      a('mid', '2026-11-02T09:00:00.000Z'),
      a('old', '2026-11-01T09:00:00.000Z'),
      a('new', '2026-11-03T09:00:00.000Z'),
    ]);
    expect((await mockAnswersNewestFirst(db, 'w')).map((x) => x.id)).toEqual(['new', 'mid', 'old']);
    db.close();
  });

  it('the open workbook is null, not undefined, when there is none', async () => {
    const db = freshDb();
    expect(await openWorkbook(db)).toBeNull();
    db.close();
  });
});
