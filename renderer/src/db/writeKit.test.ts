import 'fake-indexeddb/auto';
import { newOfferFromTemplate } from '@shared/domain/offers';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Offer, Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import amazon from '../../../resources/templates/amazon-pmm-vs-pm.json';
import type { AppDB } from './AppDB';
import { restore } from './restore';
import { freshDb } from './testing';
import { WriteError } from './writeError';
import { deepEqual, isEmptyUndo, setClock, write } from './writeKit';

const T0 = '2026-11-20T09:00:00.000Z';
const T1 = new Date('2026-11-29T12:34:56.000Z');
const T2 = new Date('2026-11-29T12:35:30.000Z');

// A real new workbook (so fields other scopes add stay valid), with a decision of three factors.
const created = createWorkbookData(amazon as unknown as Template, {
  name: 'Amazon',
  now: new Date(T0),
  newId: (() => {
    let n = 0;
    return () => `id-${++n}`;
  })(),
  timeZone: 'UTC',
}).workbook;
const WORKBOOK: Workbook = {
  ...created,
  id: 'wb',
  baselineOfferId: 'o1',
  decision: {
    ...created.decision,
    factors: [
      { id: 'f-a', label: 'Pay', kind: 'manual', weight: 3 },
      { id: 'f-b', label: 'Team', kind: 'manual', weight: 5 },
      { id: 'f-c', label: 'Growth', kind: 'manual', weight: 2 },
    ],
    scores: { 'f-b': { o1: 7 } },
  },
};

const offer = (id: string, position: number, name: string): Offer =>
  newOfferFromTemplate(null, { id, workbookId: 'wb', position, name, roleId: 'pm' });

const everything = async (db: AppDB) => ({
  workbooks: await db.workbooks.toArray(),
  offers: await db.offers.orderBy('id').toArray(),
});

let db: AppDB;
beforeEach(async () => {
  db = freshDb();
  await db.workbooks.put(WORKBOOK);
  await db.offers.bulkPut([offer('o1', 0, 'PM offer'), offer('o2', 1, 'PMM offer')]);
  setClock(() => T1);
});
afterEach(() => {
  setClock(null);
  db.close();
});

describe('write: validation of the whole row', () => {
  it('refuses a row whose untouched field is invalid, with a field map, and writes nothing', async () => {
    // The edit (a new name) is fine; the row it lands on has a paper size the schema refuses.
    await db.workbooks.put({ ...WORKBOOK, paperSize: 'tabloid' } as unknown as Workbook);
    const before = await everything(db);
    const err = await write(db, ['workbooks'], (tx) =>
      tx.update('workbooks', 'wb', (w) => ({ ...w, name: 'Renamed' }), 'Gone.'),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect(Object.keys((err as WriteError).fields)).toEqual(['paperSize']);
    expect((err as WriteError).message).toBe((err as WriteError).fields.paperSize);
    expect(await everything(db)).toEqual(before);
  });

  it('says which field is wrong in a sentence, never the raw schema text', async () => {
    const err = await write(db, ['workbooks'], (tx) =>
      tx.update('workbooks', 'wb', (w) => ({ ...w, name: '' }), 'Gone.'),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).fields.name).toMatch(/\.$/);
    expect((err as WriteError).message).not.toMatch(/[[{]/);
    expect((await db.workbooks.get('wb'))?.name).toBe('Amazon');
  });

  it('throws the given sentence when the row to update does not exist', async () => {
    await expect(
      write(db, ['offers'], (tx) => tx.update('offers', 'nope', (o) => o, 'That offer is gone.')),
    ).rejects.toThrow(new WriteError('That offer is gone.'));
  });
});

describe('write: the injected clock', () => {
  it('stamps updatedAt on rows that carry it, from the clock, and leaves other rows alone', async () => {
    await write(db, ['workbooks', 'offers'], async (tx) => {
      await tx.update('workbooks', 'wb', (w) => ({ ...w, name: 'Stamped' }), 'Gone.');
      await tx.update('offers', 'o1', (o) => ({ ...o, name: 'Renamed' }), 'Gone.');
    });
    expect((await db.workbooks.get('wb'))?.updatedAt).toBe('2026-11-29T12:34:56.000Z');
    expect(await db.offers.get('o1')).not.toHaveProperty('updatedAt');
  });

  it('uses a time passed for one write instead of the clock', async () => {
    await write(db, ['workbooks'], (tx) => tx.update('workbooks', 'wb', (w) => w, 'Gone.'), {
      now: T2,
    });
    expect((await db.workbooks.get('wb'))?.updatedAt).toBe('2026-11-29T12:35:30.000Z');
  });
});

describe('write: one transaction', () => {
  it('rolls back the rows already written when a later step fails', async () => {
    const before = await everything(db);
    const err = await write(db, ['workbooks', 'offers'], async (tx) => {
      await tx.delete('offers', 'o2');
      await tx.update('workbooks', 'wb', (w) => ({ ...w, baselineOfferId: null }), 'Gone.');
      // The third step is refused: the two before it must not stay.
      await tx.update('offers', 'o1', (o) => ({ ...o, baseSalary: -1 }), 'Gone.');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).fields).toHaveProperty('baseSalary');
    expect(await everything(db)).toEqual(before);
  });

  it('rolls back when the body itself throws after writing', async () => {
    const before = await everything(db);
    await expect(
      write(db, ['offers'], async (tx) => {
        await tx.put('offers', offer('o3', 2, 'Third'));
        throw new Error('Stopped half way.');
      }),
    ).rejects.toThrow('Stopped half way.');
    expect(await everything(db)).toEqual(before);
  });
});

describe('undo snapshot and restore', () => {
  it('restores every changed, added and deleted row exactly as it was', async () => {
    const before = await everything(db);
    const { undo } = await write(db, ['workbooks', 'offers'], async (tx) => {
      await tx.delete('offers', 'o1');
      await tx.update('workbooks', 'wb', (w) => ({ ...w, baselineOfferId: null }), 'Gone.');
      await tx.put('offers', offer('o3', 2, 'Added'));
      await tx.update('offers', 'o2', (o) => ({ ...o, position: 0 }), 'Gone.');
    });
    // Three rows of offers and one workbook changed: four entries.
    expect(undo.changes.map((c) => `${c.table}/${c.id}`).sort()).toEqual([
      'offers/o1',
      'offers/o2',
      'offers/o3',
      'workbooks/wb',
    ]);
    await restore(db, undo, { now: T2 });
    const after = await everything(db);
    expect(after.offers).toEqual(before.offers);
    // A restore is a write: the workbook is as it was, stamped with the time of the undo.
    expect(after.workbooks).toEqual([{ ...WORKBOOK, updatedAt: '2026-11-29T12:35:30.000Z' }]);
  });

  it('records nothing for a write that changed nothing', async () => {
    const { undo } = await write(db, ['offers'], (tx) =>
      tx.update('offers', 'o1', (o) => o, 'Gone.'),
    );
    expect(isEmptyUndo(undo)).toBe(true);
  });

  it('keeps edits made after the write to what the write did not touch', async () => {
    // Remove factor "Team" (index 1) and its scores, as the decision matrix does.
    const { undo } = await write(db, ['workbooks'], (tx) =>
      tx.update(
        'workbooks',
        'wb',
        (w) => {
          const { 'f-b': _gone, ...scores } = w.decision.scores;
          return {
            ...w,
            decision: {
              ...w.decision,
              factors: w.decision.factors.filter((f) => f.id !== 'f-b'),
              scores,
            },
          };
        },
        'Gone.',
      ),
    );
    // Later edits: notes typed, another factor's weight changed, a factor added, a rename.
    await write(db, ['workbooks'], (tx) =>
      tx.update(
        'workbooks',
        'wb',
        (w) => ({
          ...w,
          name: 'Later name',
          decision: {
            ...w.decision,
            notes: 'Typed after the removal.',
            factors: [
              ...w.decision.factors.map((f) => (f.id === 'f-c' ? { ...f, weight: 9 } : f)),
              { id: 'f-d', label: 'Commute', kind: 'manual' as const, weight: 1 },
            ],
          },
        }),
        'Gone.',
      ),
    );
    await restore(db, undo);
    const w = await db.workbooks.get('wb');
    expect(w?.name).toBe('Later name');
    expect(w?.decision.notes).toBe('Typed after the removal.');
    // "Team" is back at index 1 with its scores; the later weight and factor stay.
    expect(w?.decision.factors.map((f) => [f.id, f.weight])).toEqual([
      ['f-a', 3],
      ['f-b', 5],
      ['f-c', 9],
      ['f-d', 1],
    ]);
    expect(w?.decision.scores).toEqual({ 'f-b': { o1: 7 } });
  });

  it('refuses to restore into an invalid row and changes nothing', async () => {
    const { undo } = await write(db, ['offers'], (tx) => tx.delete('offers', 'o1'));
    // Corrupt the remembered row, as a stale snapshot from an older app could be.
    const change = undo.changes[0] as { before: Record<string, unknown> };
    change.before = { ...change.before, baseSalary: -5 };
    await expect(restore(db, undo)).rejects.toBeInstanceOf(WriteError);
    expect(await db.offers.get('o1')).toBeUndefined();
  });
});

describe('deepEqual', () => {
  it('compares values as the store holds them', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
