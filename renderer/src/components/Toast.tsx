/**
 * One polite status area for short messages with an optional action, such
 * as "Offer deleted — Undo". Messages stay until replaced or dismissed, or
 * for `timeoutMs`; the action is reachable by keyboard.
 */

import { messageOf } from '@renderer/lib/api';
import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

export type ToastMessage = {
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
  tone?: 'info' | 'error';
  timeoutMs?: number;
};

type ToastApi = { show: (message: ToastMessage) => void; dismiss: () => void };

const ToastContext = createContext<ToastApi>({ show: () => undefined, dismiss: () => undefined });

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dismiss = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setMessage(null);
  }, []);

  const show = useCallback((next: ToastMessage) => {
    if (timer.current) clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(null), next.timeoutMs ?? 10_000);
  }, []);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message ? (
          <div className={message.tone === 'error' ? 'toast toast--error' : 'toast'}>
            <span>{message.text}</span>
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
