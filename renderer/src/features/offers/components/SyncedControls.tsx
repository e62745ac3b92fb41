/**
 * Select and checkbox controls that show the user's choice at once, before
 * the store confirms it, and follow the saved value when it changes
 * elsewhere. Without this a controlled control would snap back for a moment
 * while the write is in flight. The choice is held in the app's pending
 * writes (`lib/pendingWrites.ts`, kind `control`, one key per control), so the
 * save indicator says "Saving…" meanwhile. Owns no data.
 */
import { pendingWrites } from '@renderer/lib/pendingWrites';
import { type ComponentProps, useCallback, useId, useSyncExternalStore } from 'react';

/** What `onValue` returns: whether the write was stored (`false` when it failed), or nothing when it is not known. */
export type ChoiceWritten = boolean | undefined | Promise<boolean | undefined>;

/**
 * `write`, reporting a failure to `fail` and answering whether it was stored —
 * the `onValue` result that takes a failed choice back at once.
 */
export const storedOrReported = (
  write: Promise<unknown>,
  fail: (err: unknown) => void,
): Promise<boolean> =>
  write.then(
    () => true,
    (err: unknown) => {
      fail(err);
      return false;
    },
  );

/**
 * The value to show — the pending choice, else the saved `value` — and the
 * handler that shows a choice and saves it with `onValue`. The choice stays
 * shown until `onValue`'s answer settles, then `SETTLE_MS` more when it was
 * stored; when it was not (`false`, or a rejection) it goes back at once.
 */
const usePendingChoice = <T,>(value: T, onValue: (value: T) => ChoiceWritten) => {
  const key = useId();
  const read = useCallback(() => pendingWrites.patch('control', key), [key]);
  const pending = useSyncExternalStore(pendingWrites.subscribe, read);
  const choose = (next: T) => {
    const patch = { value: next };
    pendingWrites.show('control', key, patch);
    const settle = (written: boolean) => pendingWrites.settle('control', key, patch, written);
    let answer: ChoiceWritten;
    try {
      answer = onValue(next);
    } catch (err) {
      settle(false);
      throw err;
    }
    Promise.resolve(answer).then(
      (stored) => settle(stored !== false),
      () => settle(false),
    );
  };
  return [pending ? (pending.value as T) : value, choose] as const;
};

export const SyncedSelect = ({
  value,
  onValue,
  ...rest
}: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => ChoiceWritten;
}) => {
  const [shown, choose] = usePendingChoice(value, onValue);
  return <select {...rest} value={shown} onChange={(e) => choose(e.target.value)} />;
};

export const SyncedCheckbox = ({
  checked,
  onValue,
  ...rest
}: Omit<ComponentProps<'input'>, 'checked' | 'onChange' | 'type'> & {
  checked: boolean;
  onValue: (checked: boolean) => ChoiceWritten;
}) => {
  const [shown, choose] = usePendingChoice(checked, onValue);
  return (
    <input {...rest} type="checkbox" checked={shown} onChange={(e) => choose(e.target.checked)} />
  );
};
