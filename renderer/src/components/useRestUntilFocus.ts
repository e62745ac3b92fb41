/**
 * The one way a control is created on focus (DraftField's and SyncedSelect's
 * `restUntilFocus`): while closed, the field shows a stand-in (its value as
 * text); the stand-in's focus opens the field, and the control, once it
 * exists, takes focus before the browser paints. A press of the pointer on
 * the stand-in is carried over to the control (where in the text it landed,
 * which button), since the control appears only after the press. Owns only
 * whether the control exists; the caller decides when it closes (on blur,
 * unless it must stay open).
 */
import { type PointerEvent, type RefObject, useLayoutEffect, useRef, useState } from 'react';

/** The press that focused the stand-in. */
export type RestPress = {
  /** The pointer button (0: the primary one). */
  button: number;
  /**
   * Where in the stand-in's text the press landed, as an offset into it (the
   * caret's place in the control, whose value the text shows); null off the text.
   */
  textOffset: number | null;
};

export type RestUntilFocus<E extends HTMLElement> = {
  /** Whether the control exists. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Spread as the control's `ref`. */
  control: RefObject<E | null>;
  /** Focuses the control, creating it first when closed (the stand-in's `onFocus`, a focus request). */
  takeFocus: () => void;
  /** The stand-in's `onPointerDown`: notes the press for {@link RestPress}. */
  notePress: (e: PointerEvent<HTMLElement>) => void;
};

/**
 * The longest one-line value (in UTF-16 code units) a stand-in shows without
 * clipping. A stand-in's box is at least 17rem wide, less its padding, border
 * and (for a select) the arrow: 235px of text at the grid's 0.9rem (14.4px)
 * type, while no code unit is wider than about 1em (an em dash, a CJK
 * character; an emoji is two units), so 14 units need at most ~202px.
 */
export const REST_UNCLIPPED_MAX = 14;

/**
 * Whether a one-line stand-in showing `text` must clip it (with an ellipsis).
 * Only those that may overflow do: a clip is a paint property of its own,
 * and the grid's hundred-odd short values (amounts, "Amazon", "USD") each
 * clipping made every edit's frame ~1.2 ms dearer to paint and layerize
 * (bench/README.md, session 9).
 */
export const restMayOverflow = (text: string): boolean => text.length > REST_UNCLIPPED_MAX;

/**
 * The class of a stand-in showing `text`: one line of text or a select's
 * choice, clipped only when {@link restMayOverflow}; several lines, always
 * boxed to their height and clipped.
 */
export const restClassName = (text: string, kind: 'text' | 'select' | 'multiline'): string => {
  if (kind === 'multiline') return 'field__rest field__rest--multiline';
  const base = kind === 'select' ? 'field__rest field__rest--select' : 'field__rest';
  return restMayOverflow(text) ? `${base} field__rest--clip` : base;
};

/**
 * The offset in `standIn`'s own text under the point (x, y), or null when the
 * point is not on that text (CSSOM View, `caretPositionFromPoint`).
 */
const textOffsetAt = (standIn: HTMLElement, x: number, y: number): number | null => {
  const at = document.caretPositionFromPoint?.(x, y);
  const node = at?.offsetNode;
  return at && node instanceof Text && node.parentElement === standIn ? at.offset : null;
};

/**
 * `initiallyOpen` says whether the control exists from the first render;
 * `afterFocus` runs once the control created by {@link RestUntilFocus.takeFocus}
 * has taken focus, with the press that asked for it (null for a key or a focus
 * request): a select shows its list, a text control puts its caret there.
 */
export const useRestUntilFocus = <E extends HTMLElement>(
  initiallyOpen: boolean,
  afterFocus?: (control: E, press: RestPress | null) => void,
): RestUntilFocus<E> => {
  const [open, setOpen] = useState(initiallyOpen);
  const control = useRef<E>(null);
  const focusWhenOpen = useRef(false);
  const press = useRef<RestPress | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the control appears.
  useLayoutEffect(() => {
    if (!focusWhenOpen.current) return;
    focusWhenOpen.current = false;
    const pressed = press.current;
    press.current = null;
    const el = control.current;
    if (!el) return;
    el.focus();
    afterFocus?.(el, pressed);
  }, [open]);
  const takeFocus = () => {
    if (control.current) {
      press.current = null;
      control.current.focus();
      return;
    }
    focusWhenOpen.current = true;
    setOpen(true);
  };
  const notePress = (e: PointerEvent<HTMLElement>) => {
    press.current = {
      button: e.button,
      textOffset: textOffsetAt(e.currentTarget, e.clientX, e.clientY),
    };
  };
  return { open, setOpen, control, takeFocus, notePress };
};
