import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './AppDB';
import { freshDb } from './testing';

describe('AppDB', () => {
  it('opens at version 1 with every table the features use, keyed as declared', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
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
    expect(versions).toEqual([1]);
  });
});
