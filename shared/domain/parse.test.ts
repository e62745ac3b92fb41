import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssueMessage, issueFieldMap } from './parse';

describe('firstIssueMessage', () => {
  it('gives the first issue of a real schema refusal', () => {
    const result = z.number().max(10, 'At most 10.').safeParse(11);
    expect(result.success).toBe(false);
    if (!result.success) expect(firstIssueMessage(result.error)).toBe('At most 10.');
  });

  it('falls back when there is no issue or it has no words', () => {
    expect(firstIssueMessage({ issues: [] }, 'Fallback.')).toBe('Fallback.');
    expect(firstIssueMessage({ issues: [{ message: '' }] }, 'Fallback.')).toBe('Fallback.');
  });
});

describe('issueFieldMap', () => {
  it('keys each refused field by its top-level name, first issue winning', () => {
    const schema = z.object({
      title: z.string().min(1, 'Give it a title.').max(3, 'Too long.'),
      parts: z.object({ a: z.string().max(1, 'Part a is too long.') }),
      done: z.number().int('Use a whole number.'),
    });
    const result = schema.safeParse({ title: '', parts: { a: 'xx' }, done: 1.5 });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(issueFieldMap(result.error)).toEqual({
        title: 'Give it a title.',
        parts: 'Part a is too long.',
        done: 'Use a whole number.',
      });
  });

  it('puts an issue about the whole record under `form`', () => {
    expect(issueFieldMap({ issues: [{ message: 'Not a record.', path: [] }] })).toEqual({
      form: 'Not a record.',
    });
  });
});
