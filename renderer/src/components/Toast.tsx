/**
 * One polite status area for short messages with an optional action, such
 * as "Offer deleted — Undo". Information leaves on its own after a few
 * seconds (held while the pointer or focus is on it); an error stays until
 * dismissed or replaced. While a message is up, the page keeps room for it
 * at the bottom (`--toast-space`, used as body padding and scroll padding),
 * so every control can be scrolled — and is focused — clear of it.
 */

import { messageOf } from '@renderer/lib/api';
import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

export type ToastMessage = {
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
  tone?: 'info' | 'error';
  /** Overrides how long an information message stays; errors always stay until dismissed. */
  timeoutMs?: number;
};

type ToastApi = { show: (message: ToastMessage) => void; dismiss: () => void };

/** How long information stays, in ms: long enough to read a sentence. */
export const INFO_TOAST_MS = 5_000;
/** How long information with an action (Undo) stays, in ms: time to reach the button. */
export const ACTION_TOAST_MS = 8_000;

/**
 * How long `message` stays before it leaves on its own, in milliseconds, or
 * null when it stays until dismissed (every error: the user must see why
 * something failed, however long they were away).
 */
export const toastTimeoutMs = (message: ToastMessage): number | null => {
  if (message.tone === 'error') return null;
  return message.timeoutMs ?? (message.action ? ACTION_TOAST_MS : INFO_TOAST_MS);
};

const ToastContext = createContext<ToastApi>({ show: () => undefined, dismiss: () => undefined });

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const region = useRef<HTMLDivElement>(null);

  const stopTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const startTimer = useCallback(
    (next: ToastMessage) => {
      stopTimer();
      const ms = toastTimeoutMs(next);
      if (ms !== null) timer.current = setTimeout(() => setMessage(null), ms);
    },
    [stopTimer],
  );

  const dismiss = useCallback(() => {
    stopTimer();
    setMessage(null);
  }, [stopTimer]);

  const show = useCallback(
    (next: ToastMessage) => {
      setMessage(next);
      startTimer(next);
    },
    [startTimer],
  );

  useEffect(() => stopTimer, [stopTimer]);

  // Keep room for the message at the bottom of the page while it is up, and hold an
  // information message while the pointer or focus is on it (its time restarts on leaving).
  useLayoutEffect(() => {
    const root = document.documentElement;
    const el = region.current;
    if (!message || !el) {
      root.style.removeProperty('--toast-space');
      return;
    }
    const measure = () => root.style.setProperty('--toast-space', `${el.offsetHeight + 24}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const hold = () => stopTimer();
    const release = () => startTimer(message);
    const focusOut = (e: FocusEvent) => {
      if (!el.contains(e.relatedTarget as Node | null)) release();
    };
    el.addEventListener('pointerenter', hold);
    el.addEventListener('pointerleave', release);
    el.addEventListener('focusin', hold);
    el.addEventListener('focusout', focusOut);
    return () => {
      observer.disconnect();
      el.removeEventListener('pointerenter', hold);
      el.removeEventListener('pointerleave', release);
      el.removeEventListener('focusin', hold);
      el.removeEventListener('focusout', focusOut);
      root.style.removeProperty('--toast-space');
    };
  }, [message, startTimer, stopTimer]);

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message ? (
          <div ref={region} className={message.tone === 'error' ? 'toast toast--error' : 'toast'}>
            <span className="toast__text">{message.text}</span>
            {message.action ? (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  const run = message.action?.run;
                  dismiss();
                  void run?.();
                }}
              >
                {message.action.label}
              </button>
            ) : null}
            <button
              type="button"
              className="toast__close"
              aria-label="Dismiss message"
              onClick={dismiss}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext>
  );
};

/** Shows short status messages (with an optional Undo-style action). */
export const useToast = (): ToastApi => use(ToastContext);

/**
 * A stable handler that shows a failure as an error toast: `lead` (if any)
 * then the error's own message. For controls with no message line of their
 * own (buttons, selects, undo actions).
 */
export const useFailureToast = (lead = ''): ((err: unknown) => void) => {
  const { show } = useToast();
  return useCallback(
    (err: unknown) => show({ text: `${lead}${messageOf(err)}`, tone: 'error' }),
    [show, lead],
  );
};
