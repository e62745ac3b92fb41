/**
 * Select and checkbox controls that show the user's choice at once, before
 * the store confirms it, and follow the saved value when it changes
 * elsewhere. Without this a controlled control would snap back for a moment
 * while the write is in flight. Owns no data.
 */
import { type ComponentProps, useEffect, useState } from 'react';

const useLocal = <T,>(value: T) => {
  const [local, setLocal] = useState(value);
  useEffect(() => setLocal(value), [value]);
  return [local, setLocal] as const;
};

export const SyncedSelect = ({
  value,
  onValue,
  ...rest
}: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
}) => {
  const [local, setLocal] = useLocal(value);
  return (
    <select
      {...rest}
      value={local}
      onChange={(e) => {
        setLocal(e.target.value);
        onValue(e.target.value);
      }}
    />
  );
};

export const SyncedCheckbox = ({
  checked,
  onValue,
  ...rest
}: Omit<ComponentProps<'input'>, 'checked' | 'onChange' | 'type'> & {
  checked: boolean;
  onValue: (checked: boolean) => void;
}) => {
  const [local, setLocal] = useLocal(checked);
  return (
    <input
      {...rest}
      type="checkbox"
      checked={local}
      onChange={(e) => {
        setLocal(e.target.checked);
        onValue(e.target.checked);
      }}
    />
  );
};
