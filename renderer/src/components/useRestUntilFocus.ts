/**
 * The one way a control is created on focus (DraftField's and SyncedSelect's
 * `restUntilFocus`): while closed, the field shows a stand-in (its value as
 * text); the stand-in's focus opens the field, and the control, once it
 * exists, takes focus before the browser paints. Owns only whether the
 * control exists; the caller decides when it closes (on blur, unless it must
 * stay open).
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

export type RestUntilFocus<E extends HTMLElement> = {
  /** Whether the control exists. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Spread as the control's `ref`. */
  control: RefObject<E | null>;
  /** Focuses the control, creating it first when closed (the stand-in's `onFocus`, a focus request). */
  takeFocus: () => void;
};

/**
 * `initiallyOpen` says whether the control exists from the first render;
 * `afterFocus` runs once the control created by {@link RestUntilFocus.takeFocus}
 * has taken focus (a select that shows its list).
 */
export const useRestUntilFocus = <E extends HTMLElement>(
  initiallyOpen: boolean,
  afterFocus?: (control: E) => void,
): RestUntilFocus<E> => {
  const [open, setOpen] = useState(initiallyOpen);
  const control = useRef<E>(null);
  const focusWhenOpen = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the control appears.
  useLayoutEffect(() => {
    if (!focusWhenOpen.current) return;
    focusWhenOpen.current = false;
    const el = control.current;
    if (!el) return;
    el.focus();
    afterFocus?.(el);
  }, [open]);
  const takeFocus = () => {
    if (control.current) {
      control.current.focus();
      return;
    }
    focusWhenOpen.current = true;
    setOpen(true);
  };
  return { open, setOpen, control, takeFocus };
};
