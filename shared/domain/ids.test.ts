import { describe, expect, it } from 'vitest';
import { IdSchema } from '../schemas/primitives';
import { newId } from './ids';

describe('newId', () => {
  it('returns a version-4 UUID that passes IdSchema', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
  });
});
