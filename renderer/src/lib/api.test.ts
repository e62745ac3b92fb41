import 'fake-indexeddb/auto';
import { freshDb } from '@renderer/db/testing';
import { describe, expect, it } from 'vitest';
import { DATABASE_CLOSED_MESSAGE, messageOf } from './api';

describe('messageOf', () => {
  it('turns a closed database into a recovery path, not “DatabaseClosedError” (#18 item 7)', async () => {
    const db = freshDb();
    await db.open();
    // What Dexie does when the database is taken away under it: closed, no auto-reopen.
    db.close({ disableAutoOpen: true });
    const err = await db.workbooks.get('any').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('DatabaseClosedError');
    expect(messageOf(err)).toBe(DATABASE_CLOSED_MESSAGE);
  });

  it('keeps every other error’s own message', () => {
    expect(messageOf(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(messageOf('not an error')).toBe('Something went wrong. Your saved data is unchanged.');
  });
});
