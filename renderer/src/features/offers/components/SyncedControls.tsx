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

/**
 * The value to show — the pending choice, else the saved `value` — and the
 * handler that shows a choice and saves it with `onValue`. A promise from
 * `onValue` keeps the choice shown until it settles; a rejected one takes it
 * back at once.
 */
const usePendingChoice = <T,>(value: T, onValue: (value: T) => unknown) => {
  const key = useId();
  const read = useCallback(() => pendingWrites.patch('control', key), [key]);
  const pending = useSyncExternalStore(pendingWrites.subscribe, read);
  const choose = (next: T) => {
    const patch = { value: next };
    pendingWrites.show('control', key, patch);
    const settle = (written: boolean) => pendingWrites.settle('control', key, patch, written);
    try {
      Promise.resolve(onValue(next)).then(
        () => settle(true),
        () => settle(false),
      );
    } catch (err) {
      settle(false);
      throw err;
    }
  };
  return [pending ? (pending.value as T) : value, choose] as const;
};

export const SyncedSelect = ({
  value,
  onValue,
  ...rest
}: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => unknown;
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
  onValue: (checked: boolean) => unknown;
}) => {
  const [shown, choose] = usePendingChoice(checked, onValue);
  return (
    <input {...rest} type="checkbox" checked={shown} onChange={(e) => choose(e.target.checked)} />
  );
};
