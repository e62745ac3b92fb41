import 'fake-indexeddb/auto';
import { db } from '@renderer/db/db';
import { restore } from '@renderer/db/restore';
import { emptyTables } from '@renderer/db/testing';
import { WriteError } from '@renderer/db/writeError';
import type { InterviewRound, PrepItem } from '@shared/schemas/records';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addPrepItem,
  addQuestion,
  movePrepItem,
  removePrepItem,
  saveMockAnswer,
  saveRound,
  setPrepDone,
} from './mutations';

vi.mock('@renderer/db/db', async () => (await import('@renderer/db/testing')).liveDbModule());

const WB = 'wb-1';
const NOW = new Date('2026-11-26T17:00:00.000Z');

const item = (id: string, position: number): PrepItem => ({
  id,
  workbookId: WB,
  templateItemId: null,
  roleId: 'pmm',
  position,
  title: `Item ${id}`,
  target: 3,
  done: 0,
  notes: '',
  link: '',
  history: [],
});

const round: InterviewRound = {
  id: 'r1',
  workbookId: WB,
  templateRoundId: null,
  roleId: 'pmm',
  position: 0,
  name: 'Recruiter screen',
  scheduledAt: null,
  timeZone: 'UTC',
  status: 'not-scheduled',
  interviewer: '',
  notes: '',
  confidence: null,
};

beforeEach(async () => {
  await emptyTables(db);
  await db.prepItems.bulkAdd([item('a', 0), item('b', 1), item('c', 2)]);
  await db.rounds.add(round);
});

describe('checklist', () => {
  it('records every change of done in history', async () => {
    await setPrepDone('a', 1, NOW);
    await setPrepDone('a', 2, new Date('2026-11-27T09:00:00.000Z'));
    await setPrepDone('a', 2, NOW); // same value: nothing recorded
    const a = await db.prepItems.get('a');
    expect(a?.done).toBe(2);
    expect(a?.history).toEqual([
      { at: '2026-11-26T17:00:00.000Z', done: 1 },
      { at: '2026-11-27T09:00:00.000Z', done: 2 },
    ]);
  });

  it('refuses a done count below zero and keeps the saved one', async () => {
    await setPrepDone('a', 2, NOW);
    await expect(setPrepDone('a', -1, NOW)).rejects.toThrow('Done cannot be below zero.');
    await expect(setPrepDone('a', 1.5, NOW)).rejects.toBeInstanceOf(WriteError);
    const a = await db.prepItems.get('a');
    expect(a?.done).toBe(2);
    expect(a?.history).toHaveLength(1);
  });

  it('moves an item and keeps positions 0..n−1', async () => {
    await movePrepItem(WB, 'c', -1);
    const order = (await db.prepItems.orderBy('position').toArray()).map((i) => [i.id, i.position]);
    expect(order).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 2],
    ]);
    await movePrepItem(WB, 'a', -1); // already first: unchanged
    expect((await db.prepItems.get('a'))?.position).toBe(0);
  });

  it('adds at the end, refuses an empty title, and undoes a removal', async () => {
    const added = await addPrepItem(WB, { title: 'Own item', roleId: 'both', target: 2 });
    // Three items at 0, 1, 2 → the new one goes to 3.
    expect(added.position).toBe(3);
    await expect(addPrepItem(WB, { title: '  ', roleId: 'both', target: 1 })).rejects.toThrow(
      'Give the item a title.',
    );
    expect(await db.prepItems.count()).toBe(4);
    const removed = await removePrepItem('b');
    expect(await db.prepItems.get('b')).toBeUndefined();
    if (removed) await restore(db, removed.undo);
    expect(await db.prepItems.get('b')).toEqual(item('b', 1));
  });
});

describe('rounds', () => {
  it('refuses a past date on a round left "not scheduled"; nothing is written', async () => {
    const edit = {
      scheduledAt: '2026-11-20T17:00:00.000Z',
      status: 'not-scheduled' as const,
      interviewer: 'Sam',
      notes: '',
      confidence: 3,
    };
    const err = await saveRound('r1', edit, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).fields.status).toMatch(/can't be 'not scheduled'/);
    expect(await db.rounds.get('r1')).toEqual(round);
  });

  it('saves one field on its own and keeps the rest as stored', async () => {
    await saveRound('r1', { interviewer: 'Priya' }, NOW);
    expect(await db.rounds.get('r1')).toEqual({ ...round, interviewer: 'Priya' });
  });

  it('refuses one field the round rules reject and writes nothing', async () => {
    // A past date on a round still marked "not scheduled".
    const err = await saveRound('r1', { scheduledAt: '2020-01-06T18:00:00.000Z' }, NOW).catch(
      (e: unknown) => e,
    );
    expect((err as WriteError).message).toMatch(/A round in the past can't be 'not scheduled'/);
    expect(await db.rounds.get('r1')).toEqual(round);
  });

  it('saves a scheduled future round with all its fields', async () => {
    await saveRound(
      'r1',
      {
        scheduledAt: '2026-12-01T18:00:00.000Z',
        status: 'scheduled',
        interviewer: 'Sam',
        notes: 'Bring numbers',
        confidence: 4,
      },
      NOW,
    );
    expect(await db.rounds.get('r1')).toMatchObject({
      scheduledAt: '2026-12-01T18:00:00.000Z',
      status: 'scheduled',
      interviewer: 'Sam',
      confidence: 4,
    });
  });
});

describe('questions and mock answers', () => {
  it('refuses an empty question', async () => {
    await expect(addQuestion(WB, { roleId: 'pmm', text: '   ' }, NOW)).rejects.toThrow(
      'Write the question.',
    );
    expect(await db.questions.count()).toBe(0);
  });

  it('refuses an attempt with every part blank and saves one with some parts', async () => {
    const blank = {
      audience: ' ',
      problem: '',
      positioning: '',
      launchPlan: '',
      enablement: '',
      metrics: '',
    };
    await expect(
      saveMockAnswer(
        WB,
        { questionId: 'q1', parts: blank, durationSec: null, selfScore: null },
        NOW,
      ),
    ).rejects.toBeInstanceOf(WriteError);
    const saved = await saveMockAnswer(
      WB,
      { questionId: 'q1', parts: { ...blank, audience: 'Buyers' }, durationSec: 65, selfScore: 3 },
      NOW,
    );
    expect(await db.mockAnswers.get(saved.id)).toMatchObject({
      createdAt: '2026-11-26T17:00:00.000Z',
      durationSec: 65,
      selfScore: 3,
    });
    expect(await db.mockAnswers.count()).toBe(1);
  });
});
