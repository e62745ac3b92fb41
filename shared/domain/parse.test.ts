import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssueMessage } from './parse';

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
