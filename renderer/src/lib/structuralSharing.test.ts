import { describe, expect, it } from 'vitest';
import { deepEqual, shareById, shareRecord } from './structuralSharing';

describe('deepEqual', () => {
  it('compares JSON-like values by content', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(0, '0')).toBe(false);
  });
});

describe('shareRecord', () => {
  it('returns the previous record when the content is the same', () => {
    const prev = { id: 'a', vesting: { yearPct: [5, 15, 40, 40] }, base: 1 };
    const next = { id: 'a', vesting: { yearPct: [5, 15, 40, 40] }, base: 1 };
    expect(shareRecord(prev, next)).toBe(prev);
  });

  it('keeps unchanged nested values and takes the changed ones', () => {
    const prev = { id: 'a', vesting: { yearPct: [5, 15, 40, 40] }, base: 1 };
    const next = { id: 'a', vesting: { yearPct: [5, 15, 40, 40] }, base: 2 };
    const shared = shareRecord(prev, next);
    expect(shared).not.toBe(prev);
    expect(shared).toEqual(next);
    expect(shared.vesting).toBe(prev.vesting);
  });

  it('treats a removed field as a change', () => {
    const prev: { id: string; note?: string } = { id: 'a', note: 'x' };
    const next: { id: string; note?: string } = { id: 'a' };
    const shared = shareRecord(prev, next);
    expect(shared).not.toBe(prev);
    expect('note' in shared).toBe(false);
  });
});

describe('shareById', () => {
  const a = { id: 'a', n: 1 };
  const b = { id: 'b', n: 2 };

  it('returns the previous array when nothing changed', () => {
    const prev = [a, b];
    expect(shareById(prev, [{ ...a }, { ...b }])).toBe(prev);
  });

  it('keeps unchanged records and replaces changed ones', () => {
    const next = shareById([a, b], [{ ...a }, { id: 'b', n: 3 }]);
    expect(next[0]).toBe(a);
    expect(next[1]).toEqual({ id: 'b', n: 3 });
  });

  it('sees a new order, an added and a removed record', () => {
    const prev = [a, b];
    const swapped = shareById(prev, [{ ...b }, { ...a }]);
    expect(swapped).not.toBe(prev);
    expect(swapped[0]).toBe(b);
    expect(shareById(prev, [{ ...a }])).toHaveLength(1);
    const added = shareById(prev, [{ ...a }, { ...b }, { id: 'c', n: 0 }]);
    expect(added).toHaveLength(3);
    expect(added[1]).toBe(b);
  });

  it('returns the new array when there is nothing to share with', () => {
    const next = [a];
    expect(shareById(undefined, next)).toBe(next);
  });
});
