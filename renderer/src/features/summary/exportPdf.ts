/**
 * The one PDF export in flight, shared by the Summary page's button and the
 * File menu command, so both show the same progress and result. Asks main
 * through the bridge; owns no file paths and no printing.
 */

import { api, messageOf, unwrap } from '@renderer/lib/api';
import { useSyncExternalStore } from 'react';

export type ExportState =
  | { status: 'idle' }
  /** Asked for from the File menu; the Summary's export panel picks it up and runs its checks. */
  | { status: 'requested' }
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
 * Asks the Summary's export panel to start an export (the File menu's
 * command): the panel asks first when the workbook is nearly empty. Ignored
 * while one is running.
 */
export const requestPdfExport = (): void => {
  if (state.status !== 'exporting') set({ status: 'requested' });
};

/** Clears a request nobody acted on (the user said no to a nearly empty export). */
export const settlePdfRequest = (): void => {
  if (state.status === 'requested') set({ status: 'idle' });
};

/** Opens the PDF just written in the system's viewer (main knows which file). */
export const openLastPdf = async (): Promise<void> => {
  await unwrap(api().pdf.openLast());
};

/** Shows the PDF just written in the system's file manager. */
export const showLastPdf = async (): Promise<void> => {
  await unwrap(api().pdf.showLast());
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
