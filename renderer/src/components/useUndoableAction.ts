/**
 * The one way to run a destructive action that can be taken back: run it,
 * and when it changed something show "… — Undo" in the toast; Undo puts the
 * rows back through the write kit's `restore`. Failures of the action and of
 * the undo go to the caller's error handler.
 */

import { db } from '@renderer/db/db';
import { restore } from '@renderer/db/restore';
import { isEmptyUndo, type Written } from '@renderer/db/writeKit';
import { useCallback } from 'react';
import { useToast } from './Toast';

export type UndoableOptions<T> = {
  /** The toast's sentence, e.g. `Deleted “PM offer”.` */
  text: (value: T) => string;
  /** Runs after the action changed something, before the toast shows. */
  onDone?: (value: T) => void;
  /** Runs after Undo put the rows back. */
  onUndone?: (value: T) => void;
};

/**
 * A stable runner: `run(action, options)` awaits `action` (a write that
 * returns its value and undo snapshot, or null when there was nothing to do)
 * and offers Undo in the toast. Resolves once the toast is up; never rejects
 * (errors go to `onError`).
 */
export const useUndoableAction = (
  onError: (err: unknown) => void,
): (<T>(
  action: () => Promise<Written<T> | null>,
  options: UndoableOptions<T>,
) => Promise<void>) => {
  const toast = useToast();
  return useCallback(
    async <T>(action: () => Promise<Written<T> | null>, options: UndoableOptions<T>) => {
      try {
        const done = await action();
        if (!done || isEmptyUndo(done.undo)) return;
        options.onDone?.(done.value);
        toast.show({
          text: options.text(done.value),
          action: {
            label: 'Undo',
            run: async () => {
              try {
                await restore(db, done.undo);
                options.onUndone?.(done.value);
              } catch (err) {
                onError(err);
              }
            },
          },
        });
      } catch (err) {
        onError(err);
      }
    },
    [toast, onError],
  );
};
