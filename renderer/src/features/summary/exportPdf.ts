/**
 * The one PDF export in flight, shared by the Summary page's button and the
 * File menu command, so both show the same progress and result. Asks main
 * through the bridge; owns no file paths and no printing.
 */

import { api, messageOf, unwrap } from '@renderer/lib/api';
import { useSyncExternalStore } from 'react';

export type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'cancelled' }
  | { status: 'saved'; path: string; bytes: number; ms: number }
  | { status: 'failed'; message: string };

let state: ExportState = { status: 'idle' };
const listeners = new Set<() => void>();

const set = (next: ExportState) => {
  state = next;
  for (const l of listeners) l();
};

/**
 * Asks where to save and writes the decision summary PDF. A second call while
 * one is running is ignored. Never throws: the outcome is in the state.
 */
export const exportDecisionPdf = async (paperSize: 'letter' | 'a4'): Promise<void> => {
  if (state.status === 'exporting') return;
  set({ status: 'exporting' });
  try {
    const result = await unwrap(api().pdf.export({ paperSize }));
    set(result.kind === 'cancelled' ? { status: 'cancelled' } : { status: 'saved', ...result });
  } catch (err) {
    set({ status: 'failed', message: messageOf(err) });
  }
};

/**
 * Lets main open its hidden print page now, so the coming export does not
 * wait for it to load. A hint only: an answer or a failure changes nothing.
 */
export const warmPdfPrinter = (): void => {
  void api()
    .pdf.prepare()
    .catch(() => undefined);
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The export's current state, re-rendering on change. */
export const useExportState = (): ExportState => useSyncExternalStore(subscribe, () => state);
