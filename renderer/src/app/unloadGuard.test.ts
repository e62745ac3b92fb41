import type { SaveState } from '@renderer/db/persistence';
import { describe, expect, it } from 'vitest';
import { editsInFlight, holdUnloadForEdits, installUnloadGuard } from './unloadGuard';

const saved: SaveState = { status: 'saved', savedAt: '2026-11-30T00:00:00.000Z' };
const pending: SaveState = { status: 'pending', savedAt: null };
const saving: SaveState = { status: 'saving', savedAt: null };
const failed: SaveState = { status: 'failed', savedAt: null, message: 'The disk is full.' };
const closed: SaveState = { status: 'closed', savedAt: null };

/** A stand-in for the platform's BeforeUnloadEvent: records whether the unload was cancelled. */
const unloadEvent = () => {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
  Object.defineProperty(event, 'returnValue', { value: undefined, writable: true });
  return event;
};

describe('editsInFlight', () => {
  it('holds for a write to IndexedDB that has not finished, whatever the file says', () => {
    expect(editsInFlight(1, saved)).toBe(true);
    expect(editsInFlight(3, failed)).toBe(true);
  });

  it('holds while a change waits for or is in its write to the data folder', () => {
    expect(editsInFlight(0, pending)).toBe(true);
    expect(editsInFlight(0, saving)).toBe(true);
  });

  it('holds for a finished write the autosaver has not read yet (its state still says saved)', () => {
    expect(editsInFlight(0, saved, true)).toBe(true);
  });

  it('lets the page go when nothing is on its way, or waiting would change nothing', () => {
    expect(editsInFlight(0, saved)).toBe(false);
    expect(editsInFlight(0, { status: 'idle' })).toBe(false);
    expect(editsInFlight(0, failed)).toBe(false);
    expect(editsInFlight(0, closed)).toBe(false);
    expect(
      editsInFlight(0, {
        status: 'needs-confirmation',
        savedAt: null,
        pendingFile: 'pending.json',
        before: { offers: 3 } as never,
        after: { offers: 0 } as never,
        removed: 3,
      }),
    ).toBe(false);
  });
});

describe('holdUnloadForEdits', () => {
  /** The handler over `writes` open writes, everything else saved; counts the flushes it starts. */
  const guardWith = (writes: number) => {
    const counted = { flushes: 0 };
    const handler = holdUnloadForEdits({
      writesInFlight: () => writes,
      saveState: () => saved,
      unseenWrites: () => false,
      flush: () => {
        counted.flushes += 1;
      },
    });
    return { handler, counted };
  };

  it('cancels the unload and starts the flush while a write is in flight', () => {
    const { handler, counted } = guardWith(1);
    const event = unloadEvent();
    handler(event);
    expect(event.defaultPrevented).toBe(true);
    expect(event.returnValue).toBe('');
    expect(counted.flushes).toBe(1);
  });

  it('leaves the unload alone and flushes nothing when everything is saved', () => {
    const { handler, counted } = guardWith(0);
    const event = unloadEvent();
    handler(event);
    expect(event.defaultPrevented).toBe(false);
    expect(event.returnValue).toBeUndefined();
    expect(counted.flushes).toBe(0);
  });

  it('is installed on and removed from the window as a beforeunload listener', () => {
    const target = new EventTarget();
    let writes = 1;
    const remove = installUnloadGuard(target as unknown as Window, {
      writesInFlight: () => writes,
      saveState: () => saved,
      unseenWrites: () => false,
      flush: () => undefined,
    });
    const first = unloadEvent();
    target.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    writes = 0;
    const second = unloadEvent();
    target.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
    writes = 1;
    remove();
    const third = unloadEvent();
    target.dispatchEvent(third);
    expect(third.defaultPrevented).toBe(false);
  });
});
