/**
 * Wires the handler table to Electron's ipcMain. Every message passes one
 * gate: the sender frame must be our own top-level page; then `dispatch`
 * parses the request with zod and runs the handler.
 */

import { CHANNELS } from '@shared/ipc/channels';
import { ipcMain } from 'electron';
import { isTrustedSender } from '../security/sender';
import { dispatch, type Handlers } from './dispatch';

/**
 * Registers every channel; returns a function that removes them again.
 * `checkResponses`: parse each answer against the contract too (the app
 * passes it in development, when it is not packaged).
 */
export const registerIpc = (
  handlers: Handlers,
  allowedOrigins: readonly string[],
  checkResponses = false,
): (() => void) => {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, allowedOrigins)) {
        return { ok: false, error: { code: 'forbidden', message: 'Request refused.' } };
      }
      return dispatch(handlers, channel, payload, undefined, { checkResponses });
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
};
