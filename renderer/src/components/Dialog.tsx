/**
 * A modal built on <dialog>: focus moves into it, Escape closes it, focus
 * returns to where it was. Content and buttons come from the caller.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children?: ReactNode;
  /** Buttons, right-aligned under the content. */
  actions: ReactNode;
};

export const Dialog = ({ open, title, onClose, children, actions }: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          {children ? <div className="dialog__body">{children}</div> : null}
          <div className="dialog__actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
};
