import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, SCHEMA_V1 } from './AppDB';
import { freshDb, freshDbName } from './testing';

describe('AppDB', () => {
  it('opens at version 2 with every table the features use, keyed as declared', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    expect(db.offers.schema.primKey.name).toBe('id');
    expect(db.offers.schema.indexes.map((i) => i.name).sort()).toEqual(['position', 'workbookId']);
    expect(db.mockAnswers.schema.indexes.map((i) => i.name).sort()).toEqual([
      'questionId',
      'workbookId',
    ]);
    db.close();
  });

  it('declares released versions as an exact, ordered prefix (no version is ever edited away)', () => {
    const db = freshDb();
    // Dexie keeps the declared versions; a released one must never disappear or change number.
    const versions = (
      db as unknown as { _versions: { _cfg: { version: number } }[] }
    )._versions.map((v) => v._cfg.version);
    expect(versions).toEqual([1, 2]);
  });

  it('upgrades a version-1 database: every workbook gets the pay scale of 2% per point', async () => {
    const name = freshDbName();
    // Seed the database as version 1 of the app left it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('workbooks').bulkAdd([
      { id: 'a', name: 'A', decision: { notes: '', chosenOfferId: null, factors: [], scores: {} } },
      {
        id: 'b',
        name: 'B',
        decision: { notes: '', chosenOfferId: null, factors: [], scores: {}, payPointPct: 4 },
      },
    ]);
    await v1.table('offers').add({ id: 'o', workbookId: 'a', position: 0 });
    v1.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.workbooks.orderBy('id').toArray();
    expect(rows.map((w) => [w.id, w.decision.payPointPct])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(await db.offers.count()).toBe(1);
    db.close();
  });
});
