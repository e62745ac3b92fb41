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
 *
 * This is the app's one type → check → save field: every input that saves
 * what is typed uses it (see docs/architecture.md). Options cover the shapes
 * the app needs — one line or several (`multiline`, `rows`), a number with
 * − / + buttons (`stepper`, `suffix`), a table cell named by its headers
 * (`labelledBy`), and a field saved only when the user is done with it
 * (`commitOn: 'blur'`, on Enter or leaving the field), and a field shown as
 * text until it gets focus (`restUntilFocus`, for the offers grid's many
 * cells) — rather than a second component.
 */

import { unsavedDrafts } from '@renderer/lib/unsavedDrafts';
import type { ParseResult } from '@shared/domain/parse';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { messageOf } from '../lib/api';
import { Field } from './Field';
import { restClassName, restMayOverflow, useRestUntilFocus } from './useRestUntilFocus';

/**
 * What typed text means for a field holding `value`: refused (with the
 * message to show), the value it already has, or a different value to save.
 * The one rule every way of committing (typing, Enter, leaving the field, a
 * stepper button) goes through.
 */
export type DraftReading<T> =
  | { kind: 'refused'; message: string }
  | { kind: 'same'; value: T }
  | { kind: 'changed'; value: T };

/** Reads `text` with `parse` and compares it with the saved `value` (`Object.is`). */
export const readDraft = <T,>(
  text: string,
  value: T,
  parse: (text: string) => ParseResult<T>,
): DraftReading<T> => {
  const parsed = parse(text);
  if (!parsed.ok) return { kind: 'refused', message: parsed.message };
  return Object.is(parsed.value, value)
    ? { kind: 'same', value: parsed.value }
    : { kind: 'changed', value: parsed.value };
};

/** One stepper button: its accessible name and the value it saves, or null at the bound (disabled). */
export type DraftStep<T> = { label: string; to: T | null };

export type DraftFieldProps<T> = {
  /** The field's name: its visible label, and what the save indicator calls it. */
  label: string;
  /**
   * Words after the label for assistive technology only ("for Launch plan"),
   * so like fields in a list have distinct names while the screen says "Done".
   */
  labelTail?: string;
  /**
   * Ids of the elements whose text names the control (a table cell named by
   * its row and column headers). The label is then hidden.
   */
  labelledBy?: string;
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
  /** Visible lines of a `multiline` field (3 unless given). */
  rows?: number;
  type?: 'text' | 'date' | 'datetime-local' | 'number';
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** Bounds and step of a `type="number"` control (the browser's spinbutton). */
  min?: number;
  max?: number;
  step?: number;
  /** Width of a one-line control in characters. */
  size?: number;
  className?: string;
  placeholder?: string;
  /** Keeps the label for assistive technology only (grid cells). */
  labelHidden?: boolean;
  /** Where refused text is held while it is not saved; see `lib/unsavedDrafts`. */
  draftKey?: { key: string; section: string };
  /** Escape puts back the value the field had when it got focus (and saves that again). */
  escapeReverts?: boolean;
  /**
   * When typed text is checked and saved: `'change'` (default) at every
   * keystroke; `'blur'` when the user is done — Enter or leaving the field —
   * with Escape putting back the saved value. A refusal under `'blur'` is
   * announced (role="alert"), as it answers the user's Enter.
   */
  commitOn?: 'change' | 'blur';
  /** − and + buttons either side of the control; each saves its `to` as if it were typed. */
  stepper?: { less: DraftStep<T>; more: DraftStep<T> };
  /** Text after the control ("of 3"), also read as part of its description. */
  suffix?: ReactNode;
  /**
   * Shows the value as text, boxed like the control, until the field gets
   * focus (by click, Tab, the grid's arrow keys or a focus request); the
   * control is created then and goes again when focus leaves with nothing
   * refused. While typed text is refused the control stays, with its message.
   * Opened by a click on its text, the caret goes where the click was.
   * For a grid of many fields: a text input is far dearer than text to
   * create, style, lay out and paint (bench/README.md, session 7).
   */
  restUntilFocus?: boolean;
};

export const DraftField = <T,>({
  label,
  labelTail,
  labelledBy,
  value,
  format,
  parse,
  onCommit,
  onValid,
  readBack,
  hint,
  multiline,
  rows = 3,
  type = 'text',
  inputMode,
  min,
  max,
  step,
  size,
  className,
  placeholder,
  labelHidden,
  draftKey,
  escapeReverts,
  commitOn = 'change',
  stepper,
  suffix,
  restUntilFocus = false,
}: DraftFieldProps<T>) => {
  const suffixId = useId();
  const fullLabel = labelTail ? `${label} ${labelTail}` : label;
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
  const typed = useRef(draft);
  // Whether the control exists while `restUntilFocus` (text held from before is shown in it).
  const {
    open,
    setOpen,
    control: inputRef,
    takeFocus,
    notePress,
  } = useRestUntilFocus<HTMLInputElement & HTMLTextAreaElement>(held !== undefined, (el, press) => {
    // Opened by a click on its text, the caret goes where the click was, as in a control clicked.
    // (Inputs without a text selection, such as a date's, report a null selectionStart.)
    const at = press?.textOffset;
    if (at !== null && at !== undefined && el.selectionStart !== null) el.setSelectionRange(at, at);
  });
  const atRest = restUntilFocus && !open && error === null;

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
    if (draftKey && unsavedDrafts.takeFocusRequest(draftKey.key)) takeFocus();
  }, []);

  const hold = (text: string, refused: boolean) => {
    if (!draftKey) return;
    if (refused)
      unsavedDrafts.hold({ key: draftKey.key, section: draftKey.section, label: fullLabel, text });
    else unsavedDrafts.release(draftKey.key);
  };

  const save = (next: T) => onCommit(next).catch((err: unknown) => setError(messageOf(err)));

  const change = (text: string) => {
    typed.current = text;
    setDraft(text);
    if (commitOn === 'blur') return;
    const reading = readDraft(text, value, parse);
    if (reading.kind === 'refused') {
      setError(reading.message);
      hold(text, true);
      setReading(null);
      return;
    }
    setError(null);
    hold(text, false);
    setReading(readBack?.(reading.value, text) ?? null);
    onValid?.(reading.value);
    if (reading.kind === 'changed') void save(reading.value);
  };

  /** Checks and saves what is typed now (`commitOn: 'blur'` on Enter or leaving; a stepper). */
  const settle = () => {
    const reading = readDraft(typed.current, value, parse);
    if (reading.kind === 'refused') {
      setError(reading.message);
      hold(typed.current, true);
      return;
    }
    setError(null);
    hold('', false);
    onValid?.(reading.value);
    if (reading.kind === 'same') {
      typed.current = format(reading.value);
      setDraft(typed.current);
      return;
    }
    void save(reading.value);
  };

  const blur = () => {
    focused.current = false;
    setReading(null);
    // Back to text, unless what is typed is refused (the control stays, with its message).
    if (restUntilFocus) setOpen(false);
    if (commitOn === 'blur') {
      settle();
      return;
    }
    if (error === null) {
      const parsed = parse(draft);
      if (parsed.ok) setDraft(format(parsed.value));
    }
  };

  const focus = () => {
    focused.current = true;
    atFocus.current = value;
    // Open while focused, even when it was kept open by refused text that Escape then takes away.
    if (restUntilFocus) setOpen(true);
  };

  const keyDown = (e: React.KeyboardEvent) => {
    if (commitOn === 'blur' && e.key === 'Enter' && !multiline) {
      e.preventDefault();
      settle();
      return;
    }
    if (e.key !== 'Escape' || !(escapeReverts || commitOn === 'blur')) return;
    // Under 'blur' nothing typed since focus was saved: Escape shows the saved value again.
    const start = commitOn === 'blur' ? value : atFocus.current;
    typed.current = format(start);
    setDraft(typed.current);
    setError(null);
    hold('', false);
    onValid?.(start);
    if (!Object.is(start, value)) void save(start);
  };

  /** A stepper button: its value goes through the same check as typed text, saved at once. */
  const stepTo = (to: T) => {
    typed.current = format(to);
    setDraft(typed.current);
    setReading(null);
    settle();
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
      label={
        labelTail ? (
          <>
            {label} <span className="visually-hidden">{labelTail}</span>
          </>
        ) : (
          label
        )
      }
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
      errorRole={commitOn === 'blur' ? 'alert' : undefined}
      className={className}
      labelHidden={labelHidden || labelledBy !== undefined}
    >
      {(control) => {
        const describedBy =
          [suffix ? suffixId : null, control['aria-describedby']].filter(Boolean).join(' ') ||
          undefined;
        const props = {
          ...control,
          ...common,
          'aria-describedby': describedBy,
          // Named by another element when it says so; otherwise by the hidden label's text.
          'aria-label': labelledBy === undefined ? control['aria-label'] : undefined,
          'aria-labelledby': labelledBy,
        };
        // At rest: text named and described like the control it stands for; focus creates the control.
        // A value too long for the box is clipped (at rest with an ellipsis) and, at rest or in the
        // one-line control, shown whole on hover.
        const clipped = !multiline && restMayOverflow(draft);
        const box = atRest ? (
          // biome-ignore lint/a11y/useSemanticElements: it stands for the input that replaces it on focus.
          <span
            id={control.id}
            role="textbox"
            aria-multiline={multiline || undefined}
            aria-label={labelledBy === undefined ? fullLabel : undefined}
            aria-labelledby={labelledBy}
            aria-describedby={describedBy}
            tabIndex={0}
            className={restClassName(draft, multiline ? 'multiline' : 'text')}
            title={clipped ? draft : undefined}
            data-cell-rest=""
            data-draft-key={draftKey?.key}
            onPointerDown={notePress}
            onFocus={takeFocus}
          >
            {draft}
          </span>
        ) : multiline ? (
          <textarea {...props} rows={rows} onChange={(e) => change(e.target.value)} />
        ) : (
          <input
            {...props}
            type={type}
            inputMode={inputMode}
            min={min}
            max={max}
            step={step}
            size={size}
            placeholder={placeholder}
            title={clipped ? draft : undefined}
            autoComplete="off"
            onChange={(e) => change(e.target.value)}
          />
        );
        if (!stepper && !suffix) return box;
        return (
          <div className="field__row">
            {stepper ? <StepButton step={stepper.less} text="−" onStep={stepTo} /> : null}
            {box}
            {stepper ? <StepButton step={stepper.more} text="+" onStep={stepTo} /> : null}
            {suffix ? (
              <span id={suffixId} className="field__suffix">
                {suffix}
              </span>
            ) : null}
          </div>
        );
      }}
    </Field>
  );
};

const StepButton = <T,>({
  step,
  text,
  onStep,
}: {
  step: DraftStep<T>;
  text: string;
  onStep: (to: T) => void;
}) => (
  <button
    type="button"
    aria-label={step.label}
    disabled={step.to === null}
    onClick={() => {
      if (step.to !== null) onStep(step.to);
    }}
  >
    {text}
  </button>
);
