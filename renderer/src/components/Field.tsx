/**
 * A labelled form field: visible label, optional hint, and an error message
 * tied to the control with aria-describedby. The control is passed as a
 * render function receiving the ids and ARIA props to spread on it.
 */
import { type ReactNode, useId } from 'react';

export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  /** The field's name when its label is hidden and plain text (see `labelHidden`). */
  'aria-label'?: string | undefined;
};

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** The message shown under the control when its value is rejected. */
  error?: string | null;
  /** `'alert'` announces the message at once (it answers an action such as Enter). */
  errorRole?: 'alert';
  className?: string;
  /**
   * Keeps the label for assistive technology only (a grid cell, whose row and column say it).
   * A plain-text label is then the control's `aria-label` rather than a hidden `<label>`: the
   * grid has a cell per field and offer, and each hidden label was a positioned box of its own
   * that every edit's frame laid out, hit-tested and painted (bench/README.md, session 9).
   */
  labelHidden?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

export const Field = ({
  label,
  hint,
  error,
  errorRole,
  className,
  labelHidden,
  children,
}: FieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const named = labelHidden && typeof label === 'string';
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {named ? null : (
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
          {label}
        </label>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        ...(named ? { 'aria-label': label } : {}),
      })}
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role={errorRole}>
          {error}
        </p>
      ) : null}
    </div>
  );
};
