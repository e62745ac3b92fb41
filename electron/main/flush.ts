/**
 * Asks the renderer to write its last changes now and waits for its answer,
 * or for a timeout (a renderer in trouble must never block quitting or an
 * export). Only an acknowledgement from that window's own top frame counts.
 */

import { COMMAND_EVENT, type Command, FLUSHED_EVENT } from '@shared/ipc/channels';
import { type IpcMainEvent, ipcMain, type WebContents } from 'electron';
import { isTrustedSender } from './security/sender';

/** Resolves `true` when the renderer confirmed, `false` on timeout or without a renderer. */
export const flushRenderer = (
  contents: WebContents | null | undefined,
  allowedOrigins: readonly string[],
  timeoutMs: number,
): Promise<boolean> =>
  new Promise((resolve) => {
    if (!contents || contents.isDestroyed()) {
      resolve(false);
      return;
    }
    const finish = (confirmed: boolean) => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSHED_EVENT, onFlushed);
      resolve(confirmed);
    };
    const onFlushed = (event: IpcMainEvent) => {
      if (event.sender !== contents || !isTrustedSender(event.senderFrame, allowedOrigins)) return;
      finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    ipcMain.on(FLUSHED_EVENT, onFlushed);
    contents.send(COMMAND_EVENT, 'app:flush' satisfies Command);
  });
