/**
 * A labelled text control that keeps what the user is typing apart from the
 * saved value: each keystroke is read and checked (the caller's `parse`,
 * which runs the shared schema), a valid value is committed at once, and an
 * invalid one shows its message next to the field while the last valid saved
 * value stays in the store. Owns no data and never writes by itself.
 */

import type { ParseResult } from '@shared/domain/parse';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { messageOf } from '../lib/api';
import { Field } from './Field';

export type DraftFieldProps<T> = {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  onCommit: (value: T) => Promise<void>;
  /** Called with every valid value as it is typed (before it is saved). */
  onValid?: (value: T) => void;
  /**
   * How a valid typed text was read, shown under the field while typing
   * ("= €1.50"), or null when there is nothing to point out.
   */
  readBack?: (value: T, text: string) => string | null;
  hint?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'date' | 'datetime-local';
  inputMode?: 'decimal' | 'text';
  className?: string;
  placeholder?: string;
};

export const DraftField = <T,>({
  label,
  value,
  format,
  parse,
  onCommit,
  onValid,
  readBack,
  hint,
  multiline,
  type = 'text',
  inputMode,
  className,
  placeholder,
}: DraftFieldProps<T>) => {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const focused = useRef(false);

  const typed = useRef(draft);

  // Follow changes made elsewhere (undo, another control) unless the user is typing here. When
  // another control saved exactly what is typed here (a value first refused for that control's
  // sake), the store has caught up: the message goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: format is a pure helper; only the value matters.
  useEffect(() => {
    if (!focused.current) {
      typed.current = format(value);
      setDraft(typed.current);
      setError(null);
    } else if (typed.current === format(value)) {
      setError(null);
    }
  }, [value]);

  const change = (text: string) => {
    typed.current = text;
    setDraft(text);
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.message);
      setReading(null);
      return;
    }
    setError(null);
    setReading(readBack?.(parsed.value, text) ?? null);
    onValid?.(parsed.value);
    if (Object.is(parsed.value, value)) return;
    onCommit(parsed.value).catch((err: unknown) => setError(messageOf(err)));
  };

  const blur = () => {
    focused.current = false;
    setReading(null);
    if (error === null) {
      const parsed = parse(draft);
      if (parsed.ok) setDraft(format(parsed.value));
    }
  };

  return (
    <Field
      label={label}
      hint={
        reading === null ? (
          hint
        ) : (
          <>
            <span className="field__reading" aria-live="polite">
              {reading}
            </span>{' '}
            {hint}
          </>
        )
      }
      error={error}
      className={className}
    >
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={draft}
            rows={3}
            onFocus={() => {
              focused.current = true;
            }}
            onBlur={blur}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            {...control}
            type={type}
            inputMode={inputMode}
            value={draft}
            placeholder={placeholder}
            autoComplete="off"
            onFocus={() => {
              focused.current = true;
            }}
            onBlur={blur}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </Field>
  );
};
