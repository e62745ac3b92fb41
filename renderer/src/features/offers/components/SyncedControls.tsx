/**
 * Select and checkbox controls that show the user's choice at once, before
 * the store confirms it, and follow the saved value when it changes
 * elsewhere. Without this a controlled control would snap back for a moment
 * while the write is in flight. The choice is held in the app's pending
 * writes (`lib/pendingWrites.ts`, kind `control`, one key per control), so the
 * save indicator says "Saving…" meanwhile. Owns no data.
 */
import { restClassName, useRestUntilFocus } from '@renderer/components/useRestUntilFocus';
import { pendingWrites } from '@renderer/lib/pendingWrites';
import {
  Children,
  type ComponentProps,
  isValidElement,
  type ReactNode,
  useCallback,
  useId,
  useSyncExternalStore,
} from 'react';

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

/** The text of the `<option>` among `options` whose value is `value` (empty when none is). */
const optionLabel = (options: ReactNode, value: string): string => {
  for (const option of Children.toArray(options)) {
    if (!isValidElement<{ value?: unknown; children?: ReactNode }>(option)) continue;
    if (String(option.props.value) !== value) continue;
    return Children.toArray(option.props.children).join('');
  }
  return '';
};

export const SyncedSelect = ({
  value,
  onValue,
  restUntilFocus = false,
  ...rest
}: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => ChoiceWritten;
  /**
   * Shows the chosen option as text, boxed like the select, until it gets
   * focus; the select is created then and goes when focus leaves (as
   * DraftField's `restUntilFocus`, for the offers grid's many cells).
   */
  restUntilFocus?: boolean;
}) => {
  const [shown, choose] = usePendingChoice(value, onValue);
  // Opened by a primary press of the pointer, the select also shows its list, as a select pressed
  // does: the press went to the text at rest, and the select appears after it (HTML: showPicker()
  // needs that press's user activation).
  const {
    open,
    setOpen,
    control: selectRef,
    takeFocus,
    notePress,
  } = useRestUntilFocus<HTMLSelectElement>(false, (select, press) => {
    if (press?.button !== 0) return;
    try {
      select.showPicker();
    } catch {
      // No user activation left (or no picker to show): the select is focused, one press away.
    }
  });
  if (restUntilFocus && !open) {
    // The box may be narrower than the option's text: the whole text shows on hover too.
    const label = optionLabel(rest.children, shown);
    return (
      <span
        role="combobox"
        aria-expanded={false}
        aria-label={rest['aria-label']}
        aria-describedby={rest['aria-describedby']}
        tabIndex={0}
        className={restClassName(label, 'select')}
        title={label}
        data-cell-rest=""
        data-value={shown}
        onPointerDown={notePress}
        onFocus={takeFocus}
      >
        {label}
      </span>
    );
  }
  const control = (
    <select
      {...rest}
      ref={selectRef}
      value={shown}
      onChange={(e) => choose(e.target.value)}
      onBlur={(e) => {
        rest.onBlur?.(e);
        if (restUntilFocus) setOpen(false);
      }}
    />
  );
  // A select sizes itself to its longest option whatever its CSS says; the box (size-contained)
  // keeps that out of the column's width, so the column is as wide open as at rest.
  return restUntilFocus ? <span className="field__box">{control}</span> : control;
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
