/**
 * A labelled text control that keeps what the user is typing apart from the
 * saved value: each keystroke is read and checked (the caller's `parse`,
 * which runs the shared schema), a valid value is committed at once, and an
 * invalid one shows its message next to the field while the last valid saved
 * value stays in the store. Owns no data and never writes by itself.
 *
 * With a `draftKey`, refused text is held in `lib/unsavedDrafts` so the save
 * indicator can count it and the text survives the field leaving the screen
 * (a section switch): the field picks it up again when it comes back.
 */

import { unsavedDrafts } from '@renderer/lib/unsavedDrafts';
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
  /** Keeps the label for assistive technology only (grid cells). */
  labelHidden?: boolean;
  /** Where refused text is held while it is not saved; see `lib/unsavedDrafts`. */
  draftKey?: { key: string; section: string };
  /** Escape puts back the value the field had when it got focus (and saves that again). */
  escapeReverts?: boolean;
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
  labelHidden,
  draftKey,
  escapeReverts,
}: DraftFieldProps<T>) => {
  const held = draftKey ? unsavedDrafts.get(draftKey.key) : undefined;
  const [draft, setDraft] = useState(() => held?.text ?? format(value));
  const [error, setError] = useState<string | null>(() => {
    if (!held) return null;
    const parsed = parse(held.text);
    return parsed.ok ? null : parsed.message;
  });
  const [reading, setReading] = useState<string | null>(null);
  const focused = useRef(false);
  const atFocus = useRef(value);
  const shownValue = useRef(value);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const typed = useRef(draft);

  // Follow changes made elsewhere (undo, another control) unless the user is typing here. When
  // another control saved exactly what is typed here (a value first refused for that control's
  // sake), the store has caught up: the message goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: format is a pure helper; only the value matters.
  useEffect(() => {
    if (Object.is(shownValue.current, value)) return;
    shownValue.current = value;
    if (!focused.current) {
      typed.current = format(value);
      setDraft(typed.current);
      setError(null);
      if (draftKey) unsavedDrafts.release(draftKey.key);
    } else if (typed.current === format(value)) {
      setError(null);
      if (draftKey) unsavedDrafts.release(draftKey.key);
    }
  }, [value]);

  // The save indicator's "not saved" link may ask for this field before it is on screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount.
  useEffect(() => {
    if (draftKey && unsavedDrafts.takeFocusRequest(draftKey.key)) inputRef.current?.focus();
  }, []);

  const hold = (text: string, refused: boolean) => {
    if (!draftKey) return;
    if (refused) unsavedDrafts.hold({ key: draftKey.key, section: draftKey.section, label, text });
    else unsavedDrafts.release(draftKey.key);
  };

  const change = (text: string) => {
    typed.current = text;
    setDraft(text);
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.message);
      hold(text, true);
      setReading(null);
      return;
    }
    setError(null);
    hold(text, false);
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

  const focus = () => {
    focused.current = true;
    atFocus.current = value;
  };

  const keyDown = (e: React.KeyboardEvent) => {
    if (!escapeReverts || e.key !== 'Escape') return;
    const start = atFocus.current;
    typed.current = format(start);
    setDraft(typed.current);
    setError(null);
    hold('', false);
    onValid?.(start);
    if (!Object.is(start, value)) {
      onCommit(start).catch((err: unknown) => setError(messageOf(err)));
    }
  };

  const common = {
    ref: inputRef,
    value: draft,
    onFocus: focus,
    onBlur: blur,
    onKeyDown: keyDown,
    'data-draft-key': draftKey?.key,
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
      labelHidden={labelHidden}
    >
      {(control) =>
        multiline ? (
          <textarea {...control} {...common} rows={3} onChange={(e) => change(e.target.value)} />
        ) : (
          <input
            {...control}
            {...common}
            type={type}
            inputMode={inputMode}
            placeholder={placeholder}
            autoComplete="off"
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </Field>
  );
};
