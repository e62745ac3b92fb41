import { describe, expect, it } from 'vitest';
import { ACTION_TOAST_MS, INFO_TOAST_MS, toastTimeoutMs } from './Toast';

describe('toastTimeoutMs', () => {
  it('lets information leave on its own after a few seconds', () => {
    expect(toastTimeoutMs({ text: 'Saved a copy.' })).toBe(5_000);
    expect(INFO_TOAST_MS).toBe(5_000);
    expect(toastTimeoutMs({ text: 'Saved a copy.', tone: 'info' })).toBe(5_000);
  });

  it('gives information with an action (Undo) longer, to reach the button', () => {
    const undo = { label: 'Undo', run: () => undefined };
    expect(toastTimeoutMs({ text: 'Offer deleted.', action: undo })).toBe(8_000);
    expect(ACTION_TOAST_MS).toBe(8_000);
  });

  it('keeps an error until it is dismissed, whatever time was asked for', () => {
    expect(toastTimeoutMs({ text: 'Not saved.', tone: 'error' })).toBeNull();
    expect(toastTimeoutMs({ text: 'Not saved.', tone: 'error', timeoutMs: 1_000 })).toBeNull();
  });

  it('honours an explicit time for information', () => {
    expect(toastTimeoutMs({ text: 'Copied.', timeoutMs: 3_000 })).toBe(3_000);
  });
});
